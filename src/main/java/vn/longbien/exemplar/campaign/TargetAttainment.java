package vn.longbien.exemplar.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import vn.longbien.exemplar.calendar.HanoiCalendar;
import vn.longbien.exemplar.campaign.RoundTargets.Target;
import vn.longbien.exemplar.organisation.OrganisationCatalog;
import vn.longbien.exemplar.organisation.OrganisationCatalog.MovementDefinition;
import vn.longbien.exemplar.organisation.OrganisationCatalog.UnitDefinition;
import vn.longbien.exemplar.organisation.UnitKind;
import vn.longbien.exemplar.policy.PolicyDecisions;

/**
 * Attainment of the yearly targets of the {@code yearly-targets} decision (plan section II) from the
 * nominations' recorded outcomes: each ward, each district department (its share of its headcount), each lead
 * unit per movement of the appendix (introduced by the movement's own date), and the district's targets.
 * Used by the round's closing report and by the live report of the application's API.
 *
 * <p>Which outcomes count towards each target is the {@code target-counting} table's answer; the introduction
 * dates come from {@code round-deadlines}. The deployment's own lines (the plan's "cấp Quận" targets) carry the
 * unit the organisation file says the secretariat serves: the district under the three-tier organisation, the
 * city under the two-tier one.
 */
@Component
public class TargetAttainment {

  static final String COUNTING = "target-counting";

  private final RoundTargets targets;
  private final RoundDeadlines deadlines;
  private final OrganisationCatalog organisation;
  private final PolicyDecisions decisions;

  public TargetAttainment(
      RoundTargets targets, RoundDeadlines deadlines, OrganisationCatalog organisation, PolicyDecisions decisions) {
    this.targets = targets;
    this.deadlines = deadlines;
    this.organisation = organisation;
    this.decisions = decisions;
  }

  /** The code of the unit whose lines are the deployment's own targets (the district's, "cấp Quận"). */
  public String ownUnit() {
    return organisation.secretariatServes();
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

    /** Whether the outcome counts towards the target {@code unitType}: a row of {@code target-counting} matches. */
    boolean counts(String unitType, NominationOutcome outcome) {
      return !decisions.policyRows(COUNTING, Variables.createVariables()
          .putValue("unitType", unitType)
          .putValue("nomineeKind", outcome.nomineeKind())
          .putValue("recognitionLevel", outcome.recognitionLevel())
          .putValue("proposedToCity", outcome.proposedToCity())
          .putValue("proposedForBook", outcome.proposedForBook())
          .putValue("outstandingCitizenTitle", outcome.outstandingCitizenTitle())
          .putValue("withdrawn", outcome.withdrawn())).isEmpty();
    }

    /** How many of the outcomes count towards the target {@code unitType}. */
    int count(String unitType, List<NominationOutcome> outcomes) {
      return TargetAttainment.count(outcomes, outcome -> counts(unitType, outcome));
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
    return attainment(unit.code(), unit.name(), "phuong", plan.target("phuong"), plan.count("phuong", own));
  }

  /** A department: its exemplars recognised at any level against the target's share of its headcount. */
  Attainment department(Plan plan, UnitDefinition unit, List<NominationOutcome> own) {
    Target target = plan.target("phong-ban");
    int recognised = plan.count("phong-ban", own);
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
    return attainment(unit.code(), unit.name(), "don-vi-chu-tri", dated, count(own, o -> movement.code().equals(o.movement())
        && o.submittedAt() != null && o.submittedAt().isBefore(by) && plan.counts("don-vi-chu-tri", o)));
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
    return Optional.of(attainment(unit.code(), unit.name(), "don-vi-chu-tri", target, plan.count("don-vi-chu-tri", own)));
  }

  /** The deployment's own targets (the district's): individuals recognised, proposed to the city, the book, the capped title. */
  List<Attainment> district(Plan plan, List<NominationOutcome> all) {
    String code = ownUnit();
    String name = organisation.unit(code).map(UnitDefinition::name).orElse(code);
    return List.of("quan", "de-xuat-thanh-pho", "sach-bong-hoa", "cong-dan-thu-do-uu-tu").stream()
        .map(type -> attainment(code, name, type, plan.target(type), plan.count(type, all)))
        .toList();
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
