package vn.longbien.exemplar.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in and sign-out pages ({@code pages/login.html}, {@code pages/logout.html}). */
@Controller
class SignInPages {

  /** Every script, style and font comes from the application itself; nothing inline, nothing from elsewhere. */
  static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
      + "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
      + "frame-ancestors 'none'";

  private static final String FAILURE = SignInPages.class.getName() + ".failure";

  @GetMapping(SignInConfiguration.LOGIN_PAGE)
  String login(HttpServletRequest request, @RequestParam(required = false) String signedOut, Model model) {
    Object failure = request.getSession(false) == null ? null : request.getSession(false).getAttribute(FAILURE);
    if (failure != null) {
      model.addAttribute("failure", failure);
      request.getSession(false).removeAttribute(FAILURE);
    }
    model.addAttribute("signedOut", signedOut != null);
    return "login";
  }

  @GetMapping("/logout")
  String logout() {
    return "logout";
  }

  /** Back to the sign-in page with the reason (wrong password, or how long to wait), and the name kept. */
  static void failed(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
      throws IOException {
    request.getSession(true).setAttribute(FAILURE, failure.getMessage());
    response.sendRedirect(request.getContextPath() + SignInConfiguration.LOGIN_PAGE + "?error");
  }

  /**
   * After signing in, the official lands on the page they asked for: a page or a webapp, never an API call, an
   * asset or the sign-in page itself.
   */
  static RequestCache savedPages() {
    HttpSessionRequestCache cache = new HttpSessionRequestCache();
    PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
    cache.setRequestMatcher(new AndRequestMatcher(
        paths.matcher(HttpMethod.GET, "/**"),
        new NegatedRequestMatcher(new OrRequestMatcher(
            paths.matcher("/camunda/api/**"), paths.matcher("/api/**"), paths.matcher("/assets/**"),
            paths.matcher("/favicon.ico"), paths.matcher("/error"), paths.matcher("/.well-known/**")))));
    return cache;
  }
}
