package vn.longbien.exemplar.review;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Date;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The review's dates from the {@code round-deadlines} decision: the deadline's day and month in the round's
 * year shifted by the decision's {@code yearOffset} (the round of year N closes before 31/01 of N by the
 * plan's defaults). "Before 31/01" means tasks are due at 00:00 of that day in Asia/Ho_Chi_Minh.
 */
@Component("reviewSchedule")
public class ReviewSchedule {

  static final String DECISION = "round-deadlines";

  private final DecisionService decisions;

  public ReviewSchedule(DecisionService decisions) {
    this.decisions = decisions;
  }

  /** Sets {@code reviewDueDate} (Date) and {@code publicPostingWorkingDays} (Integer) for the level. */
  public void plan(DelegateExecution execution, String level) {
    int year = ((Number) execution.getVariable("roundYear")).intValue();
    DecisionOutputs deadline =
        new DecisionOutputs(
            DECISION,
            decisions
                .evaluateDecisionByKey(DECISION)
                .variables(
                    Variables.createVariables()
                        .putValue("purpose", "review")
                        .putValue("level", level)
                        .putValue("movement", execution.getVariable("movement"))
                        .putValue("year", year))
                .evaluate());
    LocalDate dueDay =
        MonthDay.of(deadline.integer("deadlineMonth"), deadline.integer("deadlineDay"))
            .atYear(year + deadline.integer("yearOffset"));
    execution.setVariable("reviewDueDate", ReviewCalendar.startOf(dueDay));
    execution.setVariable("publicPostingWorkingDays", deadline.integer("publicPostingWorkingDays"));
  }

  /** The due date of a time limit a reviewer typed as a date ("2025-01-10"): the end of that day. */
  public Date endOfDay(String isoDate) {
    return ReviewCalendar.endOf(LocalDate.parse(isoDate.substring(0, 10)));
  }
}
