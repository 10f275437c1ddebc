package vn.longbien.exemplar.campaign;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.longbien.exemplar.campaign.RoundReportLine.Counts;
import vn.longbien.exemplar.campaign.RoundTargets.Target;
import vn.longbien.exemplar.organisation.OrganisationCatalog;
import vn.longbien.exemplar.organisation.OrganisationCatalog.MovementDefinition;
import vn.longbien.exemplar.organisation.OrganisationCatalog.UnitDefinition;
import vn.longbien.exemplar.organisation.UnitKind;

/**
 * Closes a round and keeps its yearly report (plan section IV): per ward and district unit the nominations,
 * those recognised (highest level reached), proposed to the city and still in review, and attainment of
 * the yearly targets of the {@code yearly-targets} decision; then the district's totals.
 */
@Component("roundReport")
public class RoundReport {

  private static final String DISTRICT = "quan-longbien";

  private final NominationOutcomes outcomes;
  private final ReviewRoundRepository rounds;
  private final RoundReportRepository lines;
  private final RoundTargets targets;
  private final OrganisationCatalog organisation;

  public RoundReport(
      NominationOutcomes outcomes, ReviewRoundRepository rounds, RoundReportRepository lines, RoundTargets targets,
      OrganisationCatalog organisation) {
    this.outcomes = outcomes;
    this.rounds = rounds;
    this.lines = lines;
    this.targets = targets;
    this.organisation = organisation;
  }

  /** Closes the instance's round with the secretariat's note, if any; sets {@code reportSummary}. */
  public void close(DelegateExecution execution) {
    int year = ((Number) execution.getVariable("roundYear")).intValue();
    List<RoundReportLine> report = close(year, (String) execution.getVariable("closingNote"));
    execution.setVariable("reportSummary", summary(year, report));
  }

  /** The report of a closed round is kept as it was at the close; closing again returns it unchanged. */
  @Transactional
  public List<RoundReportLine> close(int year, String note) {
    ReviewRound round =
        rounds.findById(year).orElseThrow(() -> new ProcessEngineException("Chưa mở đợt bình xét năm " + year));
    if (round.getStatus() == RoundStatus.CLOSED) {
      return lines.findByRoundYearOrderByLineNo(year);
    }
    List<NominationOutcome> all = outcomes.outcomesOf(year);
    List<RoundReportLine> report = new ArrayList<>();
    for (UnitDefinition unit : organisation.units()) {
      if (unit.kind() == UnitKind.WARD || unit.kind() == UnitKind.DEPARTMENT) {
        List<NominationOutcome> own = all.stream().filter(o -> o.nominatingUnit().equals(unit.code())).toList();
        report.add(unitLine(year, report.size() + 1, unit, own));
      }
    }
    String district = organisation.unit(DISTRICT).map(UnitDefinition::name).orElse(DISTRICT);
    report.add(line(year, report.size() + 1, DISTRICT, district, all, targets.of("quan", year),
        count(all, o -> isIndividual(o) && (o.recognisedAt("quan") || o.recognisedAt("thanh-pho")))));
    report.add(line(year, report.size() + 1, DISTRICT, district, all, targets.of("de-xuat-thanh-pho", year),
        count(all, o -> isIndividual(o) && o.proposedToCity())));
    report.forEach(lines::save);
    round.close(ClockUtil.getCurrentTime().toInstant(), note);
    rounds.save(round);
    return report;
  }

  private RoundReportLine unitLine(int year, int lineNo, UnitDefinition unit, List<NominationOutcome> own) {
    if (unit.kind() == UnitKind.WARD) {
      return line(year, lineNo, unit.code(), unit.name(), own, targets.of("phuong", year),
          count(own, o -> o.recognitionLevel() != null));
    }
    long movementsLed = organisation.movements().stream()
        .filter(movement -> Optional.ofNullable(movement.leadUnits()).orElse(List.of()).contains(unit.code()))
        .map(MovementDefinition::code)
        .count();
    if (movementsLed > 0) {
      Target perMovement = targets.of("don-vi-chu-tri", year);
      Target target = new Target(perMovement.comparison(), perMovement.measure(), perMovement.value() * movementsLed,
          perMovement.description() + (movementsLed > 1 ? " × " + movementsLed + " phong trào" : ""));
      return line(year, lineNo, unit.code(), unit.name(), own, target, count(own, o -> !o.withdrawn()));
    }
    return line(year, lineNo, unit.code(), unit.name(), own, targets.of("phong-ban", year), null);
  }

  private static RoundReportLine line(
      int year, int lineNo, String code, String name, List<NominationOutcome> outcomes, Target target, Integer achieved) {
    Counts counts = new Counts(
        outcomes.size(),
        count(outcomes, o -> o.recognisedAt("phuong")),
        count(outcomes, o -> o.recognisedAt("quan")),
        count(outcomes, o -> o.recognisedAt("thanh-pho")),
        count(outcomes, NominationOutcome::proposedToCity),
        count(outcomes, NominationOutcome::inProgress));
    boolean measurable = target.countable() && achieved != null;
    String text = target.description() + (measurable ? "" : " – chưa đủ số liệu để đánh giá");
    return new RoundReportLine(year, lineNo, code, name, counts, text, target.value(),
        measurable ? achieved : null, measurable ? target.metBy(achieved) : null);
  }

  private static boolean isIndividual(NominationOutcome outcome) {
    return "ca-nhan".equals(outcome.nomineeKind());
  }

  private static int count(List<NominationOutcome> outcomes, Predicate<NominationOutcome> which) {
    return (int) outcomes.stream().filter(which).count();
  }

  /** The report in a few lines for the secretariat's task; the whole report is the record. */
  static String summary(int year, List<RoundReportLine> report) {
    List<RoundReportLine> units = report.stream().filter(line -> !line.getUnitCode().equals(DISTRICT)).toList();
    Counts total = report.stream().filter(line -> line.getUnitCode().equals(DISTRICT)).findFirst().orElseThrow().getCounts();
    List<String> red = report.stream().filter(line -> Boolean.FALSE.equals(line.getTargetMet()))
        .map(line -> line.getUnitName() + " (" + line.getAchievedValue() + "/" + Math.round(line.getTargetValue()) + ")")
        .toList();
    String text = "Năm " + year + ": " + total.nominations() + " hồ sơ đề cử của " + units.size() + " đơn vị; công nhận cao nhất cấp phường "
        + total.recognisedWard() + ", cấp quận " + total.recognisedDistrict() + ", cấp Thành phố " + total.recognisedCity()
        + "; đề xuất Thành phố " + total.proposedCity() + "; còn đang xét " + total.inProgress() + ".\n\nChỉ tiêu đạt: "
        + report.stream().filter(line -> Boolean.TRUE.equals(line.getTargetMet())).count() + "; chưa đạt: " + red.size()
        + "; chưa đủ số liệu: " + report.stream().filter(line -> line.getTargetMet() == null).count() + "."
        + (red.isEmpty() ? "" : "\n\nChưa đạt: " + String.join("; ", red) + ".");
    return RoundWork.fitted(text);
  }
}
