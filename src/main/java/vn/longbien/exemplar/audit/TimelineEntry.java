package vn.longbien.exemplar.audit;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One line of a nomination's audit timeline: when, what kind of event, who (a user id, or {@code null} for
 * the system), at which step of the models, a Vietnamese description and the raw evidence behind it.
 *
 * @param step the BPMN activity id ({@code Task_CouncilReview}), a model key for deployments, or {@code null}
 * @param stepName the step's Vietnamese name as the model has it
 * @param details evidence as shown: variable names and values, decision inputs and outputs, in a stable order
 */
public record TimelineEntry(
    Instant time, EntryKind kind, String actor, String step, String stepName, String description,
    Map<String, String> details) {

  public TimelineEntry {
    details = details == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(details));
  }
}
