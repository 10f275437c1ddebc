package vn.longbien.exemplar.meeting;

import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.longbien.exemplar.forms.FormDataRefusedException;
import vn.longbien.exemplar.nomination.NominationDecision;
import vn.longbien.exemplar.organisation.OrganisationCatalog;
import vn.longbien.exemplar.security.CurrentOfficial;

/**
 * Submits a council meeting once: the meeting is marked submitted first (a second submission, or one racing it, is
 * refused with 409), then each nominee's council task is completed through the engine's public task service, under
 * the secretary's own identity, with the meeting's date, attendance and the nominee's votes (or the return for
 * evidence), exactly as the task's form would send them; so the form checks, the {@code council-vote-outcome}
 * table, the nomination's decision record, history and the audit see each vote as if entered in Tasklist. Each
 * completion is its own transaction, with the link of the decisions it recorded to the meeting and the line's
 * result: a task that cannot be completed (completed meanwhile in Tasklist, withdrawn, refused) leaves nothing
 * behind but its line's reason, and the others go on.
 */
@Service
public class MeetingSubmission {

  private static final Logger log = LoggerFactory.getLogger(MeetingSubmission.class);
  private static final List<String> COUNCIL_DECISIONS =
      List.of(NominationDecision.Kind.COUNCIL_VOTE.name(), NominationDecision.Kind.RETURN_FOR_EVIDENCE.name());

  private final CouncilMeetings meetings;
  private final CouncilMeetingRepository repository;
  private final EntityManager entityManager;
  private final TaskService tasks;
  private final CurrentOfficial currentOfficial;
  private final TransactionTemplate eachOnItsOwn;

  MeetingSubmission(CouncilMeetings meetings, CouncilMeetingRepository repository, EntityManager entityManager,
      TaskService tasks, CurrentOfficial currentOfficial, PlatformTransactionManager transactionManager) {
    this.meetings = meetings;
    this.repository = repository;
    this.entityManager = entityManager;
    this.tasks = tasks;
    this.currentOfficial = currentOfficial;
    this.eachOnItsOwn = new TransactionTemplate(transactionManager);
    this.eachOnItsOwn.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** Submits the draft meeting; returns it with each line's result. */
  public CouncilMeeting submit(Long id) {
    String secretary = currentOfficial.get().userId();
    List<Long> lines = eachOnItsOwn.execute(status -> {
      CouncilMeeting meeting = meetings.own(id);
      CouncilMeetings.requireDraft(meeting);
      if (meeting.getLines().isEmpty()) {
        throw new vn.longbien.exemplar.web.InvalidInputException("EmptyAgenda",
            "Phiên họp chưa có hồ sơ nào trong chương trình: chọn hồ sơ rồi mới gửi kết quả");
      }
      meeting.submittedBy(secretary, ClockUtil.getCurrentTime().toInstant());
      repository.saveAndFlush(meeting);
      return meeting.getLines().stream().map(AgendaLine::getId).toList();
    });
    for (Long lineId : lines) {
      try {
        eachOnItsOwn.executeWithoutResult(status -> settle(lineId));
      } catch (RuntimeException refused) {
        String reason = reason(refused);
        log.info("Meeting {}: agenda line {} not completed: {}", id, lineId, refused.toString());
        eachOnItsOwn.executeWithoutResult(status ->
            entityManager.find(AgendaLine.class, lineId).settle(LineResult.NOT_COMPLETED, null, reason));
      }
    }
    return meetings.read(id);
  }

  private void settle(Long lineId) {
    AgendaLine line = entityManager.find(AgendaLine.class, lineId);
    if (line.getAction() == AgendaAction.NOT_REVIEWED) {
      line.settle(LineResult.LEFT_OPEN, null, "Chưa xét trong phiên họp này; hồ sơ vẫn chờ Hội đồng xét");
      return;
    }
    CouncilMeeting meeting = line.getMeeting();
    String group = OrganisationCatalog.groupId(meeting.getUnitCode(), CouncilMeetings.COUNCIL_ROLE);
    Task task = tasks.createTaskQuery().processInstanceBusinessKey(line.getNominationId())
        .taskDefinitionKey(CouncilMeetings.COUNCIL_TASK).taskCandidateGroup(group).includeAssignedTasks().active()
        .singleResult();
    if (task == null) {
      throw new LineRefused("Hồ sơ không còn chờ Hội đồng xét: công việc bình xét đã được hoàn thành (trong Tasklist"
          + " hoặc phiên họp khác), hoặc hồ sơ đã rút, đang tạm dừng");
    }
    Long before = entityManager.createQuery(
            "select max(d.id) from NominationDecision d where d.nominationId = :id", Long.class)
        .setParameter("id", line.getNominationId()).getSingleResult();
    tasks.complete(task.getId(), variables(meeting, line));
    List<NominationDecision> recorded = entityManager.createQuery(
            "select d from NominationDecision d where d.nominationId = :id and d.id > :before and d.kind in :kinds"
                + " order by d.id", NominationDecision.class)
        .setParameter("id", line.getNominationId()).setParameter("before", before == null ? 0L : before)
        .setParameter("kinds", COUNCIL_DECISIONS).getResultList();
    if (recorded.isEmpty()) {
      throw new LineRefused("Công việc đã hoàn thành nhưng không ghi nhận được quyết định của Hội đồng");
    }
    entityManager.createQuery("update NominationDecision d set d.meetingId = :meeting where d.id in :ids")
        .setParameter("meeting", meeting.getId())
        .setParameter("ids", recorded.stream().map(NominationDecision::getId).toList()).executeUpdate();
    NominationDecision decision = recorded.get(recorded.size() - 1);
    line.settle(LineResult.COMPLETED, decision.getOutcome(), decision.getReason());
  }

  /** The council task's form fields, as the form sends them for this line. */
  static Map<String, Object> variables(CouncilMeeting meeting, AgendaLine line) {
    Map<String, Object> variables = new LinkedHashMap<>();
    if (line.getAction() == AgendaAction.VOTE) {
      variables.put("councilAction", "vote");
      variables.put("councilMeetingDate", meeting.getMeetingDate().toString());
      variables.put("councilMembersTotal", meeting.getMembersTotal());
      variables.put("councilMembersPresent", meeting.getMembersPresent());
      variables.put("councilVotesInFavour", line.getVotesInFavour());
      variables.put("councilVotesAgainst", line.getVotesAgainst());
      if (line.getComments() != null) {
        variables.put("councilComments", line.getComments());
      }
    } else {
      variables.put("councilAction", "return");
      variables.put("evidenceRequest", line.getEvidenceRequest());
      variables.put("evidenceDueDate", line.getEvidenceDueDate().toString());
    }
    return variables;
  }

  private static String reason(RuntimeException refused) {
    if (refused instanceof LineRefused || refused instanceof FormDataRefusedException) {
      return refused.getMessage();
    }
    if (refused instanceof AuthorizationException) {
      return "Không có quyền hoàn thành công việc bình xét của hồ sơ này";
    }
    if (refused instanceof ProcessEngineException) {
      return "Không hoàn thành được công việc bình xét: " + refused.getMessage();
    }
    return "Không hoàn thành được công việc bình xét (lỗi hệ thống; xem nhật ký)";
  }

  /** Why a line's task was not completed, in Vietnamese. */
  static final class LineRefused extends RuntimeException {
    LineRefused(String message) {
      super(message);
    }
  }
}
