package vn.longbien.exemplar.tasklist;

import java.util.List;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.FilterServiceImpl;
import org.camunda.bpm.engine.impl.cmd.ExecuteFilterCountCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteFilterListCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteFilterListPageCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteFilterSingleResultCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.query.Query;

/**
 * The engine's filter service, which runs the application's filters ({@link TaskFilter}) with what their
 * stored query cannot hold: the caller for "Việc tôi đã nhận", the current time for "Sắp đến hạn" and "Quá
 * hạn". Every way a filter runs goes through here (Tasklist's list and count, {@code GET /filter?itemCount=true},
 * Camunda REST, the Java API), so the counts Tasklist shows are the lists it opens.
 *
 * <p>The criteria are added after the caller's own extension (Tasklist's search, a REST body) and win over
 * it. Nothing is evaluated from the stored query: expressions in stored queries stay off.
 */
class RelativeFilterService extends FilterServiceImpl {

  @Override
  public <T> List<T> list(String filterId) {
    return list(filterId, null);
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T, Q extends Query<?, T>> List<T> list(String filterId, Q extendingQuery) {
    return (List<T>) commandExecutor.execute(new ExecuteFilterListCmd(filterId, extendingQuery) {
      @Override
      protected Filter getFilter(CommandContext commandContext) {
        return withCallerCriteria(super.getFilter(commandContext), commandContext);
      }
    });
  }

  @Override
  public <T> List<T> listPage(String filterId, int firstResult, int maxResults) {
    return listPage(filterId, null, firstResult, maxResults);
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T, Q extends Query<?, T>> List<T> listPage(String filterId, Q extendingQuery, int firstResult, int maxResults) {
    return (List<T>) commandExecutor.execute(new ExecuteFilterListPageCmd(filterId, extendingQuery, firstResult, maxResults) {
      @Override
      protected Filter getFilter(CommandContext commandContext) {
        return withCallerCriteria(super.getFilter(commandContext), commandContext);
      }
    });
  }

  @Override
  public <T> T singleResult(String filterId) {
    return singleResult(filterId, null);
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T, Q extends Query<?, T>> T singleResult(String filterId, Q extendingQuery) {
    return (T) commandExecutor.execute(new ExecuteFilterSingleResultCmd(filterId, extendingQuery) {
      @Override
      protected Filter getFilter(CommandContext commandContext) {
        return withCallerCriteria(super.getFilter(commandContext), commandContext);
      }
    });
  }

  @Override
  public Long count(String filterId) {
    return count(filterId, null);
  }

  @Override
  public Long count(String filterId, Query<?, ?> extendingQuery) {
    return commandExecutor.execute(new ExecuteFilterCountCmd(filterId, extendingQuery) {
      @Override
      protected Filter getFilter(CommandContext commandContext) {
        return withCallerCriteria(super.getFilter(commandContext), commandContext);
      }
    });
  }

  /** The filter (already checked for READ and extended by the caller's query) with its relative criteria. */
  private static Filter withCallerCriteria(Filter filter, CommandContext commandContext) {
    return TaskFilter.named(filter.getName())
        .filter(kind -> "Task".equals(filter.getResourceType()))
        .flatMap(kind -> kind.callerCriteria(commandContext.getAuthenticatedUserId(), ClockUtil.getCurrentTime()))
        .map(filter::extend)
        .orElse(filter);
  }
}
