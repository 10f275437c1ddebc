package vn.longbien.exemplar.web;

import java.util.concurrent.TimeUnit;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The pages' fonts are the ones the PDFs embed (DejaVu Sans, every Vietnamese letter), served from here. */
@Configuration
class PageResources implements WebMvcConfigurer {

  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    registry.addResourceHandler("/assets/fonts/**").addResourceLocations("classpath:/fonts/")
        .setCacheControl(CacheControl.maxAge(30, TimeUnit.DAYS));
  }
}
