package vn.longbien.exemplar.nomination;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the review's glue may write to an objection: which step took it in. The objection itself is entered by
 * {@code nomination.api.ObjectionService}; the review feature reaches the objection table only through here.
 */
@Component
public class ObjectionSteps {

  private final ObjectionRepository objections;

  public ObjectionSteps(ObjectionRepository objections) {
    this.objections = objections;
  }

  /**
   * Tells the objection which step of the review took it in (the engine's activity instance), so that the audit
   * places it there; called in the step's transaction. An unknown id changes nothing.
   */
  @Transactional
  public void takenInBy(long objectionId, String activityInstanceId) {
    objections.findById(objectionId).ifPresent(objection -> {
      objection.takenInBy(activityInstanceId);
      objections.save(objection);
    });
  }
}
