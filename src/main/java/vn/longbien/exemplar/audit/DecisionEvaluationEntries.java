package vn.longbien.exemplar.audit;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.springframework.stereotype.Component;

/**
 * Every decision-table evaluation of the nomination's instances (each is a business rule task): the table
 * and its version, the inputs as evaluated, the rules that matched (with their annotation in the table) and
 * the outputs. The process history places each at its business rule task, so an evaluation and the step
 * after it keep their order even within one millisecond.
 */
@Component
class DecisionEvaluationEntries {

  private final RepositoryService repository;

  DecisionEvaluationEntries(RepositoryService repository) {
    this.repository = repository;
  }

  /** Each evaluation of the scope with its entry, in evaluation order. */
  Map<HistoricDecisionInstance, TimelineEntry> of(NominationScope scope) {
    Map<String, DecisionDefinition> definitions = new HashMap<>();
    Map<String, DmnModelInstance> models = new HashMap<>();
    Map<HistoricDecisionInstance, TimelineEntry> entries = new LinkedHashMap<>();
    for (HistoricDecisionInstance evaluation : scope.decisionEvaluations()) {
      DecisionDefinition definition = definitions.computeIfAbsent(
          evaluation.getDecisionDefinitionId(), repository::getDecisionDefinition);
      DmnModelInstance model = models.computeIfAbsent(
          evaluation.getDecisionDefinitionId(), repository::getDmnModelInstance);
      entries.put(evaluation, entry(evaluation, definition, model));
    }
    return entries;
  }

  private static TimelineEntry entry(HistoricDecisionInstance evaluation, DecisionDefinition definition, DmnModelInstance model) {
    Map<String, String> details = new LinkedHashMap<>();
    details.put("decisionDefinitionKey", evaluation.getDecisionDefinitionKey());
    details.put("decisionDefinitionVersion", String.valueOf(definition.getVersion()));
    if (definition.getVersionTag() != null) {
      details.put("versionTag", definition.getVersionTag());
    }
    details.put("decisionInstanceId", evaluation.getId());
    details.put("processInstanceId", evaluation.getProcessInstanceId());
    for (HistoricDecisionInputInstance input : evaluation.getInputs()) {
      details.put("đầu vào: " + label(input.getClauseName(), input.getClauseId()),
          input.getErrorMessage() != null ? "(lỗi: " + input.getErrorMessage() + ")" : Values.text(input::getTypedValue));
    }
    Set<String> matched = new LinkedHashSet<>();
    for (HistoricDecisionOutputInstance output : evaluation.getOutputs()) {
      if (output.getRuleId() != null) {
        matched.add(ruleLabel(output.getRuleId(), output.getRuleOrder(), model));
      }
      String name = output.getVariableName() != null ? output.getVariableName() : label(output.getClauseName(), output.getClauseId());
      details.put((output.getRuleOrder() == null ? "đầu ra: " : "đầu ra [quy tắc " + output.getRuleOrder() + "]: ") + name,
          output.getErrorMessage() != null ? "(lỗi: " + output.getErrorMessage() + ")" : Values.text(output::getTypedValue));
    }
    if (evaluation.getCollectResultValue() != null) {
      details.put("kết quả tổng hợp", String.valueOf(evaluation.getCollectResultValue()));
    }
    details.put("quy tắc khớp", String.join("; ", matched));
    String name = evaluation.getDecisionDefinitionName() == null ? evaluation.getDecisionDefinitionKey()
        : evaluation.getDecisionDefinitionName();
    String description = "Bảng quyết định «" + name + "» (phiên bản " + definition.getVersion() + "): "
        + (matched.isEmpty() ? "không quy tắc nào khớp" : "khớp " + matched.size() + " quy tắc: " + String.join("; ", matched));
    return new TimelineEntry(Values.instant(evaluation.getEvaluationTime()), EntryKind.DECISION_EVALUATED,
        evaluation.getUserId(), evaluation.getActivityId(), name, description, details);
  }

  private static String ruleLabel(String ruleId, Integer order, DmnModelInstance model) {
    String label = "#" + order + " " + ruleId;
    if (model != null && ruleId != null && model.getModelElementById(ruleId) instanceof Rule rule
        && rule.getDescription() != null && rule.getDescription().getTextContent() != null
        && !rule.getDescription().getTextContent().isBlank()) {
      label += " (" + rule.getDescription().getTextContent().trim() + ")";
    }
    return label;
  }

  private static String label(String name, String id) {
    return name == null || name.isBlank() ? id : name;
  }
}
