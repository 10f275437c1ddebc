package vn.longbien.exemplar.criteria;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionLogicEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.springframework.core.io.Resource;
import vn.longbien.exemplar.policy.ParsedFeelExpressions;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * One DMN file of {@code dmn/} loaded into the standalone DMN engine (with the application's FEEL engine), with the ids of the rules that fired in the last
 * evaluation (all decision tables of the decision requirements graph).
 */
final class DecisionTables {

  private final DmnEngine engine;
  private final Map<String, DmnDecision> decisions;
  private final DmnModelInstance model;
  private final List<String> firedRules = new ArrayList<>();

  private DecisionTables(String fileName) {
    DefaultDmnEngineConfiguration configuration =
        (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    configuration.customPostDecisionEvaluationListeners(List.of(new FiredRulesRecorder()));
    // The FEEL engine the application gives its process engine (each expression parsed once).
    configuration.feelEngineFactory(ParsedFeelExpressions.factoryFor(configuration));
    this.engine = configuration.buildEngine();
    this.decisions = engine.parseDecisions(open(fileName)).stream()
        .collect(Collectors.toMap(DmnDecision::getKey, Function.identity()));
    this.model = Dmn.readModelFromStream(open(fileName));
  }

  static DecisionTables load(String fileName) {
    return new DecisionTables(fileName);
  }

  /** The names of every table in {@code dmn/} (as the build puts them on the classpath), sorted. */
  static List<String> fileNames() {
    try {
      return Arrays.stream(new PathMatchingResourcePatternResolver().getResources("classpath:dmn/*.dmn"))
          .map(Resource::getFilename)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static InputStream open(String fileName) {
    InputStream stream = DecisionTables.class.getClassLoader().getResourceAsStream("dmn/" + fileName);
    if (stream == null) {
      throw new UncheckedIOException(new IOException("dmn/" + fileName + " is not on the test classpath"));
    }
    return stream;
  }

  /** Evaluates a decision (and its required decisions) and remembers which rules fired. */
  DmnDecisionResult evaluate(String decisionKey, VariableMap variables) {
    firedRules.clear();
    DmnDecision decision = decisions.get(decisionKey);
    if (decision == null) {
      throw new IllegalArgumentException("No decision " + decisionKey + " in " + decisions.keySet());
    }
    return engine.evaluateDecision(decision, variables);
  }

  /** The ids of the rules that fired in the last evaluation, required decisions first. */
  Set<String> firedRules() {
    return new LinkedHashSet<>(firedRules);
  }

  /** The ids of every rule of every decision table of the file. */
  Set<String> allRuleIds() {
    Set<String> ids = new LinkedHashSet<>();
    for (Decision decision : model.getModelElementsByType(Decision.class)) {
      if (decision.getExpression() instanceof DecisionTable table) {
        table.getRules().forEach(rule -> ids.add(rule.getId()));
      }
    }
    return ids;
  }

  /** The rules whose outcome is an error (an output entry {@code assert(..., false, ...)}). */
  Set<String> errorRuleIds() {
    Set<String> ids = new LinkedHashSet<>();
    for (Rule rule : model.getModelElementsByType(Rule.class)) {
      Collection<OutputEntry> outputs = rule.getOutputEntries();
      if (outputs.stream().anyMatch(o -> o.getText() != null && o.getText().getTextContent().matches("(?s)assert\\(\\w+, false,.*"))) {
        ids.add(rule.getId());
      }
    }
    return ids;
  }

  private final class FiredRulesRecorder implements DmnDecisionEvaluationListener {
    @Override
    public void notify(DmnDecisionEvaluationEvent event) {
      event.getRequiredDecisionResults().forEach(this::record);
      record(event.getDecisionResult());
    }

    private void record(DmnDecisionLogicEvaluationEvent logic) {
      if (logic instanceof DmnDecisionTableEvaluationEvent table) {
        table.getMatchingRules().forEach(rule -> firedRules.add(rule.getId()));
      }
    }
  }
}
