package vn.longbien.exemplar.benchmark;

import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/**
 * The benchmark's accounts: one official per group the chain offers tasks to (each of the 14 wards'
 * nominating unit, council and chairman, the district's council and chairman, the city board) and an
 * auditor, created in the production profile's empty identity store like an administrator would.
 */
final class Officials {

  static final String PASSWORD = "Mat-khau-danh-gia-2026";
  static final String DISTRICT = "quan-longbien";
  static final String CITY_BOARD = "thanhpho-hanoi-bantdkt";
  static final String AUDITOR = "thanhtra";

  private final IdentityService identities;

  Officials(IdentityService identities) {
    this.identities = identities;
  }

  /** The user of a group is named after it: "phuong-bode-hoidong" → "phuong-bode.hoidong". */
  static String userOf(String group) {
    int role = group.lastIndexOf('-');
    return group.equals(AUDITOR) ? AUDITOR : group.substring(0, role) + "." + group.substring(role + 1);
  }

  void create(List<String> wards) {
    for (String ward : wards) {
      for (String role : List.of("donvi", "hoidong", "chutich")) {
        account(ward + "-" + role);
      }
    }
    account(DISTRICT + "-hoidong");
    account(DISTRICT + "-chutich");
    account(CITY_BOARD);
    account(AUDITOR);
  }

  private void account(String group) {
    User user = identities.newUser(userOf(group));
    user.setFirstName("Cán bộ");
    user.setLastName(group);
    user.setPassword(PASSWORD);
    identities.saveUser(user);
    identities.createMembership(user.getId(), group);
  }

  /** Runs a call as the group's official, so that the engine's authorization checks apply. */
  <T> T as(String group, Supplier<T> call) {
    identities.setAuthentication(userOf(group), List.of(group));
    try {
      return call.get();
    } finally {
      identities.clearAuthentication();
    }
  }

  void as(String group, Runnable call) {
    as(group, () -> {
      call.run();
      return null;
    });
  }
}
