package vn.longbien.exemplar.reporting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.springframework.stereotype.Component;
import vn.longbien.exemplar.security.ApplicationEngineCalls;

/**
 * The plan's periods, as the deployed {@code yearly-targets} table states them: every closed year range
 * ({@code [2023..2025]}) of the rules of its year column that set a target (a rule that refuses, with
 * {@code assert(...)}, states no period; an open range such as {@code >= 2026} neither). Read from the latest
 * deployed version through the engine's {@link RepositoryService}, so that a table deployed from Modeler with a new
 * period changes the default range of the period report without a rebuild.
 */
@Component
class PlanPeriods {

  static final String DECISION = "yearly-targets";
  private static final Pattern CLOSED_RANGE = Pattern.compile("^\\[\\s*(\\d{4})\\s*\\.\\.\\s*(\\d{4})\\s*]$");
  private static final Pattern YEAR_VARIABLE = Pattern.compile("\\byear\\b");

  /** A period of the plan: its first and last year. */
  record Period(int fromYear, int toYear) {}

  private final RepositoryService repository;
  private final ApplicationEngineCalls engineCalls;

  PlanPeriods(RepositoryService repository, ApplicationEngineCalls engineCalls) {
    this.repository = repository;
    this.engineCalls = engineCalls;
  }

  /** Every period the table states, oldest first. */
  List<Period> all() {
    return engineCalls.run(() -> {
      DecisionDefinition definition = repository.createDecisionDefinitionQuery().decisionDefinitionKey(DECISION)
          .latestVersion().singleResult();
      if (definition == null) {
        return List.of();
      }
      return periods(repository.getDmnModelInstance(definition.getId()), definition.getKey());
    });
  }

  /** The closed year ranges of the decision's rules that set a target, oldest first. */
  static List<Period> periods(DmnModelInstance model, String decisionKey) {
    Decision decision = model.getModelElementById(decisionKey);
    if (decision == null || !(decision.getExpression() instanceof DecisionTable table)) {
      return List.of();
    }
    int yearColumn = yearColumn(table);
    if (yearColumn < 0) {
      return List.of();
    }
    List<Period> periods = new ArrayList<>();
    for (Rule rule : table.getRules()) {
      if (refuses(rule)) {
        continue;
      }
      List<InputEntry> entries = new ArrayList<>(rule.getInputEntries());
      if (yearColumn >= entries.size()) {
        continue;
      }
      Matcher range = CLOSED_RANGE.matcher(text(entries.get(yearColumn).getText()));
      if (range.matches()) {
        Period period = new Period(Integer.parseInt(range.group(1)), Integer.parseInt(range.group(2)));
        if (period.fromYear() <= period.toYear() && !periods.contains(period)) {
          periods.add(period);
        }
      }
    }
    periods.sort(Comparator.comparingInt(Period::fromYear).thenComparingInt(Period::toYear));
    return List.copyOf(periods);
  }

  /**
   * The period a report shows when none is asked for: the latest that has begun by {@code year} (the current
   * round), else the first; empty when the table states none.
   */
  Optional<Period> current(int year) {
    return current(all(), year);
  }

  static Optional<Period> current(List<Period> periods, int year) {
    return periods.stream().filter(period -> period.fromYear() <= year).reduce((first, second) -> second)
        .or(() -> periods.stream().findFirst());
  }

  private static String text(org.camunda.bpm.model.dmn.instance.Text text) {
    return text == null || text.getTextContent() == null ? "" : text.getTextContent().strip();
  }

  private static int yearColumn(DecisionTable table) {
    List<Input> inputs = new ArrayList<>(table.getInputs());
    for (int column = 0; column < inputs.size(); column++) {
      Input input = inputs.get(column);
      if (input.getInputExpression() != null && input.getInputExpression().getText() != null
          && YEAR_VARIABLE.matcher(input.getInputExpression().getText().getTextContent()).find()) {
        return column;
      }
    }
    return -1;
  }

  private static boolean refuses(Rule rule) {
    for (OutputEntry entry : rule.getOutputEntries()) {
      if (text(entry.getText()).contains("assert(")) {
        return true;
      }
    }
    return false;
  }
}
