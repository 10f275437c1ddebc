package vn.longbien.exemplar.review;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Records the city's outcome for each proposal. The city's board records acceptance of the người tốt việc
 * tốt commendation ({@code goodDeedAccepted}) and of the book ({@code bookAccepted}); the title "Công dân
 * Thủ đô ưu tú" follows from the city council's vote ({@code cityMembersTotal}, {@code cityMembersPresent},
 * {@code cityVotesInFavour}, {@code cityVotesAgainst}, {@code cityTitlesAwardedThisYear}) by the
 * {@code council-vote-outcome} decision. Sets {@code cityRecognised} (Boolean) and {@code cityOutcomeReason}.
 */
@Component("cityOutcome")
public class CityOutcome {

  private final DecisionService decisions;
  private final NominationRecorder records;

  public CityOutcome(DecisionService decisions, NominationRecorder records) {
    this.decisions = decisions;
    this.records = records;
  }

  public void record(DelegateExecution execution) {
    List<String> accepted = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    if (flag(execution, "proposeGoodDeed")) {
      boolean yes = flag(execution, "goodDeedAccepted");
      lines.add("Khen thưởng người tốt, việc tốt cấp Thành phố: " + (yes ? "được khen thưởng" : "không được khen thưởng"));
      addIf(accepted, yes, "khen thưởng người tốt, việc tốt cấp Thành phố");
    }
    if (flag(execution, "proposeOutstandingCitizen")) {
      VoteCount vote = VoteCount.read(execution, "city");
      DecisionOutputs outcome =
          new DecisionOutputs(
              CouncilVote.DECISION,
              decisions
                  .evaluateDecisionByKey(CouncilVote.DECISION)
                  .variables(
                      vote.decisionInputs("thanh-pho", "cong-dan-thu-do-uu-tu")
                          .putValue("titlesAwardedThisYear", execution.getVariable("cityTitlesAwardedThisYear")))
                  .evaluate());
      boolean yes = outcome.allTrue("passed");
      execution.setVariable("outstandingCitizenAccepted", yes);
      lines.add("Danh hiệu “Công dân Thủ đô ưu tú”: " + (yes ? "được xét tặng" : "không được xét tặng") + " ("
          + outcome.text("ruleApplied") + "). " + vote.summary());
      addIf(accepted, yes, "danh hiệu “Công dân Thủ đô ưu tú”");
    }
    if (flag(execution, "proposeBook")) {
      boolean yes = flag(execution, "bookAccepted");
      lines.add("Sách “Những bông hoa đẹp”: " + (yes ? "được đưa vào sách" : "không được đưa vào sách"));
      addIf(accepted, yes, "sách “Những bông hoa đẹp”");
    }
    String decision = "quyết định số " + execution.getVariable("cityDecisionNumber") + " ngày " + execution.getVariable("cityDecisionDate");
    lines.add("Theo " + decision);
    boolean recognised = !accepted.isEmpty();
    if (recognised) {
      records.update(execution, nomination -> nomination.recognise("thanh-pho"));
    }
    execution.setVariable("cityRecognised", recognised);
    execution.setVariable(
        "cityOutcomeReason",
        (recognised ? "Thành phố công nhận: " + String.join(", ", accepted) : "Thành phố không công nhận đề xuất") + ", " + decision);
    DossierText.append(execution, "Kết quả xét của Thành phố", lines.toArray(String[]::new));
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
