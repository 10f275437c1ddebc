package vn.longbien.exemplar.review;

import java.util.Set;

/**
 * Which fields submitted with a review task end with its step (and which of the start form's end with the intake): they reach the engine as transient variables, read
 * by the task's listeners, the gateway after it and the steps up to the next wait state (the vote's decision table,
 * the record of the decision), then gone, without a process variable or a history detail row. What was submitted is
 * kept in the application's record ({@code nomination_decision}, the nomination) by those same steps.
 *
 * <p>Kept as process variables: what {@code nomination-review} reads back from a level's review when it ends (its
 * {@code camunda:out} variables, possibly after a wait for a pending matter), and the nominating unit's answer to
 * a return for evidence, which no record holds, with the request it answers (shown in the evidence form).
 */
public final class SubmittedFields {

  private static final Set<String> REVIEW_PROCESSES = Set.of(ModelContract.NOMINATION_REVIEW, ModelContract.LEVEL_REVIEW);

  private static final Set<String> KEPT = Set.of(
      "proposeGoodDeed", "proposeOutstandingCitizen", "proposeBook", "evidenceRequest", "evidenceResponse");

  private SubmittedFields() {}

  /**
   * @param processDefinitionKey the key of the started process
   * @param field a field of its start form
   * @return true when the field is to be transient: a start form field of {@code nomination-review} that the intake
   *     moves into the nomination's record ({@link NominationIntake}), in the start's transaction
   */
  public static boolean endsWithTheIntake(String processDefinitionKey, String field) {
    return ModelContract.NOMINATION_REVIEW.equals(processDefinitionKey) && NominationIntake.FORM_FIELDS.contains(field);
  }

  /**
   * @param processDefinitionKey the key of the task's process
   * @param field a submitted field
   * @return true when the field is to be transient: a field of a review task that no later step reads
   */
  public static boolean endsWithTheStep(String processDefinitionKey, String field) {
    return REVIEW_PROCESSES.contains(processDefinitionKey) && !KEPT.contains(field);
  }
}
