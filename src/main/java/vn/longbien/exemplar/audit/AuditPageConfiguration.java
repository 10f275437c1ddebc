package vn.longbien.exemplar.audit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.longbien.exemplar.organisation.OrganisationCatalog;

/**
 * The audit page ({@code /audit/}, static files under {@code static/audit/}) answers only to inspectors and
 * administrators: HTTP Basic against the engine's identities, as the API, so the browser asks once and sends
 * the same credentials to {@code /api/audit}. The page runs no inline script and loads nothing from elsewhere.
 */
@Configuration
class AuditPageConfiguration implements WebMvcConfigurer {

  static final String PAGE = "/audit";

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; "
          + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addRedirectViewController(PAGE, PAGE + "/");
    registry.addViewController(PAGE + "/").setViewName("forward:" + PAGE + "/index.html");
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> auditPageAuthenticationFilter() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("audit-page-authentication");
    registration.addInitParameter(
        ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM, HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns(PAGE, PAGE + "/*");
    registration.setOrder(Ordered.LOWEST_PRECEDENCE - 20);
    return registration;
  }

  @Bean
  FilterRegistrationBean<AuditPageGuard> auditPageGuard(IdentityService identityService) {
    FilterRegistrationBean<AuditPageGuard> registration =
        new FilterRegistrationBean<>(new AuditPageGuard(identityService));
    registration.setName("audit-page-guard");
    registration.addUrlPatterns(PAGE, PAGE + "/*");
    registration.setOrder(Ordered.LOWEST_PRECEDENCE - 19);
    return registration;
  }

  /** After authentication: only {@code thanhtra} and {@code camunda-admin} read the page; everyone else 403. */
  static final class AuditPageGuard extends OncePerRequestFilter {

    private final IdentityService identityService;

    AuditPageGuard(IdentityService identityService) {
      this.identityService = identityService;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
      response.setHeader("X-Content-Type-Options", "nosniff");
      response.setHeader("Cache-Control", "no-store");
      Authentication authentication = identityService.getCurrentAuthentication();
      List<String> groups = authentication == null || authentication.getGroupIds() == null
          ? List.of() : authentication.getGroupIds();
      if (!groups.contains(OrganisationCatalog.AUDITOR_GROUP) && !groups.contains(OrganisationCatalog.ADMIN_GROUP)) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType("text/html");
        response.getWriter().write("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Không có quyền"
            + "</title></head><body><h1>Không có quyền truy cập</h1><p>Trang kiểm tra, thanh tra chỉ dành cho Thanh tra và"
            + " quản trị viên.</p></body></html>");
        return;
      }
      chain.doFilter(request, response);
    }
  }
}
