package vn.longbien.exemplar.meeting;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.longbien.exemplar.nomination.NominationDecision;
import vn.longbien.exemplar.nomination.ListedDecisions;
import vn.longbien.exemplar.review.ListedForms;
import vn.longbien.exemplar.review.ListedReview;
import vn.longbien.exemplar.review.ListedReview.Step;
import vn.longbien.exemplar.security.CurrentOfficial;
import vn.longbien.exemplar.web.InvalidInputException;

/**
 * Submits a council meeting once: the meeting is marked submitted first (a second submission, or one racing it, is
 * refused with 409), then each nominee's council task is completed through the engine's public task service, under
 * the secretary's own identity, with the meeting's date, attendance and the nominee's votes (or the return for
 * evidence), exactly as the task's form would send them; so the form checks, the {@code council-vote-outcome}
 * table, the nomination's decision record, history and the audit see each vote as if entered in Tasklist. Each
 * completion is its own transaction, with the link of the decisions it recorded to the meeting and the line's
 * result: a task that cannot be completed (completed meanwhile in Tasklist, withdrawn, refused) leaves nothing
 * behind but its line's reason, and the others go on. A submission interrupted (the node stopped between two lines)
 * leaves the meeting submitted with lines without a result; {@link #resume} settles those, and only those.
 */
@Service
public class MeetingSubmission {

  private final CouncilMeetings meetings;
  private final CouncilMeetingRepository repository;
  private final ListedReview review;
  private final ListedDecisions decisions;
  private final CurrentOfficial currentOfficial;
  private final TransactionTemplate transaction;
  private final NewAchievements confirmations;

  MeetingSubmission(CouncilMeetings meetings, CouncilMeetingRepository repository, ListedReview review,
      ListedDecisions decisions, CurrentOfficial currentOfficial, PlatformTransactionManager transactionManager,
      NewAchievements confirmations) {
    this.confirmations = confirmations;
    this.meetings = meetings;
    this.repository = repository;
    this.review = review;
    this.decisions = decisions;
    this.currentOfficial = currentOfficial;
    this.transaction = new TransactionTemplate(transactionManager);
    this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** Submits the draft meeting; returns it with each line's result. */
  public CouncilMeeting submit(Long id) {
    String secretary = currentOfficial.get().userId();
    List<Long> lines = transaction.execute(status -> {
      CouncilMeeting meeting = meetings.own(id);
      CouncilMeetings.requireDraft(meeting);
      if (meeting.getLines().isEmpty()) {
        throw new InvalidInputException("EmptyAgenda",
            "Phiên họp chưa có hồ sơ nào trong chương trình: chọn hồ sơ rồi mới gửi kết quả");
      }
      confirmations.check(meeting);
      meeting.submittedBy(secretary, ClockUtil.getCurrentTime().toInstant());
      repository.saveAndFlush(meeting);
      return meeting.getLines().stream().map(AgendaLine::getId).toList();
    });
    settleEach(id, lines);
    return meetings.read(id);
  }

  /**
   * Settles the lines of a submitted meeting that have no result yet (its submission was interrupted); 409 when the
   * meeting is a draft or every line has its result.
   */
  public CouncilMeeting resume(Long id) {
    List<Long> lines = transaction.execute(status -> {
      CouncilMeeting meeting = meetings.own(id);
      return review.toResume(Step.COUNCIL, meeting.getState(), meeting.getLines(), line -> line.getResult() != null,
          AgendaLine::getId);
    });
    settleEach(id, lines);
    return meetings.read(id);
  }

  private void settleEach(Long id, List<Long> lines) {
    review.settleEach(Step.COUNCIL, "Meeting " + id, AgendaLine.class, lines, line -> line.getResult() != null,
        this::settle, (line, reason) -> line.settle(LineResult.NOT_COMPLETED, null, reason));
  }

  private void settle(AgendaLine line) {
    if (line.getAction() == AgendaAction.NOT_REVIEWED) {
      line.settle(LineResult.LEFT_OPEN, null, "Chưa xét trong phiên họp này; hồ sơ vẫn chờ Hội đồng xét");
      return;
    }
    CouncilMeeting meeting = line.getMeeting();
    List<NominationDecision> recorded = review.complete(Step.COUNCIL, meeting.getUnitCode(), line.getNominationId(),
        task -> variables(meeting, line));
    decisions.linkToMeeting(recorded.stream().map(NominationDecision::getId).toList(), meeting.getId());
    NominationDecision decision = recorded.get(recorded.size() - 1);
    line.settle(LineResult.COMPLETED, decision.getOutcome(), decision.getReason());
  }

  /** What the council's form sends for this line. */
  static Map<String, Object> variables(CouncilMeeting meeting, AgendaLine line) {
    return line.getAction() == AgendaAction.VOTE
        ? ListedForms.councilVote(meeting.getMeetingDate(), meeting.getMembersTotal(), meeting.getMembersPresent(),
            line.getVotesInFavour(), line.getVotesAgainst(), line.getComments(), line.isNewAchievementConfirmed())
        : ListedForms.councilReturn(line.getEvidenceRequest(), line.getEvidenceDueDate());
  }
}
