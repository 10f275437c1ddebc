package vn.longbien.exemplar.campaign;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Map;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import vn.longbien.exemplar.policy.PolicyDecisions;

/**
 * The round's calendar dates from the {@code round-deadlines} decision: day and month of a deadline in the
 * round's year shifted by {@code yearOffset}, and how many days before it the reminder goes out. Evaluated by
 * the engine's {@code DecisionService} ({@link PolicyDecisions}), from anywhere: the API checking that a round
 * is open, the models' service tasks, and the deployment that schedules the opening timer (the tables are
 * deployed before the processes, see {@code policy/DecisionsFirst}).
 */
@Component
public class RoundDeadlines {

  static final String DECISION = "round-deadlines";

  /** A deadline and its reminder day. */
  public record Deadline(LocalDate day, LocalDate reminderDay) {}

  /**
   * Round N's window, in Hà Nội days: it opens at 00:00 of {@code opens} (by default 01/12 of N-1) and is due
   * before {@code deadline} (31/01 of N), at whose 00:00 it closes.
   */
  public record Window(int year, LocalDate opens, LocalDate deadline) {

    public boolean contains(LocalDate day) {
      return !day.isBefore(opens) && day.isBefore(deadline);
    }
  }

  private final PolicyDecisions decisions;

  public RoundDeadlines(PolicyDecisions decisions) {
    this.decisions = decisions;
  }

  public Deadline opening(int year) {
    return evaluate("round-open", null, null, year);
  }

  public Deadline review(int year) {
    return evaluate("review", "quan", null, year);
  }

  public Deadline introduction(String movement, int year) {
    return evaluate("introduction", null, movement, year);
  }

  /** Round N's window: from its opening day to its (district) review deadline. */
  public Window window(int year) {
    return new Window(year, opening(year).day(), review(year).day());
  }

  /** The year of the round open today: the latest round whose opening day has come. */
  public int roundOpenOn(LocalDate today) {
    int year = today.getYear() + 2;
    while (opening(year).day().isAfter(today)) {
      year--;
    }
    return year;
  }

  /** The table's answer for these inputs, kept per deployed version ({@link PolicyDecisions#policyRow}). */
  private Deadline evaluate(String purpose, String level, String movement, int year) {
    VariableMap inputs =
        Variables.createVariables()
            .putValue("purpose", purpose)
            .putValue("level", level)
            .putValue("movement", movement)
            .putValue("year", year);
    Map<String, Object> row = decisions.policyRow(DECISION, inputs,
        "Bảng " + DECISION + " phải trả về đúng một thời hạn cho " + purpose + " năm " + year);
    LocalDate day =
        MonthDay.of(number(row, "deadlineMonth"), number(row, "deadlineDay"))
            .atYear(year + number(row, "yearOffset"));
    return new Deadline(day, day.minusDays(number(row, "reminderDaysBefore")));
  }

  private static int number(Map<String, Object> row, String output) {
    return ((Number) row.get(output)).intValue();
  }
}
