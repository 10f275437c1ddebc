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
import vn.longbien.exemplar.organisation.FormerUnits;
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
  private final OrganisationCatalog catalog;
  private final FormerUnits formerUnits;
  /** Group id → the unit it belongs to ("phuong-bode-hoidong" → "phuong-bode"). */
  private final Map<String, String> unitOfGroup;
  private final String secretariatGroup;
  /** The unit the secretariat serves (the district): it reads that unit and every unit below. */
  private final String secretariatServes;
  /** Unit → itself and every unit below it, former units included; worked out on first use. */
  private volatile Map<String, Set<String>> unitAndBelow;

  // The organisation file does not change while the application runs: its hierarchy is worked out once.
  CurrentOfficial(IdentityService identityService, OrganisationCatalog catalog, FormerUnits formerUnits) {
    this.identityService = identityService;
    this.catalog = catalog;
    this.formerUnits = formerUnits;
    Map<String, String> byGroup = new HashMap<>();
    for (UnitDefinition unit : catalog.units()) {
      unit.roles().forEach(role -> byGroup.put(OrganisationCatalog.groupId(unit.code(), role), unit.code()));
    }
    this.unitOfGroup = Map.copyOf(byGroup);
    this.secretariatGroup = catalog.secretariatGroup();
    this.secretariatServes = catalog.secretariatServes();
  }

  /**
   * Every unit of the file under its parents, and every former unit (kept in the database after a switch of
   * organisation file, {@link FormerUnits}) under its former parents: so the records of a former ward are read by
   * whoever reads the unit it was under and still exists (the city board, a secretariat serving the city),
   * by auditors and administrators. Groups of a former unit give no reading of their own.
   */
  private Map<String, Set<String>> unitAndBelow() {
    Map<String, Set<String>> known = unitAndBelow;
    if (known != null) {
      return known;
    }
    Map<String, String> parentOf = new HashMap<>();
    formerUnits.all().forEach(unit -> parentOf.put(unit.getCode(), unit.getParentCode()));
    catalog.units().forEach(unit -> parentOf.put(unit.code(), unit.parent()));
    Map<String, Set<String>> below = new HashMap<>();
    for (String unit : parentOf.keySet()) {
      Set<String> seen = new HashSet<>();
      for (String code = unit; code != null && seen.add(code); code = parentOf.get(code)) {
        below.computeIfAbsent(code, key -> new HashSet<>()).add(unit);
      }
    }
    below.replaceAll((code, units) -> Set.copyOf(units));
    known = Map.copyOf(below);
    unitAndBelow = known;
    return known;
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
      return unitAndBelow().keySet();
    }
    Set<String> readable = new HashSet<>();
    Map<String, Set<String>> hierarchy = unitAndBelow();
    own.forEach(unit -> readable.addAll(hierarchy.getOrDefault(unit, Set.of(unit))));
    if (secretariat) {
      readable.addAll(hierarchy.getOrDefault(secretariatServes, Set.of()));
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
