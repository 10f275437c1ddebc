package vn.longbien.exemplar.campaign;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.longbien.exemplar.campaign.RoundReportLine.Counts;
import vn.longbien.exemplar.campaign.TargetAttainment.Attainment;
import vn.longbien.exemplar.organisation.OrganisationCatalog;
import vn.longbien.exemplar.organisation.OrganisationCatalog.UnitDefinition;
import vn.longbien.exemplar.organisation.UnitKind;

/**
 * Closes a round and keeps its yearly report (plan section IV): per ward and district unit the nominations,
 * those recognised (highest level reached), proposed to the city and still in review, and attainment of
 * the yearly targets of the {@code yearly-targets} decision; then the district's totals.
 */
@Component("roundReport")
public class RoundReport {


  private final NominationOutcomes outcomes;
  private final ReviewRoundRepository rounds;
  private final RoundReportRepository lines;
  private final TargetAttainment attainment;
  private final OrganisationCatalog organisation;

  public RoundReport(
      NominationOutcomes outcomes, ReviewRoundRepository rounds, RoundReportRepository lines,
      TargetAttainment attainment, OrganisationCatalog organisation) {
    this.outcomes = outcomes;
    this.rounds = rounds;
    this.lines = lines;
    this.attainment = attainment;
    this.organisation = organisation;
  }

  /** Closes the instance's round with the secretariat's note, if any; sets {@code reportSummary}. */
  public void close(DelegateExecution execution) {
    int year = ((Number) execution.getVariable("roundYear")).intValue();
    List<RoundReportLine> report = close(year, (String) execution.getVariable("closingNote"));
    execution.setVariable("reportSummary", summary(year, report, attainment.ownUnit()));
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
    TargetAttainment.Plan plan = attainment.plan(year);
    for (UnitDefinition unit : organisation.units()) {
      if (unit.kind() == UnitKind.WARD || unit.kind() == UnitKind.DEPARTMENT) {
        List<NominationOutcome> own = TargetAttainment.own(all, unit);
        Attainment target = unit.kind() == UnitKind.WARD
            ? attainment.ward(plan, unit, own)
            : attainment.leadUnit(plan, unit, own).orElseGet(() -> attainment.department(plan, unit, own));
        report.add(line(year, report.size() + 1, own, target));
      }
    }
    List<Attainment> district = attainment.district(plan, all);
    for (String type : List.of("quan", "de-xuat-thanh-pho")) {
      report.add(line(year, report.size() + 1, all,
          district.stream().filter(line -> line.targetType().equals(type)).findFirst().orElseThrow()));
    }
    report.forEach(lines::save);
    round.close(ClockUtil.getCurrentTime().toInstant(), note);
    rounds.save(round);
    return report;
  }

  private static RoundReportLine line(int year, int lineNo, List<NominationOutcome> outcomes, Attainment target) {
    Counts counts = new Counts(
        outcomes.size(),
        TargetAttainment.count(outcomes, o -> o.recognisedAt("phuong")),
        TargetAttainment.count(outcomes, o -> o.recognisedAt("quan")),
        TargetAttainment.count(outcomes, o -> o.recognisedAt("thanh-pho")),
        TargetAttainment.count(outcomes, NominationOutcome::proposedToCity),
        TargetAttainment.count(outcomes, NominationOutcome::inProgress));
    return new RoundReportLine(year, lineNo, target.unitCode(), target.unitName(), counts, target.description(),
        target.targetValue(), target.achieved(), target.met());
  }

  /** The report in a few lines for the secretariat's task; the whole report is the record. */
  static String summary(int year, List<RoundReportLine> report, String ownUnit) {
    List<RoundReportLine> units = report.stream().filter(line -> !line.getUnitCode().equals(ownUnit)).toList();
    Counts total = report.stream().filter(line -> line.getUnitCode().equals(ownUnit)).findFirst().orElseThrow().getCounts();
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
