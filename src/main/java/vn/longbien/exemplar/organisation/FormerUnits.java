package vn.longbien.exemplar.organisation;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.longbien.exemplar.organisation.OrganisationCatalog.UnitDefinition;

/**
 * Units that the database keeps but the organisation file no longer lists: after a switch to another file
 * (the two-tier organisation of 2025, {@code organisation/units-2025-two-tier.yaml}), the district, its
 * departments and the former wards. {@link OrganisationSeeder} never deletes a unit, so each keeps its name
 * and its former parent (table {@code org_unit}) for the records made while it existed; it is offered for
 * nothing new (no nomination, meeting or decision: those read the file).
 *
 * <p>Read once, on first use after the start (the seeder has run by then); the file does not change while the
 * application runs.
 */
@Component
public class FormerUnits {

  private final OrganisationCatalog catalog;
  private final UnitRepository units;
  private volatile Map<String, Unit> former;

  public FormerUnits(OrganisationCatalog catalog, UnitRepository units) {
    this.catalog = catalog;
    this.units = units;
  }

  /** The units of the database that the file does not list. */
  public List<Unit> all() {
    return List.copyOf(byCode().values());
  }

  public Optional<Unit> unit(String code) {
    return Optional.ofNullable(code).map(byCode()::get);
  }

  /** A unit's name: the file's for a current unit, the database's for a former one, else the code itself. */
  public String name(String code) {
    return catalog.unit(code).map(UnitDefinition::name)
        .or(() -> unit(code).map(Unit::getName))
        .orElse(code);
  }

  /**
   * Code → label of every unit whose records may be searched: the file's units, then the former ones marked
   * "(đơn vị trước đây)".
   */
  public Map<String, String> searchLabels() {
    Map<String, String> labels = new LinkedHashMap<>();
    catalog.units().forEach(unit -> labels.put(unit.code(), unit.name()));
    byCode().values().stream().sorted(Comparator.comparing(Unit::getName))
        .forEach(unit -> labels.put(unit.getCode(), unit.getName() + " (đơn vị trước đây)"));
    return labels;
  }

  private Map<String, Unit> byCode() {
    Map<String, Unit> read = former;
    if (read == null) {
      read = units.findAll().stream()
          .filter(unit -> catalog.unit(unit.getCode()).isEmpty())
          .collect(Collectors.toUnmodifiableMap(Unit::getCode, Function.identity()));
      former = read;
    }
    return read;
  }
}
