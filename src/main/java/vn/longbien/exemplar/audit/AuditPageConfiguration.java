package vn.longbien.exemplar.audit;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The audit page ({@code /audit/}, static files under {@code static/audit/}) reads {@code /api/audit} with the
 * signed-in session; only inspectors and administrators may open either (see the security configuration).
 */
@Configuration
class AuditPageConfiguration implements WebMvcConfigurer {

  static final String PAGE = "/audit";

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addRedirectViewController(PAGE, PAGE + "/");
    registry.addViewController(PAGE + "/").setViewName("forward:" + PAGE + "/index.html");
  }
}
