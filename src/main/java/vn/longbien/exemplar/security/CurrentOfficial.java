package vn.longbien.exemplar.security;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 * city). The council's standing secretariat (Phòng Nội vụ, {@link OrganisationCatalog#secretariatGroup()})
 * collects, reports on and escalates the whole district's nominations, so it reads every unit of the district.
 * Auditors and administrators read all units. Changing a record is each feature's own rule.
 */
@Component
public class CurrentOfficial {

  private final IdentityService identityService;
  /** Group id → the unit it belongs to ("phuong-bode-hoidong" → "phuong-bode"). */
  private final Map<String, String> unitOfGroup;
  /** Unit → itself and every unit below it. */
  private final Map<String, Set<String>> unitAndBelow;
  private final String secretariatGroup;
  /** The unit the secretariat serves (the district): it reads that unit and every unit below. */
  private final String secretariatServes;

  // The organisation file does not change while the application runs: its hierarchy is worked out once.
  CurrentOfficial(IdentityService identityService, OrganisationCatalog catalog) {
    this.identityService = identityService;
    Map<String, String> byGroup = new HashMap<>();
    Map<String, Set<String>> below = new HashMap<>();
    for (UnitDefinition unit : catalog.units()) {
      unit.roles().forEach(role -> byGroup.put(OrganisationCatalog.groupId(unit.code(), role), unit.code()));
      for (String code = unit.code(); code != null; code = catalog.unit(code).orElseThrow().parent()) {
        below.computeIfAbsent(code, key -> new HashSet<>()).add(unit.code());
      }
    }
    below.replaceAll((code, units) -> Set.copyOf(units));
    this.unitOfGroup = Map.copyOf(byGroup);
    this.unitAndBelow = Map.copyOf(below);
    this.secretariatGroup = catalog.secretariatGroup();
    this.secretariatServes = catalog.secretariatServes();
  }

  /** The authenticated caller; the API's authentication filter guarantees there is one. */
  public Official get() {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      throw new IllegalStateException("No authenticated caller: is the request outside /api?");
    }
    List<String> groups = authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
    Set<String> own = groups.stream().map(unitOfGroup::get).filter(Objects::nonNull).collect(Collectors.toSet());
    boolean secretariat = groups.contains(secretariatGroup);
    return new Official(authentication.getUserId(), groups, own, readableUnits(groups, own, secretariat), secretariat);
  }

  private Set<String> readableUnits(List<String> groups, Set<String> own, boolean secretariat) {
    if (groups.contains(OrganisationCatalog.ADMIN_GROUP) || groups.contains(OrganisationCatalog.AUDITOR_GROUP)) {
      return unitAndBelow.keySet();
    }
    Set<String> readable = new HashSet<>();
    own.forEach(unit -> readable.addAll(unitAndBelow.get(unit)));
    if (secretariat) {
      readable.addAll(unitAndBelow.get(secretariatServes));
    }
    return readable;
  }

  /**
   * @param ownUnits units in which the caller holds a role
   * @param readableUnits units whose records the caller may read
   * @param secretariat whether the caller is of the council's standing secretariat (Phòng Nội vụ)
   */
  public record Official(
      String userId, List<String> groupIds, Set<String> ownUnits, Set<String> readableUnits, boolean secretariat) {

    public boolean isSecretariat() {
      return secretariat;
    }

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
