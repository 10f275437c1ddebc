package vn.longbien.exemplar.review;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Date;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.longbien.exemplar.calendar.HanoiCalendar;

/**
 * The review's dates from the {@code round-deadlines} decision, evaluated by a business rule task whose
 * input mappings give {@code purpose}, {@code level} and {@code year}: the deadline's day and month in the
 * round's year shifted by the decision's {@code yearOffset} (the round of year N closes before 31/01 of N by
 * the plan's defaults). "Before 31/01" means tasks are due at 00:00 of that day in Asia/Ho_Chi_Minh.
 *
 * <p>A level's dates are evaluated once, when the level starts ({@link #plan}), and carried in its variables: each
 * of the level's tasks is due at {@code reviewDueDate} and reminded at {@code reviewReminderDate} (only moved to
 * the next morning for a task created after it, {@link #reminderAt}); no step asks the table again or derives them
 * anew.
 */
@Component("reviewSchedule")
public class ReviewSchedule {

  /**
   * End listener: sets {@code reviewDueDate} (Date), {@code reviewReminderDate} (Date, when the level's tasks are
   * reminded), {@code reminderDaysBefore} (Integer, the lead time, also for a time limit a council sets when it
   * returns a dossier) and, for a level with public posting, {@code publicPostingWorkingDays} (Integer).
   */
  public void plan(DelegateExecution execution, DmnDecisionResult result) {
    int year = ((Number) execution.getVariable("roundYear")).intValue();
    DecisionOutputs deadline = new DecisionOutputs("round-deadlines", result);
    LocalDate dueDay =
        MonthDay.of(deadline.integer("deadlineMonth"), deadline.integer("deadlineDay"))
            .atYear(year + deadline.integer("yearOffset"));
    Date due = HanoiCalendar.startOf(dueDay);
    execution.setVariable("reviewDueDate", due);
    execution.setVariable("reviewReminderDate", daysBefore(due, deadline.integer("reminderDaysBefore")));
    execution.setVariable("reminderDaysBefore", deadline.integer("reminderDaysBefore"));
    if (deadline.has("publicPostingWorkingDays")) {
      execution.setVariable("publicPostingWorkingDays", deadline.integer("publicPostingWorkingDays"));
    }
  }

  /**
   * When a review task's reminder fires: {@code daysBefore} calendar days before its due date, at the same
   * time of day in Hà Nội. A task created after that moment (a late nomination) is reminded once, at the
   * start of the next day: its officials see the new task with its due date first, not a reminder with it.
   */
  public Date reminderBefore(Date dueDate, Number daysBefore) {
    return reminderAt(daysBefore(dueDate, daysBefore.intValue()));
  }

  /**
   * When a review task's reminder fires: at the level's carried {@code reviewReminderDate}, or, for a task created
   * after that moment (a late nomination), once at the start of the next day.
   */
  public Date reminderAt(Date reminder) {
    return reminder.after(ClockUtil.getCurrentTime()) ? reminder : HanoiCalendar.startOf(HanoiCalendar.today().plusDays(1));
  }

  /** {@code days} calendar days before, at the same time of day in Hà Nội. */
  private static Date daysBefore(Date date, int days) {
    return Date.from(date.toInstant().atZone(HanoiCalendar.ZONE).minusDays(days).toInstant());
  }

  /** The due date of a time limit a reviewer typed as a date ("2025-01-10"): the end of that day. */
  public Date endOfDay(String isoDate) {
    return HanoiCalendar.endOf(LocalDate.parse(isoDate.substring(0, 10)));
  }
}
