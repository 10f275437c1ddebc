package vn.longbien.exemplar.security;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Removes a task's history grants when the task ends. With {@code enable-historic-instance-permissions} the
 * engine gives a task's candidate group and assignee {@code READ} on the task's history
 * ({@code HISTORIC_TASK}), which Camunda REST needs for the comments and history of an open task in Tasklist,
 * and keeps those grants until history cleanup. Every command with authorization checks reads the whole
 * grant table once ({@code SELECT distinct GROUP_ID_}), so the grants of ended tasks slowed every official's
 * call (docs/SECURITY.md). No official feature reads an ended task's history; auditors read it through their
 * own grants on the process definitions.
 *
 * <p>Listens to the engine's history events (Spring eventing), which are sent for every end of a task:
 * completed, cancelled by a boundary event or by the end of its process, deleted, also when custom listeners
 * are skipped. Runs inside the engine command that ends the task, as the application (the official who ended
 * it may not read grants), so the grants go in the same transaction.
 */
@Component
class HistoricTaskGrants {

  private final AuthorizationService authorizations;
  private final IdentityService identities;

  HistoricTaskGrants(AuthorizationService authorizations, IdentityService identities) {
    this.authorizations = authorizations;
    this.identities = identities;
  }

  @EventListener
  public void taskEvent(HistoricTaskInstanceEventEntity event) {
    if (event.isEventOfType(HistoryEventTypes.TASK_INSTANCE_COMPLETE)
        || event.isEventOfType(HistoryEventTypes.TASK_INSTANCE_DELETE)) {
      ApplicationEngineCalls.asApplication(identities, () -> {
        remove(event.getTaskId());
        return null;
      });
    }
  }

  private void remove(String taskId) {
    for (Authorization grant : authorizations.createAuthorizationQuery()
        .resourceType(Resources.HISTORIC_TASK).resourceId(taskId).list()) {
      authorizations.deleteAuthorization(grant.getId());
    }
  }
}
