package vn.longbien.exemplar.security;

import java.io.InputStream;
import java.util.Map;
import org.camunda.bpm.engine.impl.FormServiceImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import java.util.function.Supplier;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import vn.longbien.exemplar.forms.DecisionOptions;
import vn.longbien.exemplar.forms.TaskFormTexts;
import vn.longbien.exemplar.forms.UnitOptions;

/**
 * The engine's form service with the data rule of {@link GuardedTaskService}: a submitted task form takes only
 * the task form's fields, a submitted start form only the start form's fields ({@link GuardedRuntimeService}
 * has the same rule for starts through the runtime service). A deployed start form is served with the options
 * its fields take from decision tables ({@link DecisionOptions}) and the organisation file's nominating units
 * ({@link UnitOptions}), and checked with them. A deployed task form is served with the texts composed from the
 * application's records for the task's nomination ({@link TaskFormTexts}: the dossier, the reviewing unit), which
 * the process does not carry.
 */
class GuardedFormService extends FormServiceImpl {

  private final EngineCaller caller;
  private final StepData data;
  private final DecisionOptions options;
  private final UnitOptions units;
  private final Supplier<TaskFormTexts> texts;
  private final Supplier<RuntimeService> runtime;

  GuardedFormService(EngineCaller caller, StepData data, DecisionOptions options, UnitOptions units,
      Supplier<TaskFormTexts> texts, Supplier<RuntimeService> runtime) {
    this.caller = caller;
    this.data = data;
    this.options = options;
    this.units = units;
    this.texts = texts;
    this.runtime = runtime;
  }

  @Override
  public InputStream getDeployedTaskForm(String taskId) {
    InputStream deployed = super.getDeployedTaskForm(taskId);
    return caller.unchecked(() -> {
      Task task = data.visibleTask(taskId);
      if (task == null || task.getProcessInstanceId() == null) {
        return deployed;
      }
      ProcessInstance instance = runtime.get().createProcessInstanceQuery()
          .processInstanceId(task.getProcessInstanceId()).singleResult();
      Object reviewUnit = runtime.get().getVariable(task.getExecutionId(), "reviewUnit");
      return texts.get().served(instance == null ? null : instance.getBusinessKey(),
          reviewUnit instanceof String unit ? unit : null, deployed);
    });
  }

  /** The task's Camunda Form as deployed, without the texts it is served with: what a submission is checked against. */
  InputStream asDeployed(String taskId) {
    return super.getDeployedTaskForm(taskId);
  }

  @Override
  public InputStream getDeployedStartForm(String processDefinitionId) {
    InputStream deployed = super.getDeployedStartForm(processDefinitionId);
    return caller.unchecked(() -> units.served(options.served(deployed)));
  }

  @Override
  public void submitTaskForm(String taskId, Map<String, Object> properties) {
    super.submitTaskForm(taskId, data.submitted(taskId, properties));
  }

  @Override
  public VariableMap submitTaskFormWithVariablesInReturn(String taskId, Map<String, Object> properties,
      boolean deserializeValues) {
    return super.submitTaskFormWithVariablesInReturn(taskId, data.submitted(taskId, properties), deserializeValues);
  }

  @Override
  public ProcessInstance submitStartForm(String processDefinitionId, Map<String, Object> properties) {
    return super.submitStartForm(processDefinitionId, start(processDefinitionId, properties));
  }

  @Override
  public ProcessInstance submitStartForm(String processDefinitionId, String businessKey, Map<String, Object> properties) {
    return super.submitStartForm(processDefinitionId, businessKey, start(processDefinitionId, properties));
  }

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public ProcessInstance submitStartFormData(String processDefinitionId, Map<String, String> properties) {
    return super.submitStartForm(processDefinitionId, start(processDefinitionId, (Map) properties));
  }

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public ProcessInstance submitStartFormData(String processDefinitionId, String businessKey, Map<String, String> properties) {
    return super.submitStartForm(processDefinitionId, businessKey, start(processDefinitionId, (Map) properties));
  }

  private Map<String, Object> start(String processDefinitionId, Map<String, Object> properties) {
    if (caller.insideEngine() || !caller.official() || properties == null || properties.isEmpty()) {
      return properties;
    }
    return data.forStart(processDefinitionId, null, properties);
  }
}
