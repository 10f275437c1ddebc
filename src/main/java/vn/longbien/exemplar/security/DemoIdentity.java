package vn.longbien.exemplar.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import vn.longbien.exemplar.organisation.OrganisationCatalog;

/**
 * The demo accounts listed in README.md, all with password "demo"; never enabled in production, where
 * Camunda's password policy would refuse them anyway.
 */
@Component
@ConditionalOnProperty(name = "exemplar.demo-identity.enabled", havingValue = "true")
class DemoIdentity {

  static final String DEMO_PASSWORD = "demo";

  /** @param email the address of the account's profile (e-mail notifications), set when the account has none */
  record DemoUser(String id, String firstName, String lastName, String email, List<String> groups) {}

  record DemoUsers(List<DemoUser> users) {}

  private final IdentityService identityService;

  DemoIdentity(IdentityService identityService) {
    this.identityService = identityService;
  }

  void seed() {
    if (identityService.getPasswordPolicy() != null) {
      throw new IllegalStateException("Không tạo được tài khoản demo (mật khẩu “demo”) khi chính sách mật khẩu của"
          + " Camunda đang bật (demo accounts need camunda.bpm.generic-properties.properties.enable-password-policy=false)");
    }
    for (DemoUser demo : load().users()) {
      // Under another organisation file (the two-tier one of 2025) some demo groups do not exist: the account
      // is then made without them (a group kept from an earlier file still counts).
      List<String> groups = demo.groups().stream()
          .filter(group -> identityService.createGroupQuery().groupId(group).count() > 0)
          .toList();
      Accounts.ensure(identityService, demo.id(), demo.firstName(), demo.lastName(), DEMO_PASSWORD, groups);
      User user = identityService.createUserQuery().userId(demo.id()).singleResult();
      if (demo.email() != null && (user.getEmail() == null || user.getEmail().isBlank())) {
        user.setEmail(demo.email());
        identityService.saveUser(user);
      }
    }
  }

  private static DemoUsers load() {
    return OrganisationCatalog.readYaml(new ClassPathResource("organisation/demo-users.yaml"), DemoUsers.class);
  }
}
