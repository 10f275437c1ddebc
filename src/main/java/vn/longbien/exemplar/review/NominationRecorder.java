package vn.longbien.exemplar.review;

import java.time.LocalDate;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import vn.longbien.exemplar.calendar.HanoiCalendar;
import vn.longbien.exemplar.nomination.Eligibility;
import vn.longbien.exemplar.nomination.Nomination;
import vn.longbien.exemplar.nomination.DecisionOutcome;
import vn.longbien.exemplar.nomination.NominationDecision;
import vn.longbien.exemplar.nomination.NominationDecisionRepository;
import vn.longbien.exemplar.nomination.NominationRepository;
import vn.longbien.exemplar.nomination.NominationStatus;
import vn.longbien.exemplar.nomination.PublicPostingPeriod;
import vn.longbien.exemplar.nomination.PublicPostingRepository;

/**
 * Writes where a nomination stands to its record, in the transaction of the engine step that moved it.
 * Used by the models' listeners: {@code ${nominationRecord.stepReached(task, 'IN_REVIEW')}} when a task
 * is created, {@code ${nominationRecord.finish(execution, 'RECOGNISED_WARD', levelOutcomeReason)}} at an
 * end event.
 */
@Component("nominationRecord")
public class NominationRecorder {

  private final NominationRepository nominations;
  private final NominationDecisionRepository decisions;
  private final PublicPostingRepository postings;
  private final ExemplarHistory history;

  /** Without the exemplar registry (the process tests). */
  public NominationRecorder(NominationRepository nominations, NominationDecisionRepository decisions,
      PublicPostingRepository postings) {
    this(nominations, decisions, postings, ExemplarHistory.NONE);
  }

  @Autowired
  public NominationRecorder(NominationRepository nominations, NominationDecisionRepository decisions,
      PublicPostingRepository postings, ExemplarHistory history) {
    this.nominations = nominations;
    this.decisions = decisions;
    this.postings = postings;
    this.history = history;
  }

  /** The nominee's earlier rounds, as the registry of exemplars knows them. */
  ExemplarHistory history() {
    return history;
  }

  /** The entry check of the criteria: its result and reasons on the record. */
  void recordEligibility(DelegateExecution execution, Eligibility result, List<String> reasons) {
    update(execution, n -> n.recordEligibility(result, reasons, ClockUtil.getCurrentTime().toInstant()));
  }

  /** A public posting at the execution's level ({@code level}) and review unit. */
  void recordPosting(DelegateExecution execution, String reviewUnit, LocalDate startsOn, LocalDate endsOn,
      int workingDays) {
    postings.save(new PublicPostingPeriod(execution.getProcessBusinessKey(), (String) execution.getVariable("level"),
        reviewUnit, startsOn, endsOn, workingDays, ClockUtil.getCurrentTime().toInstant()));
  }

  /**
   * Create listener of every review task: the record moves to the step, and the task's name in Tasklist gets the
   * reviewing unit and the nominee ({@link TasklistNames}).
   */
  public void stepReached(DelegateTask task, String status) {
    Nomination nomination =
        update(task.getExecution(), n -> n.moveTo(NominationStatus.valueOf(status), task.getTaskDefinitionKey(), null));
    task.setName(TasklistNames.of(task.getName(), (String) task.getVariable("reviewUnitName"), nomination.getNomineeName()));
    if (ModelContract.EVIDENCE_TASK.equals(task.getTaskDefinitionKey())) {
      recordReturnForEvidence(task.getExecution());
    }
    if (ModelContract.CITY_TASK.equals(task.getTaskDefinitionKey())) {
      update(task.getExecution(), Nomination::proposeToCity);
    }
    if (ModelContract.COUNCIL_TASK.equals(task.getTaskDefinitionKey())) {
      warnOfEarlierRecognition(task.getExecution(), nomination.getId());
    }
  }

  /**
   * The council's form shows the warning and the confirmation field when the nominee was already recognised for the
   * same movement ({@code repeatWarned}, {@code repeatWarning}); the vote checks it again ({@link CouncilVote}).
   */
  private void warnOfEarlierRecognition(DelegateExecution execution, String nominationId) {
    java.util.Optional<String> warning = history.repeatWarning(nominationId);
    execution.setVariable(ModelContract.REPEAT_WARNED, warning.isPresent());
    execution.setVariable(ModelContract.REPEAT_WARNING, warning.orElse(null));
  }

  /**
   * The council sent the dossier back for evidence: a decision of the council member who completed the review
   * task, written when the evidence task is created, in that completion's transaction.
   */
  private void recordReturnForEvidence(DelegateExecution execution) {
    Object dueDate = execution.getVariable("evidenceDueDate");
    String byWhen =
        dueDate == null ? "" : "; hạn bổ sung " + HanoiCalendar.text(LocalDate.parse(dueDate.toString().substring(0, 10)));
    recordDecision(
        execution, null, NominationDecision.Kind.RETURN_FOR_EVIDENCE, (String) execution.getVariable("level"), null,
        NominationDecision.Votes.NONE, DecisionOutcome.RETURNED.code(), null, null,
        "Yêu cầu bổ sung: " + execution.getVariable("evidenceRequest") + byWhen,
        "Hội đồng Thi đua - Khen thưởng" + unitName(execution) + " trả hồ sơ cho đơn vị đề cử để bổ sung: "
            + execution.getVariable("evidenceRequest") + byWhen,
        submitted(execution, "evidenceRequest", "evidenceDueDate", "councilComments"));
  }

