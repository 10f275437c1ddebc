package vn.longbien.exemplar.review;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.ProcessEngineException;

/** Reads a decision's result whether its table yields one row or collects several. */
final class DecisionOutputs {

  private final String decisionKey;
  private final DmnDecisionResult result;

  DecisionOutputs(String decisionKey, DmnDecisionResult result) {
    this.decisionKey = decisionKey;
    this.result = result;
  }

  /** True only if some row says so and no row says otherwise. */
  boolean allTrue(String output) {
    List<Boolean> values = values(output, Boolean.class);
    if (values.isEmpty()) {
      throw new ProcessEngineException("Bảng quyết định " + decisionKey + " không trả về " + output);
    }
    return values.stream().allMatch(Boolean::booleanValue);
  }

  boolean anyTrue(String output) {
    return values(output, Boolean.class).stream().anyMatch(Boolean::booleanValue);
  }

  /** Every text of the output, flattening lists. */
  List<String> texts(String output) {
    List<String> texts = new ArrayList<>();
    for (Map<String, Object> row : result.getResultList()) {
      Object value = row.get(output);
      if (value instanceof Collection<?> list) {
        list.forEach(item -> texts.add(String.valueOf(item)));
      } else if (value != null && !value.toString().isBlank()) {
        texts.add(value.toString());
      }
    }
    return texts;
  }

  String text(String output) {
    return String.join("; ", texts(output));
  }

  boolean has(String output) {
    return !values(output, Object.class).isEmpty();
  }

  int integer(String output) {
    List<Number> values = values(output, Number.class);
    if (values.size() != 1) {
      throw new ProcessEngineException("Bảng quyết định " + decisionKey + " phải trả về đúng một " + output);
    }
    return values.get(0).intValue();
  }

  private <T> List<T> values(String output, Class<T> type) {
    List<T> values = new ArrayList<>();
    for (Map<String, Object> row : result.getResultList()) {
      Object value = row.get(output);
      if (type.isInstance(value)) {
        values.add(type.cast(value));
      }
    }
    return values;
  }
}
