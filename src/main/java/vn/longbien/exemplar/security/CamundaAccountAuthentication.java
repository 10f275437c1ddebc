package vn.longbien.exemplar.security;

import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks a user name and password against Camunda's accounts, for the sign-in page and for HTTP Basic alike,
 * through {@link LoginThrottle}. The signed-in official's authorities are their Camunda group ids. A city
 * identity provider (OIDC) would replace this class; the pages, the webapps and the engine read only the
 * resulting Spring Security authentication.
 */
@Component
class CamundaAccountAuthentication implements AuthenticationProvider {

  private final IdentityService identityService;
  private final LoginThrottle throttle;

  CamundaAccountAuthentication(IdentityService identityService, LoginThrottle throttle) {
    this.identityService = identityService;
    this.throttle = throttle;
  }

  /** Refused before the password is even checked: the client must wait. */
  static final class SignInThrottledException extends AuthenticationException {

    private final Duration wait;

    SignInThrottledException(Duration wait) {
      super("Đăng nhập sai nhiều lần; xin thử lại sau " + seconds(wait) + " giây");
      this.wait = wait;
    }

    Duration waitTime() {
      return wait;
    }

    static long seconds(Duration wait) {
      return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
  }

  @Override
  public Authentication authenticate(Authentication attempt) {
    String userId = attempt.getName() == null ? "" : attempt.getName().trim();
    String password = attempt.getCredentials() == null ? "" : attempt.getCredentials().toString();
    String client = attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : "?";
    Duration wait = throttle.waitBeforeAttempt(userId, client);
    if (!wait.isZero()) {
      throw new SignInThrottledException(wait);
    }
    boolean valid = !userId.isEmpty() && ApplicationEngineCalls.asApplication(identityService,
        () -> identityService.checkPassword(userId, password));
    if (!valid) {
      throttle.failed(userId, client);
      throw new BadCredentialsException("Tên đăng nhập hoặc mật khẩu không đúng");
    }
    throttle.succeeded(userId, client);
    List<GrantedAuthority> groups = ApplicationEngineCalls.asApplication(identityService,
        () -> identityService.createGroupQuery().groupMember(userId).list()).stream()
        .map(Group::getId).<GrantedAuthority>map(SimpleGrantedAuthority::new).toList();
    UsernamePasswordAuthenticationToken signedIn = UsernamePasswordAuthenticationToken.authenticated(userId, null, groups);
    signedIn.setDetails(attempt.getDetails());
    return signedIn;
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
