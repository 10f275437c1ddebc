package vn.longbien.exemplar.review;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The outcome of a council's vote, from the {@code council-vote-outcome} decision (quorum and pass
 * threshold), never typed by hand. Reads {@code councilMembersTotal}, {@code councilMembersPresent},
 * {@code councilVotesInFavour}, {@code councilVotesAgainst}; sets {@code quorumReached}, {@code votePassed}
 * (Boolean), {@code voteRule} and, when the vote fails, {@code levelOutcome = "not-passed"} with its reason.
 */
@Component("councilVote")
public class CouncilVote {

  static final String DECISION = "council-vote-outcome";

  private final DecisionService decisions;

  public CouncilVote(DecisionService decisions) {
    this.decisions = decisions;
  }

  public void decide(DelegateExecution execution) {
    VoteCount vote = VoteCount.read(execution, "council");
    DecisionOutputs outcome =
        new DecisionOutputs(
            DECISION,
            decisions
                .evaluateDecisionByKey(DECISION)
                .variables(
                    vote.decisionInputs(
                        (String) execution.getVariable("level"), (String) execution.getVariable("awardSought")))
                .evaluate());
    boolean quorum = outcome.allTrue("quorumReached");
    boolean passed = outcome.allTrue("passed");
    String rule = outcome.text("ruleApplied");
    String result =
        (passed ? "Thông qua" : quorum ? "Không thông qua" : "Không đủ số thành viên dự họp") + " (" + rule + ")";
    execution.setVariable("quorumReached", quorum);
    execution.setVariable("votePassed", passed);
    execution.setVariable("voteRule", rule);
    if (!passed) {
      execution.setVariable("levelOutcome", "not-passed");
      execution.setVariable("levelOutcomeReason", execution.getVariable("reviewUnitName") + ": " + result + ". " + vote.summary());
    }
    DossierText.append(
        execution,
        "Hội đồng Thi đua - Khen thưởng " + execution.getVariable("reviewUnitName") + " họp ngày "
            + execution.getVariable("councilMeetingDate"),
        vote.summary(),
        "Kết quả: " + result,
        (String) execution.getVariable("councilComments"));
  }
}
