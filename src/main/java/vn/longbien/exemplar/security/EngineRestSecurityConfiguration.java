package vn.longbien.exemplar.security;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/**
 * Camunda's REST API and the application's API answer only to authenticated callers (HTTP Basic against the engine's identity
 * service, as Camunda Modeler sends it); every call then runs under that user's authorizations. Requests
 * to the engine API pass {@link EngineRequestGuard} first, and the webapps' first-run setup is closed.
 */
@Configuration
class EngineRestSecurityConfiguration {

  static final String ENGINE_REST = "/engine-rest";
  static final String WEBAPP_ENGINE_API = "/camunda/api/engine";

  static final String APPLICATION_API = "/api";

  /** The largest page a REST client may ask for. */
  static final int MAX_PAGE_SIZE = 1000;

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthenticationFilter() {
    return basicAuthentication("camunda-rest-authentication", ENGINE_REST);
  }

  /**
   * The application's own API authenticates the same way, against the same identities; while a request
   * runs, the engine knows its caller, so every engine call it makes is checked against that caller's
   * authorizations (see {@link CurrentOfficial}).
   */
  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> applicationApiAuthenticationFilter() {
    return basicAuthentication("application-api-authentication", APPLICATION_API);
  }

  private static FilterRegistrationBean<ProcessEngineAuthenticationFilter> basicAuthentication(
      String name, String prefix) {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName(name);
    registration.addInitParameter(
        ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM, HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns(prefix + "/*");
    return registration;
  }

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