  /**
   * The secretariat's finding on a pending discipline, inspection or complaint ({@code upheld}: the review stops;
   * {@code settled}: it goes on), recorded when its task completes.
   */
  void recordPendingMatter(DelegateTask task) {
    DelegateExecution execution = task.getExecution();
    boolean upheld = DecisionOutcome.UPHELD.is(String.valueOf(execution.getVariable("pendingMatterOutcome")));
    String note = CouncilVote.text(execution.getVariable("pendingMatterNote"));
    String summary = (upheld
        ? "Kỷ luật, thanh tra, khiếu nại được kết luận có vi phạm: dừng xét"
        : "Kỷ luật, thanh tra, khiếu nại đã giải quyết, không vi phạm: tiếp tục xét")
        + (note == null ? "" : ". " + note);
    Object level = execution.getVariable("level") != null ? execution.getVariable("level") : execution.getVariable("entryLevel");
    recordDecision(execution, task, NominationDecision.Kind.PENDING_MATTER, level == null ? "" : level.toString(), null,
        NominationDecision.Votes.NONE, (upheld ? DecisionOutcome.UPHELD : DecisionOutcome.SETTLED).code(), null, null, note, summary,
        submitted(execution, "pendingMatterOutcome", "pendingMatterNote"));
  }

  /** " " and the reviewing unit's name, or nothing outside a level's review. */
  static String unitName(DelegateExecution execution) {
    Object name = execution.getVariable("reviewUnitName");
    return name == null ? "" : " " + name;
  }

  /**
   * What the official submitted for the step, under the names the step's form gives them, as text: kept on the
   * decision as the evidence the audit shows.
   */
  static Map<String, String> submitted(DelegateExecution execution, String... names) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String name : names) {
      Object value = execution.getVariable(name);
      if (value instanceof Date date) {
        values.put(name, date.toInstant().toString());
      } else if (value != null) {
        values.put(name, value.toString());
      }
    }
    return values;
  }

  /**
   * The nominee's name as the record holds it: read by the task names of model versions deployed before the
   * names were set by {@link #stepReached}, whose instances may still be running.
   */
  public String nomineeName(DelegateExecution execution) {
    return nomination(execution).getNomineeName();
  }

  public void finish(DelegateExecution execution, String status, String reason) {
    update(execution, n -> n.moveTo(NominationStatus.valueOf(status), execution.getCurrentActivityId(), reason));
  }

  Nomination nomination(DelegateExecution execution) {
    String id = execution.getProcessBusinessKey();
    return nominations
        .findById(id)
        .orElseThrow(() -> new ProcessEngineException("Không tìm thấy hồ sơ đề cử " + id));
  }

  Nomination update(DelegateExecution execution, Consumer<Nomination> change) {
    Nomination nomination = nomination(execution);
    change.accept(nomination);
    return nominations.save(nomination);
  }

  /**
   * Adds a decision to the nomination's record, in the transaction of the step that takes it; the actor is
   * the official whose call runs the step (who completed the task). The record names the task that carried it
   * ({@code task}, or the task of the instance completed last in this engine call, see {@link CompletedTasks}),
   * the model version and the reviewing unit, with the sentence the audit shows ({@code summary}) and what was
   * submitted ({@code submitted}): what the readers of the record need, so that none of them reads the models.
   */
  void recordDecision(
      DelegateExecution execution, DelegateTask task, NominationDecision.Kind kind, String level, String meetingDate,
      NominationDecision.Votes votes, String outcome, String decisionNumber, String decisionDate, String reason,
      String summary, Map<String, String> submitted) {
    Authentication caller = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    CompletedTasks.Completed carrier = task != null
        ? new CompletedTasks.Completed(task.getId(), task.getTaskDefinitionKey())
        : CompletedTasks.lastIn(execution.getProcessInstanceId()).orElse(null);
    Object reviewUnit = execution.getVariable("reviewUnit");
    decisions.save(new NominationDecision(
        execution.getProcessBusinessKey(), level, execution.getCurrentActivityId(), kind,
        caller == null ? null : caller.getUserId(), meetingDate, votes, outcome, decisionNumber, decisionDate, reason,
        ClockUtil.getCurrentTime().toInstant())
        .takenAt(carrier == null ? null : carrier.taskId(), carrier == null ? null : carrier.taskKey(),
            execution.getProcessDefinitionId(), reviewUnit == null ? null : reviewUnit.toString(), summary, submitted));
  }
}
