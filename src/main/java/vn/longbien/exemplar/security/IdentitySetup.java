package vn.longbien.exemplar.security;

import java.util.Optional;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.longbien.exemplar.organisation.OrganisationSeeder;

/**
 * Brings units, groups, authorizations and accounts up to date at every start, in one transaction and
 * before the web server accepts the first request.
 */
@Component
class IdentitySetup implements SmartInitializingSingleton {

  private final OrganisationSeeder organisation;
  private final AccessPolicy accessPolicy;
  private final AdministratorAccount administrator;
  private final Optional<DemoIdentity> demoIdentity;
  private final TransactionTemplate transaction;

  IdentitySetup(
      OrganisationSeeder organisation,
      AccessPolicy accessPolicy,
      AdministratorAccount administrator,
      Optional<DemoIdentity> demoIdentity,
      TransactionTemplate transaction) {
    this.organisation = organisation;
    this.accessPolicy = accessPolicy;
    this.administrator = administrator;
    this.demoIdentity = demoIdentity;
    this.transaction = transaction;
  }

  @Override
  public void afterSingletonsInstantiated() {
    transaction.executeWithoutResult(status -> {
      organisation.seed();
      accessPolicy.apply();
      administrator.ensure();
      demoIdentity.ifPresent(DemoIdentity::seed);
    });
  }
}
