package vn.longbien.exemplar.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Camunda's container-based authentication for Tasklist, Cockpit and Admin: the webapps take the official
 * signed in to Spring Security's session, with their Camunda groups, instead of asking for a password of their
 * own. Signing out (of the session) signs out of the webapps too.
 */
public class WebappSignIn extends ContainerBasedAuthenticationProvider {

  @Override
  public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
    Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
    if (signedIn == null || !signedIn.isAuthenticated() || signedIn instanceof AnonymousAuthenticationToken) {
      return AuthenticationResult.unsuccessful();
    }
    AuthenticationResult result = AuthenticationResult.successful(signedIn.getName());
    List<String> groups = signedIn.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    result.setGroups(groups);
    return result;
  }
}
