package vn.longbien.exemplar.campaign;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The round's calendar dates from the {@code round-deadlines} decision: day and month of a deadline in the
 * round's year shifted by {@code yearOffset}, and how many days before it the reminder goes out.
 *
 * <p>Inside an engine command (the deployment that schedules the opening timer, the models' service tasks) it
 * uses the engine of the running command: the opening timer is computed while the engine is being built,
 * before the engine could be injected. Called from anywhere else (the API checking that a round is open), it
 * runs the same evaluation in a command of the application's engine. Either way the district's table is read
 * without the caller's authorizations: it is policy, not a record of theirs.
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

  private final Supplier<ProcessEngineConfigurationImpl> engine;
  /** Answers of each deployed version of the table, by its id and the inputs. */
  private final Map<String, Map<String, Object>> answers = new ConcurrentHashMap<>();

  @Autowired
  public RoundDeadlines(ObjectProvider<ProcessEngine> engine) {
    this(() -> (ProcessEngineConfigurationImpl) engine.getObject().getProcessEngineConfiguration());
  }

  /** @param engine the engine for calls outside an engine command; asked only then */
  public RoundDeadlines(Supplier<ProcessEngineConfigurationImpl> engine) {
    this.engine = engine;
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

  private Deadline evaluate(String purpose, String level, String movement, int year) {
    VariableMap inputs =
        Variables.createVariables()
            .putValue("purpose", purpose)
            .putValue("level", level)
            .putValue("movement", movement)
            .putValue("year", year);
    Map<String, Object> row =
        Context.getCommandContext() != null
            ? evaluateInCommand(inputs, purpose, year)
            : engine.get().getCommandExecutorTxRequired().execute(command -> evaluateInCommand(inputs, purpose, year));
    LocalDate day =
        MonthDay.of(number(row, "deadlineMonth"), number(row, "deadlineDay"))
            .atYear(year + number(row, "yearOffset"));
    return new Deadline(day, day.minusDays(number(row, "reminderDaysBefore")));
  }

  /**
   * The decision's answer for these inputs. A deployed version of the table answers the same inputs the same way,
   * so each answer is kept per version: pages and submissions that ask for the round's dates every time add no
   * decision history after the first time.
   */
  private Map<String, Object> evaluateInCommand(VariableMap inputs, String purpose, int year) {
    ProcessEngineConfigurationImpl engine = Context.getProcessEngineConfiguration();
    return Context.getCommandContext().runWithoutAuthorization(() -> {
      DecisionDefinition latest = engine.getRepositoryService().createDecisionDefinitionQuery()
          .decisionDefinitionKey(DECISION).latestVersion().singleResult();
      if (latest == null) {
        return singleRow(evaluateBeforeFirstDeployment(engine, inputs), purpose, year);
      }
      return answers.computeIfAbsent(latest.getId() + "|" + inputs, key -> singleRow(
          engine.getDecisionService().evaluateDecisionById(latest.getId()).variables(inputs).evaluate(), purpose, year));
    });
  }

  private static Map<String, Object> singleRow(DmnDecisionResult result, String purpose, int year) {
    if (result.size() != 1) {
      throw new ProcessEngineException(
          "Bảng " + DECISION + " phải trả về đúng một thời hạn cho " + purpose + " năm " + year);
    }
    return java.util.Collections.unmodifiableMap(new java.util.HashMap<>(result.getSingleResult().getEntryMap()));
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
