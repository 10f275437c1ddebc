package vn.longbien.exemplar.review;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.longbien.exemplar.nomination.DecisionOutcome;
import vn.longbien.exemplar.nomination.NominationDecision;

/**
 * Glue of the business rule task that evaluates {@code council-vote-outcome} (quorum and pass threshold):
 * the outcome of a vote is never typed by hand. The counts are checked here first, so that impossible
 * numbers are refused with a clear message; they reach the decision as transient inputs
 * ({@code membersTotal}, {@code membersPresent}, {@code votesInFavour}).
 */
@Component("councilVote")
public class CouncilVote {

  private final NominationRecorder records;

  public CouncilVote(NominationRecorder records) {
    this.records = records;
  }

  /** Start listener: the vote recorded under {@code <prefix>MembersTotal} etc. ("council" or "city") as inputs. */
  public void supplyInputs(DelegateExecution execution, String prefix) {
    VoteCount vote = VoteCount.read(execution, prefix);
    EligibilityCheck.transientInput(execution, "membersTotal", vote.membersTotal());
    EligibilityCheck.transientInput(execution, "membersPresent", vote.membersPresent());
    EligibilityCheck.transientInput(execution, "votesInFavour", vote.votesInFavour());
  }

  /**
   * End listener at a level's council: sets {@code quorumReached}, {@code votePassed} (Boolean),
   * {@code voteRule} and, when the vote fails, {@code levelOutcome = "not-passed"} with its reason.
   */
  public void decide(DelegateExecution execution, DmnDecisionResult result) {
    VoteCount vote = VoteCount.read(execution, "council");
    DecisionOutputs outcome = new DecisionOutputs("council-vote-outcome", result);
    boolean quorum = outcome.allTrue("quorumReached");
    boolean passed = outcome.allTrue("passed");
    String rule = outcome.text("ruleApplied");
    String summary =
        outcome(passed, quorum).label() + " (" + rule + ")";
    String confirmation = passed ? confirmNewAchievement(execution) : null;
    execution.setVariable("quorumReached", quorum);
    execution.setVariable("votePassed", passed);
    execution.setVariable("voteRule", rule);
    if (!passed) {
      execution.setVariable("levelOutcome", "not-passed");
      execution.setVariable("levelOutcomeReason", execution.getVariable("reviewUnitName") + ": " + summary + ". " + vote.summary());
    }
    String comments = (String) execution.getVariable("councilComments");
    records.recordDecision(
        execution, null, NominationDecision.Kind.COUNCIL_VOTE, (String) execution.getVariable("level"),
        text(execution.getVariable("councilMeetingDate")), vote.asRecorded(),
        outcome(passed, quorum).code(),
        null, null,
        joined(joined(summary, confirmation), comments),
        "Hội đồng Thi đua - Khen thưởng" + NominationRecorder.unitName(execution) + " họp ngày "
            + execution.getVariable("councilMeetingDate") + ": có mặt " + vote.membersPresent() + "/"
            + vote.membersTotal() + " thành viên; tán thành " + vote.votesInFavour() + ", không tán thành "
            + vote.votesAgainst() + (comments == null ? "" : ". Ý kiến: " + comments)
            + (confirmation == null ? "" : ". " + confirmation),
        NominationRecorder.submitted(execution, "councilMeetingDate", "councilMembersTotal", "councilMembersPresent",
            "councilVotesInFavour", "councilVotesAgainst", "councilComments", ModelContract.NEW_ACHIEVEMENT_CONFIRMED));
  }

  private static DecisionOutcome outcome(boolean passed, boolean quorum) {
    return passed ? DecisionOutcome.PASSED : quorum ? DecisionOutcome.NOT_PASSED : DecisionOutcome.NO_QUORUM;
  }

  /**
   * A nominee the council was warned of when its task was created ({@code repeatWarned}, {@code repeatWarning}: the
   * registry's table evaluated once, then) passes only with the council's confirmation that the nomination is for a
   * new achievement: without it the vote is refused, and nothing of the completion is stored. The vote goes by what
   * the form showed: a recognition recorded after the task was created neither refuses nor asks anything. The
   * confirmation is recorded with the vote; returns its sentence.
   */
  private String confirmNewAchievement(DelegateExecution execution) {
    if (!Boolean.TRUE.equals(execution.getVariable(ModelContract.REPEAT_WARNED))) {
      return null;
    }
    String warning = (String) execution.getVariable(ModelContract.REPEAT_WARNING);
    if (!Boolean.TRUE.equals(execution.getVariable(ModelContract.NEW_ACHIEVEMENT_CONFIRMED))) {
      throw new BadUserRequestException(warning + " Hội đồng chưa xác nhận hồ sơ đề cử này là cho thành tích mới"
          + " (newAchievementConfirmed): chưa ghi nhận kết quả thông qua.");
    }
    Authentication caller = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    records.history().confirmNewAchievement(execution.getProcessBusinessKey(), (String) execution.getVariable("level"),
        caller == null ? null : caller.getUserId(), warning);
    return "Hội đồng xác nhận hồ sơ đề cử là cho thành tích mới (" + warning + ")";
  }

  static String text(Object value) {
    return value == null ? null : value.toString();
  }

  static String joined(String first, String second) {
    return second == null || second.isBlank() ? first : first + ". " + second;
  }
}
