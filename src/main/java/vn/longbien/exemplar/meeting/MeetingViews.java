package vn.longbien.exemplar.meeting;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.longbien.exemplar.documents.MeetingPapers;
import vn.longbien.exemplar.nomination.DecisionOutcome;
import vn.longbien.exemplar.nomination.Nomination;
import vn.longbien.exemplar.nomination.NominationQueries;
import vn.longbien.exemplar.review.ListState;

/** What the API and the pages show of a meeting. */
@Component
public class MeetingViews {

  @Schema(name = "Meeting", description = "Phiên họp Hội đồng TĐKT")
  public record MeetingView(
      Long id, String unit, String unitName, String level, LocalDate meetingDate, int membersTotal,
      int membersPresent, String state, String stateLabel, String createdBy, Instant createdAt, String submittedBy,
      Instant submittedAt, List<LineView> lines, Counts counts) {}

  @Schema(name = "MeetingLineView", description = "Một hồ sơ trong chương trình và kết quả khi gửi phiên họp")
  public record LineView(
      String nominationId, String nomineeName, String nominatingUnitName, String action, String actionLabel,
      Integer votesInFavour, Integer votesAgainst, Integer votesAbstaining, String comments, String evidenceRequest,
      LocalDate evidenceDueDate, String result, String resultLabel, String outcome, String outcomeLabel,
      String resultReason,
      @Schema(description = "Hội đồng xác nhận hồ sơ là cho thành tích mới") boolean newAchievementConfirmed) {}

  /**
   * How the agenda stands: on it, voted, returned, left open; after submitting, completed, not completed, and
   * pending (no result yet: the submission is running or was interrupted, and can be resumed).
   */
  public record Counts(int agenda, int voted, int returned, int notReviewed, int completed, int notCompleted,
      int pending) {}

  private final CouncilMeetings meetings;
  private final NominationQueries nominations;

  MeetingViews(CouncilMeetings meetings, NominationQueries nominations) {
    this.meetings = meetings;
    this.nominations = nominations;
  }

  @Transactional(readOnly = true)
  public MeetingView view(CouncilMeeting m) {
    List<LineView> lines = m.getLines().stream().map(this::line).toList();
    Counts counts = new Counts(lines.size(), count(m, AgendaAction.VOTE), count(m, AgendaAction.RETURN),
        count(m, AgendaAction.NOT_REVIEWED),
        (int) m.getLines().stream().filter(l -> l.getResult() == LineResult.COMPLETED).count(),
        (int) m.getLines().stream().filter(l -> l.getResult() == LineResult.NOT_COMPLETED).count(),
        m.getState() == ListState.SUBMITTED ? (int) m.getLines().stream().filter(l -> l.getResult() == null).count() : 0);
    return new MeetingView(m.getId(), m.getUnitCode(), meetings.unitName(m.getUnitCode()), m.getLevel(),
        m.getMeetingDate(), m.getMembersTotal(), m.getMembersPresent(), m.getState().name().toLowerCase(),
        m.getState().label(), m.getCreatedBy(), m.getCreatedAt(), m.getSubmittedBy(), m.getSubmittedAt(), lines, counts);
  }

  private static int count(CouncilMeeting m, AgendaAction action) {
    return (int) m.getLines().stream().filter(l -> l.getAction() == action).count();
  }

  private LineView line(AgendaLine l) {
    Nomination n = nominations.findById(l.getNominationId()).orElse(null);
    return new LineView(l.getNominationId(), n == null ? l.getNominationId() : n.getNomineeName(),
        n == null ? "" : meetings.unitName(n.getNominatingUnit()), l.getAction().code(), l.getAction().label(),
        l.getVotesInFavour(), l.getVotesAgainst(), l.getVotesAbstaining(), l.getComments(), l.getEvidenceRequest(),
        l.getEvidenceDueDate(), l.getResult() == null ? null : l.getResult().name().toLowerCase().replace('_', '-'),
        l.getResult() == null ? null : l.getResult().label(), l.getOutcome(), outcomeLabel(l.getOutcome()),
        l.getResultReason(), l.isNewAchievementConfirmed());
  }

  static String outcomeLabel(String outcome) {
    return DecisionOutcome.labelOf(outcome);
  }

  /** The meeting as its documents print it: the lines completed at submission, in the agenda's order. */
  public static MeetingPapers.Meeting papers(CouncilMeeting m) {
    List<MeetingPapers.Item> items = m.getLines().stream()
        .filter(l -> l.getResult() == LineResult.COMPLETED && l.getOutcome() != null)
        .map(l -> new MeetingPapers.Item(l.getNominationId(), l.getOutcome(), l.getVotesInFavour(), l.getVotesAgainst(),
            l.getVotesAbstaining(), l.getAction() == AgendaAction.RETURN
                ? "bổ sung: " + l.getEvidenceRequest() + "; hạn " + CouncilMeetings.text(l.getEvidenceDueDate())
                : null))
        .toList();
    return new MeetingPapers.Meeting(m.getUnitCode(), m.getMeetingDate(), m.getMembersTotal(), m.getMembersPresent(),
        items);
  }
}
