package vn.longbien.exemplar.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.longbien.exemplar.nomination.AwardedTitles;
import vn.longbien.exemplar.nomination.DecisionOutcome;
import vn.longbien.exemplar.nomination.NominationDecision;

/**
 * Records the city's outcome for each proposal. The city's board records acceptance of the người tốt việc
 * tốt commendation ({@code goodDeedAccepted}) and of the book ({@code bookAccepted}). The title "Công dân
 * Thủ đô ưu tú" follows from two business rule tasks: the city council's vote ({@code cityMembersTotal},
 * {@code cityMembersPresent}, {@code cityVotesInFavour}, {@code cityVotesAgainst}) by
 * {@code council-vote-outcome}, and the yearly cap of {@code yearly-targets} against the titles already
 * awarded in the round's year, counted from the nomination records while the year is held (see
 * {@link AwardedTitles}): two outcomes recorded at the same moment are counted one after the other. Sets {@code cityRecognised} (Boolean)
 * and {@code cityOutcomeReason}.
 */
@Component("cityOutcome")
public class CityOutcome {

  private final NominationRecorder records;
  private final AwardedTitles titles;

  public CityOutcome(NominationRecorder records, AwardedTitles titles) {
    this.records = records;
    this.titles = titles;
  }

  /** End listener of the city council's vote: sets {@code outstandingCitizenVotePassed}, {@code outstandingCitizenVoteRule}. */
  public void voteCounted(DelegateExecution execution, DmnDecisionResult result) {
    DecisionOutputs outcome = new DecisionOutputs("council-vote-outcome", result);
    execution.setVariable("outstandingCitizenVotePassed", outcome.allTrue("passed"));
    execution.setVariable("outstandingCitizenVoteRule", outcome.text("ruleApplied"));
  }

  /**
   * End listener of the yearly cap ({@code yearly-targets}, comparison "at-most"): sets
   * {@code outstandingCitizenAccepted} and {@code outstandingCitizenTitlesAwarded}.
   */
  public void titleCapChecked(DelegateExecution execution, DmnDecisionResult result) {
    DecisionOutputs target = new DecisionOutputs("yearly-targets", result);
    if (!"at-most".equals(target.text("comparison"))) {
      throw new ProcessEngineException(
          "Bảng yearly-targets phải đặt chỉ tiêu “Công dân Thủ đô ưu tú” là số tối đa (at-most), không phải "
              + target.text("comparison"));
    }
    int cap = target.integer("targetValue");
    int year = ((Number) execution.getVariable("roundYear")).intValue();
    long awarded = titles.countHoldingTheYear(year);
    boolean votePassed = Boolean.TRUE.equals(execution.getVariable("outstandingCitizenVotePassed"));
    execution.setVariable("outstandingCitizenTitlesAwarded", awarded);
    execution.setVariable("outstandingCitizenAccepted", votePassed && awarded < cap);
    execution.setVariable(
        "outstandingCitizenCapNote",
        awarded < cap
            ? "trong năm " + year + " đã xét tặng " + awarded + "/" + cap + " danh hiệu"
            : "đã đủ " + cap + " danh hiệu “Công dân Thủ đô ưu tú” trong năm " + year + " (tối đa " + cap
                + " danh hiệu mỗi năm trên toàn Thành phố)");
  }

  public void record(DelegateExecution execution) {
    List<String> accepted = new ArrayList<>();
    if (flag(execution, "proposeGoodDeed")) {
      boolean yes = flag(execution, "goodDeedAccepted");
      addIf(accepted, yes, "khen thưởng người tốt, việc tốt cấp Thành phố");
    }
    boolean title = flag(execution, "proposeOutstandingCitizen") && flag(execution, "outstandingCitizenAccepted");
    if (flag(execution, "proposeOutstandingCitizen")) {
      addIf(accepted, title, "danh hiệu “Công dân Thủ đô ưu tú”");
    }
    if (flag(execution, "proposeBook")) {
      boolean yes = flag(execution, "bookAccepted");
      addIf(accepted, yes, "sách “Những bông hoa đẹp”");
    }
    String decision = "quyết định số " + execution.getVariable("cityDecisionNumber") + " ngày " + execution.getVariable("cityDecisionDate");
    boolean recognised = !accepted.isEmpty();
    if (recognised) {
      records.update(
          execution,
          nomination -> {
            nomination.recognise("thanh-pho");
            if (title) {
              nomination.awardOutstandingCitizenTitle();
            }
          });
    }
    execution.setVariable("cityRecognised", recognised);
    execution.setVariable(
        "cityOutcomeReason",
        (recognised ? "Thành phố công nhận: " + String.join(", ", accepted) : "Thành phố không công nhận đề xuất")
            + (title || !flag(execution, "proposeOutstandingCitizen")
                ? ""
                : "; không xét tặng danh hiệu “Công dân Thủ đô ưu tú”: "
                    + execution.getVariable(
                        flag(execution, "outstandingCitizenVotePassed") ? "outstandingCitizenCapNote" : "outstandingCitizenVoteRule"))
            + ", " + decision);
    Map<String, String> submitted = NominationRecorder.submitted(execution, "cityDecisionNumber", "cityDecisionDate",
        "goodDeedAccepted", "bookAccepted", "cityMembersTotal", "cityMembersPresent", "cityVotesInFavour",
        "cityVotesAgainst");
    String vote = submitted.get("cityMembersTotal") == null ? ""
        : "; Hội đồng Thành phố có mặt " + submitted.get("cityMembersPresent") + "/" + submitted.get("cityMembersTotal")
            + " thành viên, tán thành " + submitted.get("cityVotesInFavour") + ", không tán thành "
            + submitted.get("cityVotesAgainst");
    records.recordDecision(
        execution, null, NominationDecision.Kind.CITY_OUTCOME, "thanh-pho", null,
        flag(execution, "proposeOutstandingCitizen") ? VoteCount.read(execution, "city").asRecorded() : NominationDecision.Votes.NONE,
        (recognised ? DecisionOutcome.RECOGNISED : DecisionOutcome.NOT_RECOGNISED).code(), CouncilVote.text(execution.getVariable("cityDecisionNumber")),
        CouncilVote.text(execution.getVariable("cityDecisionDate")), (String) execution.getVariable("cityOutcomeReason"),
        "Ban Thi đua - Khen thưởng Thành phố ghi nhận kết quả theo " + decision + vote + ". "
            + execution.getVariable("cityOutcomeReason"),
        submitted);
  }

  private static boolean flag(DelegateExecution execution, String name) {
    return Boolean.TRUE.equals(execution.getVariable(name));
  }

  private static void addIf(List<String> accepted, boolean yes, String award) {
    if (yes) {
      accepted.add(award);
    }
  }
}
