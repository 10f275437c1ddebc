package vn.longbien.exemplar.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;
import vn.longbien.exemplar.calendar.HanoiCalendar;
import vn.longbien.exemplar.campaign.RoundTargets.Target;
import vn.longbien.exemplar.organisation.OrganisationCatalog;
import vn.longbien.exemplar.organisation.OrganisationCatalog.MovementDefinition;
import vn.longbien.exemplar.organisation.OrganisationCatalog.UnitDefinition;
import vn.longbien.exemplar.organisation.UnitKind;

/**
 * Attainment of the yearly targets of the {@code yearly-targets} decision (plan section II) from the
 * nominations' recorded outcomes: each ward, each district department (its share of its headcount), each lead
 * unit per movement of the appendix (introduced by the movement's own date), and the district's targets.
 * Used by the round's closing report and by the live report of the application's API.
 *
 * <p>The introduction dates come from {@code round-deadlines}, which is read inside an engine command.
 */
@Component
public class TargetAttainment {

  /** The district's own lines carry its code. */
  public static final String DISTRICT = "quan-longbien";

  private final RoundTargets targets;
  private final RoundDeadlines deadlines;
  private final OrganisationCatalog organisation;

  public TargetAttainment(RoundTargets targets, RoundDeadlines deadlines, OrganisationCatalog organisation) {
    this.targets = targets;
    this.deadlines = deadlines;
    this.organisation = organisation;
  }

  /**
   * One target of one unit (or of the district): {@code targetType} is the decision's {@code unitType};
   * {@code targetValue} the number to reach (for a share of the headcount, the number it makes);
   * {@code met} green (true), red (false) or not measurable (null, {@code achieved} then null too).
   */
  public record Attainment(
      String unitCode, String unitName, String targetType, String description, Double targetValue, Integer achieved,
      Boolean met) {}

  /** One year's targets and introduction dates, each decision evaluated once however many units use it. */
  final class Plan {

    private final int year;
    private final Map<String, Target> targetsByType = new HashMap<>();
    private final Map<String, LocalDate> introductionDays = new HashMap<>();

    private Plan(int year) {
      this.year = year;
    }

    Target target(String unitType) {
      return targetsByType.computeIfAbsent(unitType, type -> targets.of(type, year));
    }

    LocalDate introductionDay(String movement) {
      return introductionDays.computeIfAbsent(movement, code -> deadlines.introduction(code, year).day());
    }
  }

  /** The year's plan for one report: evaluate its decisions through it, once. */
  Plan plan(int year) {
    return new Plan(year);
  }

  /** Every target of the year: per ward, per department (and lead unit per movement), then the district's. */
  public List<Attainment> of(int year, List<NominationOutcome> all) {
    Plan plan = plan(year);
    List<Attainment> lines = new ArrayList<>();
    for (UnitDefinition unit : organisation.units()) {
      List<NominationOutcome> own = own(all, unit);
      if (unit.kind() == UnitKind.WARD) {
        lines.add(ward(plan, unit, own));
      } else if (unit.kind() == UnitKind.DEPARTMENT) {
        lines.add(department(plan, unit, own));
        for (MovementDefinition movement : movementsLedBy(unit)) {
          lines.add(introductions(plan, unit, movement, own));
        }
      }
    }
    lines.addAll(district(plan, all));
    return lines;
  }

  static List<NominationOutcome> own(List<NominationOutcome> all, UnitDefinition unit) {
    return all.stream().filter(o -> o.nominatingUnit().equals(unit.code())).toList();
  }

  /** A ward: its exemplars recognised at any level. */
  Attainment ward(Plan plan, UnitDefinition unit, List<NominationOutcome> own) {
    return attainment(unit.code(), unit.name(), "phuong", plan.target("phuong"), count(own, NominationOutcome::recognised));
  }

