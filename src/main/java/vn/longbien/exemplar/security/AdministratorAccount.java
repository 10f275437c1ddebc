package vn.longbien.exemplar.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.longbien.exemplar.organisation.OrganisationCatalog;

/**
 * Makes sure the configured administrator exists and is a direct member of camunda-admin, so the
 * webapps' first-run setup never considers the engine unconfigured. The password is set only when the
 * account is created; later changes are made in Camunda Admin.
 */
@Component
class AdministratorAccount {

  private static final Logger log = LoggerFactory.getLogger(AdministratorAccount.class);

  private final AdministratorProperties properties;
  private final IdentityService identityService;

  AdministratorAccount(AdministratorProperties properties, IdentityService identityService) {
    this.properties = properties;
    this.identityService = identityService;
  }

  void ensure() {
    String username = properties.username();
    if (identityService.createUserQuery().userId(username).count() == 0) {
      User user = identityService.newUser(username);
      user.setFirstName("Quản trị");
      user.setLastName("hệ thống");
      user.setPassword(properties.password());
      identityService.saveUser(user);
      log.info("Created administrator account {}", username);
    }
    boolean member =
        identityService.createUserQuery().userId(username).memberOfGroup(OrganisationCatalog.ADMIN_GROUP).count() > 0;
    if (!member) {
      identityService.createMembership(username, OrganisationCatalog.ADMIN_GROUP);
    }
  }
}
