package vn.longbien.exemplar.audit;

import java.util.List;
import org.camunda.bpm.engine.history.HistoricProcessInstance;

/**
 * A nomination and every process instance that carried it: its root {@code nomination-review} instance
 * (business key = the nomination's id) and the {@code level-review} instances it called, oldest first.
 */
public record NominationScope(String nominationId, List<HistoricProcessInstance> processInstances) {}
