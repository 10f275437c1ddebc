package vn.longbien.exemplar.review;

import java.util.function.Consumer;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.longbien.exemplar.nomination.Nomination;
import vn.longbien.exemplar.nomination.NominationRepository;
import vn.longbien.exemplar.nomination.NominationStatus;

/**
 * Writes where a nomination stands to its record, in the transaction of the engine step that moved it.
 * Used by the models' listeners: {@code ${nominationRecord.stepReached(task, 'IN_REVIEW')}} when a task
 * is created, {@code ${nominationRecord.finish(execution, 'RECOGNISED_WARD', levelOutcomeReason)}} at an
 * end event.
 */
@Component("nominationRecord")
public class NominationRecorder {

  private final NominationRepository nominations;

  public NominationRecorder(NominationRepository nominations) {
    this.nominations = nominations;
  }

  public void stepReached(DelegateTask task, String status) {
    update(task.getExecution(), n -> n.moveTo(NominationStatus.valueOf(status), task.getTaskDefinitionKey(), null));
  }

  public void finish(DelegateExecution execution, String status, String reason) {
    update(execution, n -> n.moveTo(NominationStatus.valueOf(status), execution.getCurrentActivityId(), reason));
  }

  Nomination nomination(DelegateExecution execution) {
    String id = execution.getProcessBusinessKey();
    return nominations
        .findById(id)
        .orElseThrow(() -> new ProcessEngineException("Không tìm thấy hồ sơ đề cử " + id));
  }

  void update(DelegateExecution execution, Consumer<Nomination> change) {
    Nomination nomination = nomination(execution);
    change.accept(nomination);
    nominations.save(nomination);
  }
}
