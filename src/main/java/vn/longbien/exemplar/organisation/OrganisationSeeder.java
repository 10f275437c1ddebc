package vn.longbien.exemplar.organisation;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.longbien.exemplar.organisation.OrganisationCatalog.GroupDefinition;
import vn.longbien.exemplar.organisation.OrganisationCatalog.UnitDefinition;

/**
 * Brings the units table and the Camunda groups in line with the organisation file. Idempotent: it
 * creates what is missing and renames what changed, and never deletes (a unit's history outlives it). A unit of
 * the database that the file no longer lists (after a switch to the two-tier organisation of 2025) keeps its row,
 * name and former parent, and its groups with their members: it is a {@link FormerUnits former unit}, whose
 * records stay readable under its name and which is offered for nothing new.
 */
@Component
public class OrganisationSeeder {

  private static final Logger log = LoggerFactory.getLogger(OrganisationSeeder.class);

  private final OrganisationCatalog catalog;
  private final UnitRepository units;
  private final IdentityService identityService;

  OrganisationSeeder(OrganisationCatalog catalog, UnitRepository units, IdentityService identityService) {
    this.catalog = catalog;
    this.units = units;
    this.identityService = identityService;
  }

  public void seed() {
    catalog.units().stream().sorted(Comparator.comparingInt(this::depth)).forEach(this::upsertUnit);
    catalog.unitGroups().forEach(group -> ensureGroup(group, "WORKFLOW"));
    catalog.systemGroups().forEach(group -> ensureGroup(group, "SYSTEM"));
    log.info("Organisation: {} units, {} unit groups", catalog.units().size(), catalog.unitGroups().size());
    List<String> former = units.findAll().stream()
        .map(Unit::getCode)
        .filter(code -> catalog.unit(code).isEmpty())
        .sorted()
        .toList();
    if (!former.isEmpty()) {
      log.info("Organisation: {} former units kept for their records, offered for nothing new: {}", former.size(), former);
    }
  }

  private int depth(UnitDefinition unit) {
    int depth = 0;
    for (String parent = unit.parent(); parent != null; parent = catalog.unit(parent).orElseThrow().parent()) {
      depth++;
    }
    return depth;
  }

  private void upsertUnit(UnitDefinition definition) {
    units.findById(definition.code())
        .ifPresentOrElse(
            unit -> unit.update(definition.name(), definition.kind(), definition.parent(), definition.headcount()),
            () -> units.save(new Unit(
                definition.code(), definition.name(), definition.kind(), definition.parent(), definition.headcount())));
  }

  private void ensureGroup(GroupDefinition definition, String type) {
    Group group = identityService.createGroupQuery().groupId(definition.id()).singleResult();
    if (group == null) {
      group = identityService.newGroup(definition.id());
    } else if (Objects.equals(group.getName(), definition.name()) && Objects.equals(group.getType(), type)) {
      return;
    }
    group.setName(definition.name());
    group.setType(type);
    identityService.saveGroup(group);
  }
}
