package vn.longbien.exemplar.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.ResourceDefinition;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The model versions the nomination ran under: for each process and decision definition its instances
 * used, the deployment that brought that version, when and (when the operation log shows it) by whom.
 */
@Component
@Order(10)
class DeploymentSource implements TimelineSource {

  private final RepositoryService repository;
  private final HistoryService history;

  DeploymentSource(RepositoryService repository, HistoryService history) {
    this.repository = repository;
    this.history = history;
  }

  @Override
  public List<TimelineEntry> entriesFor(NominationScope scope) {
    Set<String> processDefinitions = new LinkedHashSet<>();
    Set<String> decisionDefinitions = new LinkedHashSet<>();
    scope.processInstances().forEach(instance -> processDefinitions.add(instance.getProcessDefinitionId()));
    scope.decisionEvaluations().forEach(evaluation -> decisionDefinitions.add(evaluation.getDecisionDefinitionId()));
    List<ResourceDefinition> definitions = new ArrayList<>();
    processDefinitions.forEach(id -> definitions.add(repository.getProcessDefinition(id)));
    decisionDefinitions.forEach(id -> definitions.add(repository.getDecisionDefinition(id)));
    Map<String, Deployment> deployments = new LinkedHashMap<>();
    List<TimelineEntry> entries = new ArrayList<>();
    for (ResourceDefinition definition : definitions) {
      Deployment deployment = deployments.computeIfAbsent(definition.getDeploymentId(),
          id -> repository.createDeploymentQuery().deploymentId(id).singleResult());
      if (deployment == null) {
        continue;
      }
      String kind = definition instanceof ProcessDefinition ? "quy trình" : definition instanceof DecisionDefinition ? "bảng quyết định" : "mô hình";
      String deployer = deployer(deployment.getId());
      Map<String, String> details = new LinkedHashMap<>();
      details.put("definitionId", definition.getId());
      details.put("definitionKey", definition.getKey());
      details.put("version", String.valueOf(definition.getVersion()));
      details.put("resourceName", definition.getResourceName());
      details.put("deploymentId", deployment.getId());
      if (deployment.getName() != null) {
        details.put("deploymentName", deployment.getName());
      }
      if (deployment.getSource() != null) {
        details.put("deploymentSource", deployment.getSource());
      }
      if (definition.getHistoryTimeToLive() != null) {
        details.put("historyTimeToLive", definition.getHistoryTimeToLive() + " ngày");
      }
      entries.add(new TimelineEntry(Values.instant(deployment.getDeploymentTime()), EntryKind.MODEL_DEPLOYED, deployer,
          definition.getKey(), definition.getName(),
          "Triển khai " + kind + " «" + definition.getName() + "» phiên bản " + definition.getVersion()
              + " (bản triển khai «" + deployment.getName() + "»)",
          details));
    }
    entries.sort(Comparator.comparing(TimelineEntry::time));
    return entries;
  }

  /** Who deployed: visible to a reader with READ on the operation log category "Operator". */
  private String deployer(String deploymentId) {
    List<UserOperationLogEntry> created = history.createUserOperationLogQuery().deploymentId(deploymentId)
        .entityType(org.camunda.bpm.engine.EntityTypes.DEPLOYMENT)
        .operationType(UserOperationLogEntry.OPERATION_TYPE_CREATE).listPage(0, 1);
    return created.isEmpty() ? null : created.get(0).getUserId();
  }
}
