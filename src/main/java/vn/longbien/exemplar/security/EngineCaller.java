package vn.longbien.exemplar.security;

import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import vn.longbien.exemplar.organisation.OrganisationCatalog;

/**
 * Who is calling the engine's services, as the guarded services ({@link GuardedTaskService} and its siblings)
 * tell their callers apart:
 * <ul>
 *   <li>the models' own code (listeners, delegates, expressions) runs inside an engine command that has
 *       already passed the guard: it is not checked again;
 *   <li>an official (authenticated, not an administrator): every rule applies;
 *   <li>an administrator, or the application itself outside any official's request (no one authenticated:
 *       timers, start-up, the application's own calls through {@link ApplicationEngineCalls}): may change a
 *       task's properties, but submits a step's data through its form like everyone.
 * </ul>
 */
final class EngineCaller {

  private final Supplier<IdentityService> identities;

  EngineCaller(Supplier<IdentityService> identities) {
    this.identities = identities;
  }

  /** The call comes from the models' own code, inside an engine command. */
  boolean insideEngine() {
    // No public API tells a nested service call from an outer one; the command context is the engine's own mark.
    return Context.getCommandContext() != null;
  }

  /** An official: someone authenticated who is not an administrator. */
  boolean official() {
    Authentication caller = identities.get().getCurrentAuthentication();
    return caller != null && caller.getUserId() != null && !groups(caller).contains(OrganisationCatalog.ADMIN_GROUP);
  }

  String userId() {
    Authentication caller = identities.get().getCurrentAuthentication();
    return caller == null ? null : caller.getUserId();
  }

  List<String> groupIds() {
    Authentication caller = identities.get().getCurrentAuthentication();
    return caller == null ? List.of() : groups(caller);
  }

  /** Whether the user belongs to any of the groups, read past the caller's own authorizations. */
  boolean isMember(String userId, Collection<String> groupIds) {
    if (userId == null || groupIds.isEmpty()) {
      return false;
    }
    return unchecked(() -> identities.get().createGroupQuery()
        .groupMember(userId).groupIdIn(groupIds.toArray(String[]::new)).count() > 0);
  }

  /** A read the guard needs whatever the caller may see; the engine then checks the caller's own call. */
  <T> T unchecked(Supplier<T> read) {
    return ApplicationEngineCalls.asApplication(identities.get(), read);
  }

  private static List<String> groups(Authentication caller) {
    return caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
  }
}
