package vn.longbien.exemplar.tasklist;

import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.task.TaskQuery;
import vn.longbien.exemplar.review.ReviewReminder;

/**
 * The Tasklist filters every official gets, in the order Tasklist lists them. What each one lists is limited
 * by the caller's task authorizations: an official sees only the tasks of their own unit and role.
 *
 * <p>Stored queries cannot say "me" or "now" here, because expressions in stored queries are off
 * ({@code enable-expressions-in-stored-queries: false}). The filters that need them carry only their fixed
 * part in the engine; {@link #callerCriteria} adds the caller or the current time each time the filter runs
 * ({@link RelativeFilterService}). The filter's name is what ties it to its meaning.
 */
public enum TaskFilter {

  /** Everything the caller may work on. */
  ALL("Công việc của tôi", "Các công việc được giao cho tôi hoặc cho đơn vị của tôi", -10, null),

  /** Assigned to the caller. */
  CLAIMED_BY_ME("Việc tôi đã nhận", "Các công việc tôi đã nhận và chưa hoàn thành", 0, null),

  /** Offered to the caller's unit and not yet claimed by anyone. */
  UNCLAIMED("Việc chờ nhận của đơn vị", "Công việc của đơn vị tôi chưa ai nhận", 10, null),

  /**
   * Reminded and not yet overdue. A review task is reminded {@code reminderDaysBefore} days before its due date
   * ({@code round-deadlines}, 7 by default, as read when its review started): the reminder raises its priority
   * to {@link ReviewReminder#REMINDED_PRIORITY}, and that mark is what this filter selects.
   */
  DUE_SOON("Sắp đến hạn", "Công việc đã được nhắc hạn (trong số ngày nhắc trước hạn của bảng round-deadlines,"
      + " mặc định 7 ngày) và chưa quá hạn", 20, "#8a6d3b"),

  /** Past its due date. */
  OVERDUE("Quá hạn", "Công việc đã quá hạn xử lý và chưa hoàn thành", 30, "#b5152b");

  private final String filterName;
  private final String description;
  private final int priority;
  private final String color;

  TaskFilter(String filterName, String description, int priority, String color) {
    this.filterName = filterName;
    this.description = description;
    this.priority = priority;
    this.color = color;
  }

  public String filterName() {
    return filterName;
  }

  /** The filter of that name, if it is one of these. */
  public static Optional<TaskFilter> named(String name) {
    return Arrays.stream(values()).filter(filter -> filter.filterName.equals(name)).findFirst();
  }

  /** The stored part: only active tasks (as Tasklist lists them), the earliest due first. */
  TaskQuery storedQuery(TaskService tasks) {
    TaskQuery query = tasks.createTaskQuery();
    switch (this) {
      case ALL -> { }
      case CLAIMED_BY_ME -> query.taskAssigned();
      case UNCLAIMED -> query.taskUnassigned();
      case DUE_SOON -> query.taskMinPriority(ReviewReminder.REMINDED_PRIORITY);
      case OVERDUE -> { }
    }
    if (this != ALL) {
      // ALL keeps the query it has always had; the others count what Tasklist shows.
      query.active();
    }
    return query.orderByDueDate().asc();
  }

  /** Tasklist's filter properties: the tooltip, the order in the list and the name's colour. */
  Map<String, Object> properties() {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("description", description);
    properties.put("priority", priority);
    if (color != null) {
      properties.put("color", color);
    }
    // Tasklist re-reads the selected filter's tasks every 10 s when "refresh" is on; the counts
    // (scripts/exemplar-tasklist.js) follow every change of the list, so it stays off, as Camunda's default.
    properties.put("refresh", false);
    return properties;
  }

  /**
   * What the stored query cannot hold: the caller (who claimed) or the current time (due). Empty when the
   * filter needs neither, or when nobody is signed in for "claimed by me" (it then lists every claimed task).
   */
  Optional<TaskQuery> callerCriteria(String userId, Date now) {
    return switch (this) {
      case CLAIMED_BY_ME -> userId == null ? Optional.empty() : Optional.of(new TaskQueryImpl().taskAssignee(userId));
      case DUE_SOON -> Optional.of(new TaskQueryImpl().dueAfter(now));
      case OVERDUE -> Optional.of(new TaskQueryImpl().dueBefore(now));
      case ALL, UNCLAIMED -> Optional.empty();
    };
  }
}
