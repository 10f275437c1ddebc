package vn.longbien.exemplar.security;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;

/**
 * Accounts the application itself sets up (administrator, demo users): created once with their first
 * password, which later changes in Camunda Admin keep; their memberships are made sure of at every start.
 */
final class Accounts {

  private Accounts() {}

  /** @return whether the account was created now */
  static boolean ensure(IdentityService identityService, String id, String firstName, String lastName,
      String password, List<String> groups) {
    boolean created = identityService.createUserQuery().userId(id).count() == 0;
    if (created) {
      User user = identityService.newUser(id);
      user.setFirstName(firstName);
      user.setLastName(lastName);
      user.setPassword(password);
      identityService.saveUser(user);
    }
    Set<String> memberOf = identityService.createGroupQuery().groupMember(id).list().stream()
        .map(Group::getId)
        .collect(Collectors.toSet());
    groups.stream().filter(group -> !memberOf.contains(group))
        .forEach(group -> identityService.createMembership(id, group));
    return created;
  }
}
