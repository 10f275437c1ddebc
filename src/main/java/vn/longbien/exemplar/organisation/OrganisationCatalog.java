package vn.longbien.exemplar.organisation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.Resource;

/**
 * The organisation as declared in {@code organisation/units.yaml}: units with the roles their officials
 * hold, the council's standing secretariat, the movements of the plan's appendix and the groups that belong
 * to no unit.
 *
 * @param secretariatGroup the group of the council's standing secretariat (Phòng Nội vụ,
 *     {@code phong-noivu-thuongtruc}): the one definition that the review chain and the yearly round route
 *     holds, reminders and escalations to, and that access rules let read the whole district
 */
public record OrganisationCatalog(
    Map<String, String> roleNames,
    String secretariatGroup,
    List<UnitDefinition> units,
    List<MovementDefinition> movements,
    List<GroupDefinition> systemGroups) {

  public static final String ADMIN_GROUP = "camunda-admin";
  public static final String AUDITOR_GROUP = "thanhtra";

  /**
   * @param headcount the unit's number of collectives and individuals, base of the "5% exemplars" target;
   *     null where the file does not give it
   * @param place the place its papers are dated at ("Long Biên, ngày …"); null: its parent's (see {@link #placeOf})
   */
  public record UnitDefinition(
      String code, String name, UnitKind kind, String parent, List<String> roles, Integer headcount, String place) {}

  public record MovementDefinition(String code, Integer appendixNo, List<String> leadUnits, String name) {
    public MovementDefinition {
      // "chung" has no lead unit; every caller may then simply iterate.
      leadUnits = leadUnits == null ? List.of() : List.copyOf(leadUnits);
    }
  }

  public record GroupDefinition(String id, String name) {}

  public static OrganisationCatalog load(Resource resource) {
    OrganisationCatalog catalog = readYaml(resource, OrganisationCatalog.class);
    catalog.checkConsistency();
    return catalog;
  }

  /** Reads one of the organisation's YAML files; an unknown key is an error, not silently ignored. */
  public static <T> T readYaml(Resource resource, Class<T> type) {
    try (InputStream in = resource.getInputStream()) {
      return new ObjectMapper(new YAMLFactory()).readValue(in, type);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource, e);
    }
  }

  public static String groupId(String unitCode, String role) {
    return unitCode + "-" + role;
  }

  public Optional<UnitDefinition> unit(String code) {
    return units.stream().filter(unit -> unit.code().equals(code)).findFirst();
  }

  /**
   * The place a unit's papers (certificates, minutes, decisions) are dated at: its own {@code place} in the file,
   * else its parent's, up to the city; else its name. A three-tier deployment names Long Biên on the district, and
   * its wards print it; a two-tier one names each ward's own place.
   */
  public String placeOf(String code) {
    Optional<UnitDefinition> unit = unit(code);
    for (int depth = 0; unit.isPresent() && depth <= units.size(); depth++) {
      String place = unit.get().place();
      if (place != null && !place.isBlank()) {
        return place.strip();
      }
      unit = unit.get().parent() == null ? Optional.empty() : unit(unit.get().parent());
    }
    return unit(code).map(UnitDefinition::name).orElse(code);
  }

  public Optional<MovementDefinition> movement(String code) {
    return movements.stream().filter(movement -> movement.code().equals(code)).findFirst();
  }

  /** The groups of every unit's roles, named in Vietnamese ("Hội đồng Thi đua - Khen thưởng Phường Bồ Đề"). */
  public List<GroupDefinition> unitGroups() {
    List<GroupDefinition> groups = new ArrayList<>();
    for (UnitDefinition unit : units) {
      for (String role : unit.roles()) {
        groups.add(new GroupDefinition(groupId(unit.code(), role), roleNames.get(role) + " " + unit.name()));
      }
    }
    return groups;
  }

  /** The unit whose role the secretariat group is (Phòng Nội vụ). */
  public UnitDefinition secretariatUnit() {
    return units.stream()
        .filter(unit -> unit.roles().stream().anyMatch(role -> groupId(unit.code(), role).equals(secretariatGroup)))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("The secretariat group " + secretariatGroup + " is no unit's role"));
  }

  /** The unit whose nominations, reports and round the secretariat follows: the one above its own (the district). */
  public String secretariatServes() {
    UnitDefinition unit = secretariatUnit();
    return unit.parent() == null ? unit.code() : unit.parent();
  }

  /** The groups of every unit that has the role, e.g. "donvi": all units that nominate. */
  public List<String> groupsOfRole(String role) {
    return units.stream()
        .filter(unit -> unit.roles().contains(role))
        .map(unit -> groupId(unit.code(), role))
        .toList();
  }

  private void checkConsistency() {
    if (secretariatGroup == null || secretariatGroup.isBlank()) {
      throw new IllegalStateException("The organisation file names no secretariatGroup");
    }
    for (UnitDefinition unit : units) {
      if (unit.parent() != null && unit(unit.parent()).isEmpty()) {
        throw new IllegalStateException("Unit " + unit.code() + " names an unknown parent " + unit.parent());
      }
      if (unit.headcount() != null && unit.headcount() <= 0) {
        throw new IllegalStateException("Unit " + unit.code() + " has a headcount that is not positive");
      }
      for (String role : unit.roles()) {
        if (!roleNames.containsKey(role)) {
          throw new IllegalStateException("Unit " + unit.code() + " has an undeclared role " + role);
        }
      }
    }
    secretariatUnit();
    for (MovementDefinition movement : movements) {
      for (String lead : movement.leadUnits()) {
        if (unit(lead).isEmpty()) {
          throw new IllegalStateException("Movement " + movement.code() + " names an unknown lead unit " + lead);
        }
      }
    }
  }
}
