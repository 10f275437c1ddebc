package vn.longbien.exemplar.forms;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * Data a step's form does not accept: a field the form does not have, a field its conditions hide, a value of
 * the wrong type, out of range or not among the options, a required field left out. Nothing of the submission
 * is written. Camunda REST answers it with 400 (a {@link BadUserRequestException}).
 */
public class FormDataRefusedException extends BadUserRequestException {

  /** One refused field: its key as the form names it, and why, in Vietnamese. */
  public record FieldError(String field, String message) {}

  private final String formId;
  private final List<FieldError> errors;
  private final List<String> applicableFields;

  public FormDataRefusedException(String formId, List<FieldError> errors, List<String> applicableFields) {
    super(message(formId, errors, applicableFields));
    this.formId = formId;
    this.errors = List.copyOf(errors);
    this.applicableFields = List.copyOf(applicableFields);
  }

  private static String message(String formId, List<FieldError> errors, List<String> applicableFields) {
    return "Dữ liệu không hợp lệ cho biểu mẫu " + formId + ": "
        + errors.stream().map(e -> e.field() + " — " + e.message()).collect(Collectors.joining("; "))
        + ". Các trường áp dụng ở bước này: "
        + (applicableFields.isEmpty() ? "(không có)" : String.join(", ", applicableFields));
  }

  public String formId() {
    return formId;
  }

  public List<FieldError> errors() {
    return errors;
  }

  /** The fields the step takes with the data as submitted (those its conditions do not hide). */
  public List<String> applicableFields() {
    return applicableFields;
  }
}
