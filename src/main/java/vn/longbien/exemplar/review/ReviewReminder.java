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
 * The reminder before a review task's due date, from the non-interrupting timer on the task: the task stays
 * open with its assignee, candidates, due date and variables as they were; it moves up in Tasklist (higher
 * priority, shown on the task's card) and carries a comment saying how long is left, which whoever may
 * open the task reads under its history. Nothing is decided or closed by a reminder.
 */
@Component("reviewReminder")
public class ReviewReminder {

  /** Above Camunda's default of 50, so a reminded task sorts before the others of its group. */
  public static final int REMINDED_PRIORITY = 75;

  /** Start listener of the reminder timer attached to a user task of the same process instance. */
  public void remind(DelegateExecution execution) {
    String taskKey = ((BoundaryEvent) execution.getBpmnModelElementInstance()).getAttachedTo().getId();
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    Task task = tasks.createTaskQuery()
        .processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(taskKey)
        .singleResult();
    if (task.getPriority() < REMINDED_PRIORITY) {
      tasks.setPriority(task.getId(), REMINDED_PRIORITY);
    }
    tasks.createComment(task.getId(), execution.getProcessInstanceId(), text(task));
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
