package vn.longbien.exemplar.review;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the council's and the chairman's forms send for one nominee, built for a list recorded in the application
 * (a council meeting, a chairman's decision) that completes the nominee's task through {@link ListedReview}. The
 * form fields' names are known here, beside the glue that reads them and the {@link ModelContract} that keeps
 * them in the forms: the meeting and decision features pass what was decided, not field names.
 */
public final class ListedForms {

  private ListedForms() {}

  /**
   * The council's vote on a nominee at a meeting; {@code newAchievementConfirmed}: the council confirmed that a
   * nominee already recognised for the same movement is nominated for a new achievement (the registry's warning).
   */
  public static Map<String, Object> councilVote(LocalDate meetingDate, int membersTotal, int membersPresent,
      Integer votesInFavour, Integer votesAgainst, String comments, boolean newAchievementConfirmed) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("councilAction", "vote");
    variables.put("councilMeetingDate", meetingDate.toString());
    variables.put("councilMembersTotal", membersTotal);
    variables.put("councilMembersPresent", membersPresent);
    variables.put("councilVotesInFavour", votesInFavour);
    variables.put("councilVotesAgainst", votesAgainst);
    if (comments != null) {
      variables.put("councilComments", comments);
    }
    if (newAchievementConfirmed) {
      variables.put(ModelContract.NEW_ACHIEVEMENT_CONFIRMED, true);
    }
    return variables;
  }

  /** The council sends the dossier back to its nominating unit for evidence, by a day. */
  public static Map<String, Object> councilReturn(String evidenceRequest, LocalDate evidenceDueDate) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("councilAction", "return");
    variables.put("evidenceRequest", evidenceRequest);
    variables.put("evidenceDueDate", evidenceDueDate.toString());
    return variables;
  }

  /**
   * The chairman's decision on a nominee (hidden fields left out): recognised or not, the proposals upward (to the
   * district: {@code upward}; to the city: the three others), the decision's number and date when recognised, and
   * a reason when nothing is proposed.
   */
  public static Map<String, Object> chairmanDecision(boolean recognised, boolean toDistrict, boolean upward,
      boolean goodDeed, boolean outstandingCitizen, boolean book, String decisionNumber, LocalDate decisionDate,
      String reason) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("recognised", recognised);
    if (toDistrict) {
      variables.put("proposeUpward", upward);
    } else {
      variables.put("proposeGoodDeed", goodDeed);
      variables.put("proposeOutstandingCitizen", outstandingCitizen);
      variables.put("proposeBook", book);
    }
    if (recognised) {
      variables.put("decisionNumber", decisionNumber);
      variables.put("decisionDate", decisionDate.toString());
    }
    boolean anyProposal = toDistrict ? upward : goodDeed || outstandingCitizen || book;
    if (!(recognised && anyProposal)) {
      variables.put("decisionReason", reason == null ? "Không đề xuất lên cấp trên" : reason);
    }
    return variables;
  }
}
