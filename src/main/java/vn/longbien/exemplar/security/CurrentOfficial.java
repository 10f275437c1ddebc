package vn.longbien.exemplar.security;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import vn.longbien.exemplar.organisation.OrganisationCatalog;
import vn.longbien.exemplar.organisation.OrganisationCatalog.UnitDefinition;

/**
 * Who is calling the application's API, and which units' records they may read: their own units and every
 * unit below them (the district council reviews its wards' proposals, the city board everything below the
 * city). Auditors and administrators read all units. Changing a record is each feature's own rule.
 */
@Component
public class CurrentOfficial {

  private final IdentityService identityService;
  private final OrganisationCatalog catalog;

  CurrentOfficial(IdentityService identityService, OrganisationCatalog catalog) {
    this.identityService = identityService;
    this.catalog = catalog;
  }

  /** The authenticated caller; the API's authentication filter guarantees there is one. */
  public Official get() {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      throw new IllegalStateException("No authenticated caller: is the request outside /api?");
    }
    List<String> groups = authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
    return new Official(authentication.getUserId(), groups, ownUnits(groups), readableUnits(groups));
  }

  private Set<String> ownUnits(List<String> groups) {
    Set<String> units = new HashSet<>();
    for (UnitDefinition unit : catalog.units()) {
      for (String role : unit.roles()) {
        if (groups.contains(OrganisationCatalog.groupId(unit.code(), role))) {
          units.add(unit.code());
        }
      }
    }
    return units;
  }

  private Set<String> readableUnits(List<String> groups) {
    if (groups.contains(OrganisationCatalog.ADMIN_GROUP) || groups.contains(OrganisationCatalog.AUDITOR_GROUP)) {
      return catalog.units().stream().map(UnitDefinition::code).collect(Collectors.toSet());
    }
    Set<String> readable = new HashSet<>(ownUnits(groups));
    boolean grew;
    do {
      grew = false;
      for (UnitDefinition unit : catalog.units()) {
        if (unit.parent() != null && readable.contains(unit.parent()) && readable.add(unit.code())) {
          grew = true;
        }
      }
    } while (grew);
    return readable;
  }

  /**
   * @param ownUnits units in which the caller holds a role
   * @param readableUnits units whose records the caller may read
   */
  public record Official(String userId, List<String> groupIds, Set<String> ownUnits, Set<String> readableUnits) {

    public boolean isAdministrator() {
      return groupIds.contains(OrganisationCatalog.ADMIN_GROUP);
    }

    public boolean isAuditor() {
      return groupIds.contains(OrganisationCatalog.AUDITOR_GROUP);
    }

    public boolean canRead(String unitCode) {
      return readableUnits.contains(unitCode);
    }

    public boolean hasRole(String unitCode, String role) {
      return groupIds.contains(OrganisationCatalog.groupId(unitCode, role));
    }
  }
}
