package vn.longbien.exemplar.forms;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.form.FormData;
import org.camunda.bpm.engine.form.FormField;

/**
 * The form a step shows, as the engine serves it to Tasklist: the deployed Camunda Form of a user task or a
 * start event ({@code camunda:formRef}, any binding), or the fields of a generated form
 * ({@code camunda:formData}). A step with neither takes no data.
 */
public final class StepForms {

  private final Supplier<FormService> forms;
  private final Function<String, InputStream> deployedTaskForm;

  /**
   * @param deployedTaskForm a task's Camunda Form as deployed (the engine's {@code getDeployedTaskForm}, or a
   *     service's own variant of it)
   */
  public StepForms(Supplier<FormService> forms, Function<String, InputStream> deployedTaskForm) {
    this.forms = forms;
    this.deployedTaskForm = deployedTaskForm;
  }

  public FormSchema ofTask(String taskId) {
    return read(() -> deployedTaskForm.apply(taskId), () -> forms.get().getTaskFormData(taskId), "task " + taskId);
  }

  public FormSchema ofStart(String processDefinitionId) {
    return read(() -> forms.get().getDeployedStartForm(processDefinitionId),
        () -> forms.get().getStartFormData(processDefinitionId), "start of " + processDefinitionId);
  }

  private static FormSchema read(Supplier<InputStream> deployed, Supplier<FormData> generated, String step) {
    try {
      return FormSchema.parse(deployed.get());
    } catch (BadUserRequestException noDeployedForm) {
      // Also NotFoundException: the form the model names is not deployed.
      // No Camunda Form: a generated form's fields, or nothing.
      FormData data = generated.get();
      List<FormSchema.Field> fields = new ArrayList<>();
      if (data != null && data.getFormFields() != null) {
        for (FormField field : data.getFormFields()) {
          fields.add(generatedField(field));
        }
      }
      return new FormSchema(data != null && data.getFormKey() != null ? data.getFormKey() : step, List.copyOf(fields));
    }
  }

  /** A generated form's field; the engine checks its own validation constraints when the form is submitted. */
  private static FormSchema.Field generatedField(FormField field) {
    String type = switch (field.getTypeName() == null ? "string" : field.getTypeName()) {
      case "long" -> "number";
      case "boolean" -> "checkbox";
      case "date" -> "expression";
      default -> "textfield";
    };
    Integer digits = "number".equals(type) ? 0 : null;
    return new FormSchema.Field(field.getId(), type, field.getLabel() == null ? field.getId() : field.getLabel(), false,
        null, null, null, null, null, null, List.of(), null, null, null, digits, false);
  }
}
