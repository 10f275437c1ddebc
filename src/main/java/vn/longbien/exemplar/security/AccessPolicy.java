package vn.longbien.exemplar.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.UserOperationLogCategoryPermissions;
import org.springframework.stereotype.Component;
import vn.longbien.exemplar.organisation.Role;
import vn.longbien.exemplar.organisation.OrganisationCatalog;
import vn.longbien.exemplar.organisation.OrganisationCatalog.GroupDefinition;
import vn.longbien.exemplar.tasklist.TasklistFilters;

/**
 * The baseline Camunda authorizations per role (authorization checks are on). Task visibility comes from
 * the tasks themselves: the engine grants a task's candidate group access to that task only. The Tasklist
 * filters everybody reads come from {@link TasklistFilters}.
 */
@Component
class AccessPolicy {

  private static final String NOMINATION_PROCESS = "nomination-review";
  private static final String ROUND_PROCESS = "yearly-round";

  private final OrganisationCatalog catalog;
  private final AuthorizationService authorizations;
  private final TasklistFilters tasklistFilters;

  AccessPolicy(OrganisationCatalog catalog, AuthorizationService authorizations, TasklistFilters tasklistFilters) {
    this.catalog = catalog;
    this.authorizations = authorizations;
    this.tasklistFilters = tasklistFilters;
  }

  void apply() {
    // Membership of camunda-admin alone does not lift the authorization checks of queries: the
    // administrators' group needs every permission on every resource, as Camunda's own setup grants it.
    for (Resources resource : Resources.values()) {
      grant(OrganisationCatalog.ADMIN_GROUP, resource, ANY, Permissions.ALL);
    }
    for (GroupDefinition group : catalog.unitGroups()) {
      grant(group.id(), Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      // Officials hold TASK_WORK on their tasks (default-user-permission-name-for-task), which does not let them
      // unclaim, assign or delegate. TASK_ASSIGN allows those, and also a task's due date, name and candidates:
      // GuardedTaskService lets an official assign only their own group's tasks, to its members, and refuses the rest.
      grant(group.id(), Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.TASK_ASSIGN);
    }
    for (String group : catalog.groupsOfRole(Role.NOMINATING.code())) {
      grant(group, Resources.PROCESS_DEFINITION, NOMINATION_PROCESS,
          ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
      grant(group, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
    }
    // The council's standing secretariat (Phòng Nội vụ) may open a round by hand from Tasklist.
    grant(catalog.secretariatGroup(), Resources.PROCESS_DEFINITION, ROUND_PROCESS,
        ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
    grant(catalog.secretariatGroup(), Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
    grantAuditorsReadOnly(OrganisationCatalog.AUDITOR_GROUP);
    tasklistFilters.ensure();
  }

  private void grantAuditorsReadOnly(String group) {
    grant(group, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    grant(group, Resources.PROCESS_DEFINITION, ANY,
        ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_INSTANCE,
        ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.READ_HISTORY,
        ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE, ProcessDefinitionPermissions.READ_HISTORY_VARIABLE);
    grant(group, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
    grant(group, Resources.TASK, ANY, Permissions.READ);
    grant(group, Resources.DECISION_DEFINITION, ANY,
        Permissions.READ, Permissions.READ_HISTORY);
    grant(group, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
    grant(group, Resources.DEPLOYMENT, ANY, Permissions.READ);
    // The user operation log: who deployed a model version, changed a variable or reassigned a task.
    grant(group, Resources.OPERATION_LOG_CATEGORY, ANY, UserOperationLogCategoryPermissions.READ);
  }

  private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization authorization = authorizations.createAuthorizationQuery()
        .authorizationType(AUTH_TYPE_GRANT).groupIdIn(groupId).resourceType(resource).resourceId(resourceId)
        .singleResult();
    if (authorization == null) {
      authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
      authorization.setGroupId(groupId);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    } else if (List.of(permissions).stream().allMatch(authorization::isPermissionGranted)) {
      return;
    }
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    authorizations.saveAuthorization(authorization);
  }
}
