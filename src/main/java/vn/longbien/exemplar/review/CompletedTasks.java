package vn.longbien.exemplar.review;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The review task whose completion the next step of the same engine call records a decision for: a council's
 * vote is recorded by the business rule task after the council's task, a return for evidence when the evidence
 * task is created, the city's outcome by the service task after the board's task. Remembered per process
 * instance, for the engine call's transaction only, from the engine's task events (Spring eventing), so that
 * the decision record names the task ({@link vn.longbien.exemplar.nomination.NominationDecision#getTaskId()})
 * without a process variable and without anyone matching history by time.
 *
 * <p>Also records the decision of the pending-matter task (discipline, inspection, complaint), which no other
 * glue of the models sees complete.
 */
@Component
public class CompletedTasks {

  /** A completed task: the engine's id and its definition key in the model version that ran it. */
  record Completed(String taskId, String taskKey) {}

  private static final int MAX_REMEMBERED = 1000;
  private static final ThreadLocal<Map<String, Completed>> LAST = ThreadLocal.withInitial(HashMap::new);
  private static final Object KEY = CompletedTasks.class.getName() + ".completed";

  private final NominationRecorder records;

  CompletedTasks(NominationRecorder records) {
    this.records = records;
  }

  @EventListener(condition = "#task.eventName == 'complete'")
  public void completed(DelegateTask task) {
    remember(task);
    if (ModelContract.PENDING_MATTER_TASK.equals(task.getTaskDefinitionKey())) {
      records.recordPendingMatter(task);
    }
  }

  static void remember(DelegateTask task) {
    if (TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())) {
      current().put(task.getProcessInstanceId(), new Completed(task.getId(), task.getTaskDefinitionKey()));
    }
  }

  /**
   * The completions of the current transaction: bound to it and forgotten when it ends; outside a Spring
   * transaction (engine tests without Spring), the thread's, bounded.
   */
  @SuppressWarnings("unchecked")
  private static Map<String, Completed> current() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      Map<String, Completed> last = LAST.get();
      if (last.size() >= MAX_REMEMBERED) {
        last.clear();
      }
      return last;
    }
    Map<String, Completed> bound = (Map<String, Completed>) TransactionSynchronizationManager.getResource(KEY);
    if (bound == null) {
      Map<String, Completed> fresh = new HashMap<>();
      TransactionSynchronizationManager.bindResource(KEY, fresh);
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCompletion(int status) {
          TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
        }
      });
      bound = fresh;
    }
    return bound;
  }

  /** The task of the process instance completed last in this engine call, if any. */
  static Optional<Completed> lastIn(String processInstanceId) {
    return Optional.ofNullable(current().get(processInstanceId));
  }
}
