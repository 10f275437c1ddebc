package vn.longbien.exemplar.campaign;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The round's calendar dates from the {@code round-deadlines} decision: day and month of a deadline in the
 * round's year shifted by {@code yearOffset}, and how many days before it the reminder goes out.
 *
 * <p>Called only from engine commands (the deployment that schedules the opening timer, the models' service
 * tasks), it uses the engine of the running command: the opening timer is computed while the engine is being
 * built, before any engine service could be injected.
 */
@Component
public class RoundDeadlines {

  static final String DECISION = "round-deadlines";

  /** A deadline and its reminder day. */
  public record Deadline(LocalDate day, LocalDate reminderDay) {}

  public Deadline opening(int year) {
    return evaluate("round-open", null, null, year);
  }

  public Deadline review(int year) {
    return evaluate("review", "quan", null, year);
  }

  public Deadline introduction(String movement, int year) {
    return evaluate("introduction", null, movement, year);
  }

  /** The year of the round open today: the latest round whose opening day has come. */
  public int roundOpenOn(LocalDate today) {
    int year = today.getYear() + 2;
    while (opening(year).day().isAfter(today)) {
      year--;
    }
    return year;
  }

  private Deadline evaluate(String purpose, String level, String movement, int year) {
    VariableMap inputs =
        Variables.createVariables()
            .putValue("purpose", purpose)
            .putValue("level", level)
            .putValue("movement", movement)
            .putValue("year", year);
    ProcessEngineConfigurationImpl engine = Context.getProcessEngineConfiguration();
    DmnDecisionResult result =
        engine.getRepositoryService().createDecisionDefinitionQuery().decisionDefinitionKey(DECISION).count() > 0
            ? engine.getDecisionService().evaluateDecisionByKey(DECISION).variables(inputs).evaluate()
            : evaluateBeforeFirstDeployment(engine, inputs);
    if (result.size() != 1) {
      throw new ProcessEngineException(
          "Bảng " + DECISION + " phải trả về đúng một thời hạn cho " + purpose + " năm " + year);
    }
    Map<String, Object> row = result.getSingleResult().getEntryMap();
    LocalDate day =
        MonthDay.of(number(row, "deadlineMonth"), number(row, "deadlineDay"))
            .atYear(year + number(row, "yearOffset"));
    return new Deadline(day, day.minusDays(number(row, "reminderDaysBefore")));
  }

  /**
   * The first deployment deploys the processes before the decisions, and the timer start event of
   * {@code yearly-round} needs the opening day meanwhile: the decision is read from the file that deployment
   * carries, in the deployment's own command.
   */
  private static DmnDecisionResult evaluateBeforeFirstDeployment(ProcessEngineConfigurationImpl engine, VariableMap inputs) {
    DmnEngine dmn = engine.getDmnEngine();
    try (InputStream file = new ClassPathResource("dmn/" + DECISION + ".dmn").getInputStream()) {
      return dmn.evaluateDecision(dmn.parseDecision(DECISION, file), inputs);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int number(Map<String, Object> row, String output) {
    return ((Number) row.get(output)).intValue();
  }
}
