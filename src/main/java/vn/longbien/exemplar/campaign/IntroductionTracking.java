package vn.longbien.exemplar.campaign;

import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import vn.longbien.exemplar.calendar.HanoiCalendar;
import vn.longbien.exemplar.campaign.RoundDeadlines.Deadline;
import vn.longbien.exemplar.organisation.OrganisationCatalog;
import vn.longbien.exemplar.organisation.OrganisationCatalog.MovementDefinition;
import vn.longbien.exemplar.organisation.OrganisationCatalog.UnitDefinition;
import vn.longbien.exemplar.review.ModelContract;
import vn.longbien.exemplar.review.ReviewReminder;

/**
 * Follows each lead unit's yearly introduction of exemplars (PHỤ LỤC of the plan): one
 * {@code unit-introduction} instance per movement, lead unit and year, business key
 * {@code <year>-<movement>-<unit>}, against the {@code don-vi-chu-tri} target by the movement's own date.
 */
@Component("introductionTracking")
public class IntroductionTracking {

  static final String PROCESS = ModelContract.UNIT_INTRODUCTION;
  static final String UNIT_TASK = ModelContract.INTRODUCTION_TASK;

  private final OrganisationCatalog organisation;
  private final RoundDeadlines deadlines;
  private final RoundTargets targets;
  private final NominationOutcomes outcomes;
  private final RuntimeService runtime;
  private final HistoryService history;
  private final TaskService tasks;
  private final ReviewReminder reminders;

  public IntroductionTracking(
      OrganisationCatalog organisation, RoundDeadlines deadlines, RoundTargets targets, NominationOutcomes outcomes,
      RuntimeService runtime, HistoryService history, TaskService tasks, ReviewReminder reminders) {
    this.organisation = organisation;
    this.deadlines = deadlines;
    this.targets = targets;
    this.outcomes = outcomes;
    this.runtime = runtime;
    this.history = history;
    this.tasks = tasks;
    this.reminders = reminders;
  }

  /**
   * Starts the follow-up of every movement's lead units for the round's year, once per year; shortfalls go to
   * the round's {@code secretariatGroup}.
   */
  public void startForRound(DelegateExecution execution) {
    int year = year(execution);
    for (MovementDefinition movement : organisation.movements()) {
      for (String unit : movement.leadUnits()) {
        String key = year + "-" + movement.code() + "-" + unit;
        boolean started =
            history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS).processInstanceBusinessKey(key).count() > 0;
        if (!started) {
          runtime.startProcessInstanceByKey(
              PROCESS, key,
              Variables.createVariables()
                  .putValue("roundYear", year)
                  .putValue("movement", movement.code())
                  .putValue("leadUnit", unit)
                  .putValue("secretariatGroup", execution.getVariable("secretariatGroup")));
        }
      }
    }
  }

  /**
   * Sets {@code introductionDeadline}, {@code introductionReminderDate}, {@code introductionDeadlineText},
   * {@code introductionTarget}, {@code leadUnitName}, {@code movementName}.
   */
  public void plan(DelegateExecution execution) {
    int year = year(execution);
    String movement = (String) execution.getVariable("movement");
    Deadline deadline = deadlines.introduction(movement, year);
    execution.setVariable("introductionDeadline", HanoiCalendar.startOf(deadline.day()));
    execution.setVariable("introductionReminderDate", HanoiCalendar.startOf(deadline.reminderDay()));
    execution.setVariable("introductionDeadlineText", HanoiCalendar.text(deadline.day()));
    execution.setVariable("introductionTarget", (int) targets.of("don-vi-chu-tri", year).value());
    execution.setVariable(
        "leadUnitName",
        organisation.unit((String) execution.getVariable("leadUnit")).map(UnitDefinition::name).orElseThrow());
    execution.setVariable(
        "movementName",
        organisation.movement(movement).orElseThrow().name());
  }

  /** Sets {@code introducedCount} and {@code targetMet} from the nominations the unit has submitted. */
  public void count(DelegateExecution execution) {
    long introduced =
        outcomes.countIntroductions(
            year(execution), (String) execution.getVariable("leadUnit"), (String) execution.getVariable("movement"));
    int target = ((Number) execution.getVariable("introductionTarget")).intValue();
    execution.setVariable("introducedCount", introduced);
    execution.setVariable("targetMet", introduced >= target);
  }

  /** Before the date: counts, and reminds the unit on its open task how far it is from the target (ReviewReminder). */
  public void remind(DelegateExecution execution) {
    count(execution);
    Task task =
        tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey(UNIT_TASK).singleResult();
    if (task != null) {
      reminders.remind(tasks, task,
          "Nhắc hạn: đơn vị đã giới thiệu " + execution.getVariable("introducedCount") + "/"
              + execution.getVariable("introductionTarget") + " điển hình, hạn giới thiệu trước ngày "
              + execution.getVariable("introductionDeadlineText") + ".");
    }
  }

  private static int year(DelegateExecution execution) {
    return ((Number) execution.getVariable("roundYear")).intValue();
  }
}
