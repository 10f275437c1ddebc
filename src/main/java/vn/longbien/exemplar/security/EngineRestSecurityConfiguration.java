package vn.longbien.exemplar.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/**
 * Requests to the engine's REST API (Camunda REST and the webapps' own) pass {@link EngineRequestGuard} before
 * anything reads them, authentication included ({@link SignInConfiguration}), and the webapps' first-run setup
 * is closed.
 */
@Configuration
class EngineRestSecurityConfiguration {

  static final String ENGINE_REST = "/engine-rest";
  static final String WEBAPP_ENGINE_API = "/camunda/api/engine";

  /** The largest page a REST client may ask for. */
  static final int MAX_PAGE_SIZE = 1000;

  /** A request body to the engine may be as large as an uploaded file, no larger. */
  @Value("${spring.servlet.multipart.max-file-size}")
  private DataSize maxBody;

  @Bean
  FilterRegistrationBean<EngineRequestGuard> engineRestRequestGuard() {
    return engineRequestGuard(ENGINE_REST, MAX_PAGE_SIZE, "engine-rest-request-guard");
  }

  @Bean
  FilterRegistrationBean<EngineRequestGuard> webappEngineRequestGuard() {
    return engineRequestGuard(WEBAPP_ENGINE_API, 0, "webapp-engine-request-guard");
  }

  @Bean
  FilterRegistrationBean<SetupEndpointGuard> setupEndpointGuard() {
    FilterRegistrationBean<SetupEndpointGuard> registration = new FilterRegistrationBean<>(new SetupEndpointGuard());
    registration.setName("camunda-setup-guard");
    registration.addUrlPatterns("/camunda/api/admin/setup/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  private FilterRegistrationBean<EngineRequestGuard> engineRequestGuard(String prefix, int maxPageSize, String name) {
    FilterRegistrationBean<EngineRequestGuard> registration =
        new FilterRegistrationBean<>(new EngineRequestGuard(prefix, maxPageSize, maxBody));
    registration.setName(name);
    registration.addUrlPatterns(prefix + "/*");
    // Before anything reads the body, authentication included.
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }
}
