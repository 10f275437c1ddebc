package vn.longbien.exemplar.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.longbien.exemplar.organisation.OrganisationCatalog;

/**
 * Makes sure the configured administrator exists and is a direct member of camunda-admin, so the
 * webapps' first-run setup never considers the engine unconfigured. The password is set only when the
 * account is created; later changes are made in Camunda Admin. Where Camunda's password policy is on
 * (production), a password it refuses stops the start with a message saying so.
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
    boolean missing = identityService.createUserQuery().userId(username).count() == 0;
    if (missing && identityService.getPasswordPolicy() != null) {
      User candidate = identityService.newUser(username);
      if (!identityService.checkPasswordAgainstPolicy(properties.password(), candidate).isValid()) {
        throw new IllegalStateException("Mật khẩu quản trị không đạt chính sách mật khẩu của Camunda: ít nhất 10 ký tự,"
            + " có chữ thường, chữ hoa, chữ số và ký tự đặc biệt, không chứa tên tài khoản (ADMIN_PASSWORD does not meet"
            + " Camunda's password policy)");
      }
    }
    if (Accounts.ensure(identityService, username, "Quản trị", "hệ thống", properties.password(),
        List.of(OrganisationCatalog.ADMIN_GROUP))) {
      log.info("Created administrator account {}", username);
    }
  }
}
