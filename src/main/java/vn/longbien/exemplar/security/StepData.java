package vn.longbien.exemplar.security;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import vn.longbien.exemplar.forms.FormCheck;
import vn.longbien.exemplar.forms.FormSchema;
import vn.longbien.exemplar.forms.StepForms;
import vn.longbien.exemplar.review.SubmittedFields;

/**
 * The data rule of the guarded services: a task takes only the fields of its form, a process start only the
 * fields of its start form ({@link FormCheck}).
 */
final class StepData {

  private final EngineCaller caller;
  private final Supplier<TaskService> tasks;
  private final Supplier<RepositoryService> repository;
  private final Supplier<HistoryService> history;
  private final StepForms forms;
  /** A definition's key by its id (a deployed definition never changes). */
  private final Map<String, String> processKeys = new ConcurrentHashMap<>();

  StepData(EngineCaller caller, Supplier<TaskService> tasks, Supplier<FormService> forms,
      Supplier<RepositoryService> repository, Supplier<HistoryService> history) {
    this.caller = caller;
    this.tasks = tasks;
    this.repository = repository;
    this.history = history;
    // A submission is checked against the form as deployed; the texts Tasklist is served with are for reading only.
    this.forms = new StepForms(forms, taskId -> forms.get() instanceof GuardedFormService guarded
        ? guarded.asDeployed(taskId) : forms.get().getDeployedTaskForm(taskId));
  }

  /**
   * The task as the caller sees it, or null when it does not exist or is not theirs: the engine's own call then
   * answers as it always does (not found, or no permission), and the guard reveals nothing about the task.
   */
  Task visibleTask(String taskId) {
    return taskId == null ? null : tasks.get().createTaskQuery().taskId(taskId).singleResult();
  }

  /** Whether the caller may read the task's history (the engine's historic task grants decide). */
  boolean visibleInHistory(String taskId) {
    return history.get().createHistoricTaskInstanceQuery().taskId(taskId).count() > 0;
  }

  /**
   * A task's submission (complete, submit form): checked against the task's form, its fields that end with the step
   * made transient. The task is read once, as the caller sees it; one the caller cannot see is left to the engine,
   * which refuses it. A call from inside the engine is not checked.
   */
  Map<String, Object> submitted(String taskId, Map<String, Object> variables) {
    if (caller.insideEngine()) {
      return endingWithTheStep(taskId, variables);
    }
    Task task = visibleTask(taskId);
    return task == null ? variables : endingWithTheStep(task, forTask(taskId, variables, FormCheck.Mode.SUBMIT));
  }

  /** The submission checked against the task's form; the task must be visible to the caller. */
  Map<String, Object> forTask(String taskId, Map<String, ?> variables, FormCheck.Mode mode) {
    FormSchema form = caller.unchecked(() -> forms.ofTask(taskId));
    return FormCheck.check(form, variables, names -> caller.unchecked(() -> tasks.get().getVariables(taskId, names)), mode);
  }

  /**
   * The submission with the fields that end with the task's step ({@link SubmittedFields}) made transient: primitive
   * values only, and none that already exists as a persistent variable of the task's scope (the engine refuses to
   * turn one into the other; an instance started before this rule keeps its variables as they were).
   */
  private Map<String, Object> endingWithTheStep(String taskId, Map<String, Object> variables) {
    if (taskId == null || variables == null || variables.isEmpty()) {
      return variables;
    }
    return endingWithTheStep(caller.unchecked(() -> tasks.get().createTaskQuery().taskId(taskId).singleResult()), variables);
  }

  /** As {@link #endingWithTheStep(String, Map)}, for the task the guard has already read. */
  private Map<String, Object> endingWithTheStep(Task task, Map<String, Object> variables) {
    if (task == null || task.getProcessDefinitionId() == null || variables == null || variables.isEmpty()) {
      return variables;
    }
    String key = processKey(task.getProcessDefinitionId());
    List<String> ending = variables.keySet().stream().filter(name -> SubmittedFields.endsWithTheStep(key, name)).toList();
    if (ending.isEmpty()) {
      return variables;
    }
    Set<String> existing = caller.unchecked(() -> tasks.get().getVariables(task.getId(), ending).keySet());
    Map<String, Object> result = new LinkedHashMap<>();
    variables.forEach((name, value) -> result.put(name,
        ending.contains(name) && !existing.contains(name) ? transientValue(value) : value));
    return result;
  }

  /** The definition's key from the engine's cached definition (an id is "key:version:uuid" only while that fits). */
  private String processKey(String definitionId) {
    return processKeys.computeIfAbsent(definitionId,
        id -> caller.unchecked(() -> repository.get().getProcessDefinition(id).getKey()));
  }

  private static Object transientValue(Object value) {
    if (value instanceof TypedValue typed) {
      if (typed.isTransient() || typed.getType() == null || !typed.getType().isPrimitiveValueType()) {
        return value;
      }
      return Variables.untypedValue(typed.getValue(), true);
    }
    return value == null || value instanceof String || value instanceof Number || value instanceof Boolean
        || value instanceof java.util.Date ? Variables.untypedValue(value, true) : value;
  }

  void removalForTask(String taskId, Collection<String> names) {
    FormCheck.checkRemoval(caller.unchecked(() -> forms.ofTask(taskId)), names);
  }

  /** A start's variables checked against the start form of the definition (by id, or the latest by key). */
  Map<String, Object> forStart(String processDefinitionId, String processDefinitionKey, Map<String, ?> variables) {
    String definitionId = processDefinitionId != null ? processDefinitionId : caller.unchecked(() -> {
      ProcessDefinition latest = repository.get().createProcessDefinitionQuery()
          .processDefinitionKey(processDefinitionKey).withoutTenantId().latestVersion().singleResult();
      return latest == null ? null : latest.getId();
    });
    if (definitionId == null) {
      // No such process: the engine's own call says so.
      return variables == null ? null : new java.util.LinkedHashMap<>(variables);
    }
    FormSchema form = caller.unchecked(() -> forms.ofStart(definitionId));
    Map<String, Object> checked = FormCheck.check(form, variables, names -> Map.of(), FormCheck.Mode.SUBMIT);
    if (checked == null) {
      return null;
    }
    // The fields the intake moves into the nomination's record end with it (SubmittedFields).
    String key = processKey(definitionId);
    Map<String, Object> result = new LinkedHashMap<>();
    checked.forEach((name, value) ->
        result.put(name, SubmittedFields.endsWithTheIntake(key, name) ? transientValue(value) : value));
    return result;
  }
}
