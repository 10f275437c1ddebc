package vn.longbien.exemplar.tasklist;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;

import java.util.HashMap;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.springframework.stereotype.Component;

/**
 * Creates the Tasklist filters of {@link TaskFilter} when they are missing, each readable by everybody (a
 * global READ grant); what a filter lists is limited by each user's task authorizations. A filter that exists
 * is left as it is, so an administrator's change in Tasklist stays; one deleted comes back at the next start.
 */
@Component
public class TasklistFilters {

  private final FilterService filters;
  private final TaskService tasks;
  private final AuthorizationService authorizations;

  TasklistFilters(FilterService filters, TaskService tasks, AuthorizationService authorizations) {
    this.filters = filters;
    this.tasks = tasks;
    this.authorizations = authorizations;
  }

  public void ensure() {
    for (TaskFilter definition : TaskFilter.values()) {
      Filter filter = filters.createFilterQuery()
          .filterResourceType(EntityTypes.TASK).filterName(definition.filterName()).list().stream()
          .findFirst().orElse(null);
      if (filter == null) {
        filter = filters.saveFilter(filters.newTaskFilter(definition.filterName())
            .setQuery(definition.storedQuery(tasks))
            .setProperties(new HashMap<>(definition.properties())));
      }
      readableByEveryone(filter.getId());
    }
  }

  private void readableByEveryone(String filterId) {
    boolean granted = authorizations.createAuthorizationQuery()
        .authorizationType(AUTH_TYPE_GLOBAL).resourceType(Resources.FILTER).resourceId(filterId).count() > 0;
    if (!granted) {
      Authorization global = authorizations.createNewAuthorization(AUTH_TYPE_GLOBAL);
      global.setUserId(ANY);
      global.setResource(Resources.FILTER);
      global.setResourceId(filterId);
      global.addPermission(Permissions.READ);
      authorizations.saveAuthorization(global);
    }
  }
}
