package vn.longbien.exemplar.review;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.springframework.stereotype.Component;
import vn.longbien.exemplar.calendar.HanoiCalendar;

/**
 * The one way the application reminds officials of a deadline, and the one priority of a reminded task. A
 * reminded task stays open with its assignee, candidates, due date and variables as they were; it moves up in
 * Tasklist (priority {@link #REMINDED_PRIORITY}, shown on the task's card, which the "Sắp đến hạn" filter
 * selects) and carries a comment saying what is due, which whoever may open the task reads under its history.
 * Nothing is decided or closed by a reminder. It is used by the review tasks' non-interrupting timers
 * ({@link #remind(DelegateExecution)}), by the lead units' introduction reminder ({@code campaign/IntroductionTracking})
 * and, through {@code ${reviewReminder.priority}}, by the models' escalation tasks, which are created already
 * reminded.
 */
@Component("reviewReminder")
public class ReviewReminder {

  /** Above Camunda's default of 50, so a reminded task sorts before the others of its group. */
  public static final int REMINDED_PRIORITY = 75;

  /** {@link #REMINDED_PRIORITY}, for the models: {@code camunda:priority="${reviewReminder.priority}"}. */
  public int getPriority() {
    return REMINDED_PRIORITY;
  }

  /** Start listener of the reminder timer attached to a user task of the same process instance. */
  public void remind(DelegateExecution execution) {
    String taskKey = ((BoundaryEvent) execution.getBpmnModelElementInstance()).getAttachedTo().getId();
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    Task task = tasks.createTaskQuery()
        .processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(taskKey)
        .singleResult();
    remind(tasks, task, text(task));
  }

  /** Reminds an open task: raises it to the reminded priority (never lowers it) and leaves {@code text} on it. */
  public void remind(TaskService tasks, Task task, String text) {
    if (task.getPriority() < REMINDED_PRIORITY) {
      tasks.setPriority(task.getId(), REMINDED_PRIORITY);
    }
    tasks.createComment(task.getId(), task.getProcessInstanceId(), text);
  }

  static String text(Task task) {
    LocalDate due = task.getDueDate().toInstant().atZone(HanoiCalendar.ZONE).toLocalDate();
    long daysLeft = ChronoUnit.DAYS.between(HanoiCalendar.today(), due);
    String deadline = "trước ngày " + HanoiCalendar.text(due);
    return daysLeft > 0
        ? "Nhắc hạn: công việc này cần hoàn thành " + deadline + ", còn " + daysLeft + " ngày."
        : "Nhắc hạn: công việc này đã quá hạn (cần hoàn thành " + deadline + ").";
  }
}
