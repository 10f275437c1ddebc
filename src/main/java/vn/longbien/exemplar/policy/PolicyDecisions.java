package vn.longbien.exemplar.policy;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;
import vn.longbien.exemplar.security.ApplicationEngineCalls;

/**
 * The answers of the district's policy tables ({@code dmn/}): the latest deployed version of a decision,
 * evaluated by the engine's {@code DecisionService} as the application (through
 * {@link ApplicationEngineCalls}: a table is policy, not a record of the caller's, so no official needs a
 * permission on it). Works the same from a controller, a scheduled job, a model's service task, and while the
 * engine deploys the models at start (the opening timer of {@code yearly-round} asks for its date then): that
 * is why the engine comes from the plugin hook that runs as soon as it is built, not by injection.
 */
@Component
public class PolicyDecisions extends AbstractProcessEnginePlugin {

  private volatile ProcessEngine engine;
  /** Answers of each deployed version of a table, by the version's id and the inputs. */
  private final Map<String, List<Map<String, Object>>> answers = new ConcurrentHashMap<>();

  /** For a test's own engine. */
  public static PolicyDecisions of(ProcessEngine engine) {
    PolicyDecisions decisions = new PolicyDecisions();
    decisions.engine = engine;
    return decisions;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    this.engine = processEngine;
  }

  /** The id of the latest deployed version of the decision {@code key}, if any is deployed. */
  public Optional<String> latestVersion(String key) {
    return asApplication(() -> Optional.ofNullable(
        engine().getRepositoryService().createDecisionDefinitionQuery()
            .decisionDefinitionKey(key).latestVersion().singleResult())
        .map(DecisionDefinition::getId));
  }

  /** The latest deployed version's answer. */
  public DmnDecisionResult evaluate(String key, VariableMap inputs) {
    return asApplication(() -> engine().getDecisionService().evaluateDecisionByKey(key).variables(inputs).evaluate());
  }

  /** The answer of one deployed version (an id of {@link #latestVersion(String)}). */
  public DmnDecisionResult evaluateVersion(String definitionId, VariableMap inputs) {
    return asApplication(() -> engine().getDecisionService().evaluateDecisionById(definitionId).variables(inputs).evaluate());
  }

  /** The one row the table must answer for these inputs; otherwise {@code refusal} is the engine's error. */
  public Map<String, Object> singleRow(String key, VariableMap inputs, String refusal) {
    DmnDecisionResult result = evaluate(key, inputs);
    if (result.size() != 1) {
      throw new ProcessEngineException(refusal);
    }
    return result.getSingleResult().getEntryMap();
  }

  /**
   * The one row the latest deployed version answers for inputs that are not a nomination's own (a year, a kind
   * of unit): see {@link #policyRows}; otherwise {@code refusal} is the engine's error.
   */
  public Map<String, Object> policyRow(String key, VariableMap inputs, String refusal) {
    List<Map<String, Object>> rows = policyRows(key, inputs);
    if (rows.size() != 1) {
      throw new ProcessEngineException(refusal);
    }
    return rows.get(0);
  }

  /**
   * The rows the latest deployed version answers for these inputs. A version answers the same inputs the same
   * way, so each answer is kept per version: pages, reports and submissions that ask every time add no decision
   * history after the first time. A newly deployed version answers from the next call.
   */
  public List<Map<String, Object>> policyRows(String key, VariableMap inputs) {
    String version = latestVersion(key)
        .orElseThrow(() -> new ProcessEngineException("Bảng " + key + " chưa được triển khai"));
    return answers.computeIfAbsent(version + "|" + inputs, answer -> evaluateVersion(version, inputs).getResultList()
        .stream().map(row -> Collections.unmodifiableMap(new HashMap<>(row))).toList());
  }

  private <T> T asApplication(java.util.function.Supplier<T> call) {
    ProcessEngine current = engine();
    return ApplicationEngineCalls.asApplication(current.getIdentityService(), call);
  }

  private ProcessEngine engine() {
    if (engine == null) {
      throw new IllegalStateException("The process engine is not built yet");
    }
    return engine;
  }
}
