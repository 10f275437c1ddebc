package vn.longbien.exemplar.audit;

import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;

/**
 * A nomination and every process instance that carried it: its root {@code nomination-review} instance
 * (business key = the nomination's id) and the {@code level-review} instances it called, oldest first.
 * Their decision-table evaluations are read at the first call of {@link #decisionEvaluations()} and then
 * shared by every source that needs them.
 */
public final class NominationScope {

  private final String nominationId;
  private final List<HistoricProcessInstance> processInstances;
  private final Supplier<List<HistoricDecisionInstance>> evaluationReader;
  private List<HistoricDecisionInstance> decisionEvaluations;

  NominationScope(String nominationId, List<HistoricProcessInstance> processInstances,
      Supplier<List<HistoricDecisionInstance>> evaluationReader) {
    this.nominationId = nominationId;
    this.processInstances = List.copyOf(processInstances);
    this.evaluationReader = evaluationReader;
  }

  public String nominationId() {
    return nominationId;
  }

  public List<HistoricProcessInstance> processInstances() {
    return processInstances;
  }

  /** Every evaluation of the instances, with inputs and outputs, instance by instance in evaluation order. */
  public List<HistoricDecisionInstance> decisionEvaluations() {
    if (decisionEvaluations == null) {
      decisionEvaluations = List.copyOf(evaluationReader.get());
    }
    return decisionEvaluations;
  }
}
