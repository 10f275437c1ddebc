package vn.longbien.exemplar.security;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Engine calls the application makes on an official's behalf once its own rule has allowed the request
 * (for example: any official who may read a nomination may enter an objection, though unit officials hold
 * no UPDATE permission on process instances). The engine checks no authorization while no one is
 * authenticated, so the caller's authentication is set aside for the call and put back afterwards.
 */
@Component
public class ApplicationEngineCalls {

  private final IdentityService identityService;

  ApplicationEngineCalls(IdentityService identityService) {
    this.identityService = identityService;
  }

  public <T> T run(Supplier<T> call) {
    return asApplication(identityService, call);
  }

  public static <T> T asApplication(IdentityService identityService, Supplier<T> call) {
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return call.get();
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }
}
