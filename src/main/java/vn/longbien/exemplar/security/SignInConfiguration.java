package vn.longbien.exemplar.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import vn.longbien.exemplar.organisation.OrganisationCatalog;
import vn.longbien.exemplar.security.CamundaAccountAuthentication.SignInThrottledException;

/**
 * One sign-in for everything. Spring Security owns the session: an official signs in once on the Vietnamese
 * sign-in page ({@code /login}) and is signed in to the application's pages and its API and, through Camunda's
 * container-based authentication ({@link WebappSignIn}), to Tasklist, Cockpit and Admin. Signing out of either
 * ends the one session. Machine clients use HTTP Basic: {@code /engine-rest} (Camunda Modeler, scripts) takes
 * Basic only and keeps no session; {@code /api} takes Basic or the browser's session, whose writes need the
 * CSRF token. Passwords are Camunda's, checked by {@link CamundaAccountAuthentication} through
 * {@link LoginThrottle}; every authenticated request runs under the official's engine identity
 * ({@link EngineIdentityFilter}).
 */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SignInConfiguration {

  static final String LOGIN_PAGE = "/login";
  static final String ENGINE_REST = EngineRestSecurityConfiguration.ENGINE_REST;
  static final String WEBAPPS = "/camunda";

  /**
   * Paths as the client asks for them, whichever servlet serves them (Camunda REST and the webapps are Jersey
   * servlets, not Spring MVC's).
   */
  private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

  private static RequestMatcher paths(String... patterns) {
    return new OrRequestMatcher(java.util.Arrays.stream(patterns).<RequestMatcher>map(PATHS::matcher).toList());
  }

  /** Camunda REST: HTTP Basic on every call, no session. */
  @Bean
  @Order(1)
  SecurityFilterChain engineRestChain(HttpSecurity http, IdentityService identityService) throws Exception {
    http.securityMatcher(PATHS.matcher(ENGINE_REST + "/**"))
        .authorizeHttpRequests(requests -> requests
            // Camunda's own filter always left the list of engine names open; so does this one.
            .requestMatchers(PATHS.matcher(HttpMethod.GET, ENGINE_REST + "/engine")).permitAll()
            .anyRequest().authenticated())
        .httpBasic(basic -> basic.authenticationEntryPoint(BASIC))
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(AbstractHttpConfigurer::disable)
        .csrf(AbstractHttpConfigurer::disable)
        .exceptionHandling(errors -> errors.authenticationEntryPoint(BASIC).accessDeniedHandler(FORBIDDEN))
        .addFilterAfter(new EngineIdentityFilter(identityService), AuthorizationFilter.class);
    return http.build();
  }

  /** The application's API: HTTP Basic or the signed-in session (with CSRF protection for the session's writes). */
  @Bean
  @Order(2)
  SecurityFilterChain applicationApiChain(HttpSecurity http, IdentityService identityService) throws Exception {
    RequestMatcher apiDescription = new OrRequestMatcher(
        PATHS.matcher("/v3/api-docs/**"), PATHS.matcher("/swagger-ui/**"), PATHS.matcher("/swagger-ui.html"));
    http.securityMatcher(new OrRequestMatcher(PATHS.matcher("/api/**"), apiDescription))
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(apiDescription).permitAll()
            .anyRequest().authenticated())
        .httpBasic(basic -> basic.authenticationEntryPoint(API_ENTRY))
        .csrf(csrf -> csrf.ignoringRequestMatchers(SignInConfiguration::sendsBasicCredentials))
        .requestCache(AbstractHttpConfigurer::disable)
        .exceptionHandling(errors -> errors.authenticationEntryPoint(API_ENTRY).accessDeniedHandler(FORBIDDEN))
        .addFilterAfter(new EngineIdentityFilter(identityService), AuthorizationFilter.class);
    return http.build();
  }

  /**
   * Tasklist, Cockpit, Admin: signed in through the session; Camunda's own CSRF protection and security headers
   * stay in charge there. The webapps' "Đăng xuất" ends the whole session.
   */
  @Bean
  @Order(3)
  SecurityFilterChain webappsChain(HttpSecurity http) throws Exception {
    RequestMatcher webappApi = PATHS.matcher(WEBAPPS + "/api/**");
    http.securityMatcher(PATHS.matcher(WEBAPPS + "/**"))
        .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
        .csrf(AbstractHttpConfigurer::disable)
        .headers(AbstractHttpConfigurer::disable)
        .logout(logout -> logout
            .logoutRequestMatcher(
                PATHS.matcher(HttpMethod.POST, WEBAPPS + "/api/admin/auth/user/*/logout"))
            .logoutSuccessHandler(new HttpStatusReturningLogoutSuccessHandler(HttpStatus.OK)))
        .exceptionHandling(errors -> errors
            .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), webappApi)
            .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE), request -> true))
        .requestCache(cache -> cache.requestCache(SignInPages.savedPages()));
    return http.build();
  }

  /** The application's pages, the sign-in page and their assets. */
  @Bean
  @Order(4)
  SecurityFilterChain pagesChain(HttpSecurity http, IdentityService identityService) throws Exception {
    http.authorizeHttpRequests(requests -> requests
            .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
            .requestMatchers(paths(LOGIN_PAGE, "/assets/**", "/favicon.ico", "/actuator/health", "/actuator/health/**",
                "/error")).permitAll()
            .requestMatchers(paths("/audit", "/audit/**"))
            .hasAnyAuthority(OrganisationCatalog.AUDITOR_GROUP, OrganisationCatalog.ADMIN_GROUP)
            .anyRequest().authenticated())
        .formLogin(login -> login.loginPage(LOGIN_PAGE).failureHandler(SignInPages::failed).permitAll())
        .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl(LOGIN_PAGE + "?signedOut"))
        .requestCache(cache -> cache.requestCache(SignInPages.savedPages()))
        .headers(headers -> headers
            .contentSecurityPolicy(csp -> csp.policyDirectives(SignInPages.CONTENT_SECURITY_POLICY))
            .frameOptions(frame -> frame.deny()))
        .addFilterAfter(new EngineIdentityFilter(identityService), AuthorizationFilter.class);
    return http.build();
  }

  /** The webapps' sign-in is the session's: Camunda's container-based authentication, after Spring Security. */
  @Bean
  FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappSignInFilter() {
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
    registration.setName("webapp-container-based-authentication");
    registration.setInitParameters(Map.of(
        ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM, WebappSignIn.class.getName()));
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
    registration.addUrlPatterns(WEBAPPS + "/app/*", WEBAPPS + "/api/*");
    registration.setDispatcherTypes(DispatcherType.REQUEST);
    return registration;
  }

  private static boolean sendsBasicCredentials(HttpServletRequest request) {
    String authorization = request.getHeader("Authorization");
    return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
  }

  /** 401 with the Basic challenge, or 429 while the client must wait; always a JSON body. */
  private static final AuthenticationEntryPoint BASIC = (request, response, failure) -> refuse(response, failure, true);

  /**
   * The API's answer without credentials: the Basic challenge for machine clients, none for the application's
   * own pages (a browser would otherwise open its password dialog when the session has ended).
   */
  private static final AuthenticationEntryPoint API_ENTRY = (request, response, failure) ->
      refuse(response, failure, !"XMLHttpRequest".equals(request.getHeader("X-Requested-With")));

  private static final AccessDeniedHandler FORBIDDEN = (request, response, denied) ->
      JsonErrors.send(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden", "Bạn không có quyền thực hiện thao tác này");

  private static void refuse(HttpServletResponse response, AuthenticationException failure, boolean challenge)
      throws IOException {
    if (failure instanceof SignInThrottledException throttled) {
      response.setHeader("Retry-After", Long.toString(SignInThrottledException.seconds(throttled.waitTime())));
      JsonErrors.send(response, HttpStatus.TOO_MANY_REQUESTS.value(), "SignInThrottled", throttled.getMessage());
      return;
    }
    if (challenge) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"exemplar-selection\"");
    }
    JsonErrors.send(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
        "Cần đăng nhập: tên đăng nhập và mật khẩu (HTTP Basic) hoặc phiên làm việc đã đăng nhập");
  }
}