  /** A department: its exemplars recognised at any level against the target's share of its headcount. */
  Attainment department(Plan plan, UnitDefinition unit, List<NominationOutcome> own) {
    Target target = plan.target("phong-ban");
    int recognised = count(own, NominationOutcome::recognised);
    if (!"percent-of-headcount".equals(target.measure())) {
      return attainment(unit.code(), unit.name(), "phong-ban", target, recognised);
    }
    if (unit.headcount() == null) {
      return new Attainment(unit.code(), unit.name(), "phong-ban",
          target.description() + " – chưa có tổng số tập thể, cá nhân của đơn vị", null, null, null);
    }
    long required = (long) Math.ceil(target.value() * unit.headcount() / 100.0 - 1e-9);
    Target counted = new Target(target.comparison(), "count", required, target.description() + " – "
        + number(target.value()) + "% của " + unit.headcount() + " tập thể, cá nhân là " + required);
    return attainment(unit.code(), unit.name(), "phong-ban", counted, recognised);
  }

  /** A lead unit for one movement: exemplars it introduced (not withdrawn) by the movement's own date. */
  Attainment introductions(Plan plan, UnitDefinition unit, MovementDefinition movement, List<NominationOutcome> own) {
    Target target = plan.target("don-vi-chu-tri");
    LocalDate deadline = plan.introductionDay(movement.code());
    Instant by = deadline.plusDays(1).atStartOfDay(HanoiCalendar.ZONE).toInstant();
    Target dated = new Target(target.comparison(), target.measure(), target.value(), target.description()
        + " – " + movement.name() + ", hạn " + HanoiCalendar.text(deadline));
    return attainment(unit.code(), unit.name(), "don-vi-chu-tri", dated, count(own, o -> !o.withdrawn()
        && movement.code().equals(o.movement()) && o.submittedAt() != null && o.submittedAt().isBefore(by)));
  }

  /** A lead unit over all the movements it leads, as the round's report keeps it: its nominations not withdrawn. */
  Optional<Attainment> leadUnit(Plan plan, UnitDefinition unit, List<NominationOutcome> own) {
    long movementsLed = movementsLedBy(unit).size();
    if (movementsLed == 0) {
      return Optional.empty();
    }
    Target perMovement = plan.target("don-vi-chu-tri");
    Target target = new Target(perMovement.comparison(), perMovement.measure(), perMovement.value() * movementsLed,
        perMovement.description() + (movementsLed > 1 ? " × " + movementsLed + " phong trào" : ""));
    return Optional.of(attainment(unit.code(), unit.name(), "don-vi-chu-tri", target, count(own, o -> !o.withdrawn())));
  }

  /** The district's targets: individuals recognised, proposed to the city, the book, the capped title. */
  List<Attainment> district(Plan plan, List<NominationOutcome> all) {
    String name = organisation.unit(DISTRICT).map(UnitDefinition::name).orElse(DISTRICT);
    return List.of(
        attainment(DISTRICT, name, "quan", plan.target("quan"),
            count(all, o -> o.individual() && (o.recognisedAt("quan") || o.recognisedAt("thanh-pho")))),
        attainment(DISTRICT, name, "de-xuat-thanh-pho", plan.target("de-xuat-thanh-pho"),
            count(all, o -> o.individual() && o.proposedToCity())),
        attainment(DISTRICT, name, "sach-bong-hoa", plan.target("sach-bong-hoa"),
            count(all, NominationOutcome::proposedForBook)),
        attainment(DISTRICT, name, "cong-dan-thu-do-uu-tu", plan.target("cong-dan-thu-do-uu-tu"),
            count(all, NominationOutcome::outstandingCitizenTitle)));
  }

  private List<MovementDefinition> movementsLedBy(UnitDefinition unit) {
    return organisation.movements().stream()
        .filter(movement -> movement.leadUnits().contains(unit.code()))
        .toList();
  }

  static Attainment attainment(String code, String name, String type, Target target, Integer achieved) {
    boolean measurable = target.countable() && achieved != null;
    return new Attainment(code, name, type,
        target.description() + (measurable ? "" : " – chưa đủ số liệu để đánh giá"), target.value(),
        measurable ? achieved : null, measurable ? target.metBy(achieved) : null);
  }

  private static String number(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }

  static int count(List<NominationOutcome> outcomes, Predicate<NominationOutcome> which) {
    return (int) outcomes.stream().filter(which).count();
  }
}
