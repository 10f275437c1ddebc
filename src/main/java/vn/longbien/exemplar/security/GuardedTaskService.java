package vn.longbien.exemplar.security;

import java.io.InputStream;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.TaskServiceImpl;
import org.camunda.bpm.engine.task.Attachment;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.ErrorEventDefinition;
import org.camunda.bpm.model.bpmn.instance.EscalationEventDefinition;
import org.camunda.bpm.model.bpmn.instance.EventDefinition;
import vn.longbien.exemplar.forms.FormCheck.Mode;
import vn.longbien.exemplar.text.PlainText;

/**
 * The engine's task service with the rules of who may do what to a task, for every caller: Camunda REST,
 * the webapps (Tasklist) and the Java API alike.
 * <ul>
 *   <li>A task's data goes in only through its form: completing, submitting, resolving, setting or removing
 *       variables accept only the fields of the task's form, typed and checked as the form declares
 *       ({@link StepData}).
 *   <li>An official assigns, delegates or claims a task of their own group only, and only to a member of the
 *       task's candidate groups.
 *   <li>A task's due date, name, description, priority, candidate groups and users and owner are the
 *       model's: only an administrator (or the application itself) changes them. Officials hold
 *       {@code TASK_WORK} and {@code TASK_ASSIGN}, and {@code TASK_ASSIGN} alone would allow those changes.
 *   <li>Comments: on a task the official may see, edited or deleted only by whoever wrote them. Attachments:
 *       evidence goes through the application's checked upload, not through the engine.
 *   <li>A BPMN error or escalation is thrown from a task only where the model catches it on that task (an
 *       uncaught one would end the review silently).
 * </ul>
 */
class GuardedTaskService extends TaskServiceImpl {

  private final EngineCaller caller;
  private final StepData data;
  private final Supplier<RepositoryService> repository;
  private final Supplier<RuntimeService> runtime;

  GuardedTaskService(EngineCaller caller, StepData data, Supplier<RepositoryService> repository,
      Supplier<RuntimeService> runtime) {
    this.caller = caller;
    this.data = data;
    this.repository = repository;
    this.runtime = runtime;
  }

  // The task's data: only its form's fields.

  @Override
  public void complete(String taskId, Map<String, Object> variables) {
    super.complete(taskId, data.submitted(taskId, variables));
  }

  @Override
  public VariableMap completeWithVariablesInReturn(String taskId, Map<String, Object> variables, boolean deserializeValues) {
    return super.completeWithVariablesInReturn(taskId, data.submitted(taskId, variables), deserializeValues);
  }

  @Override
  public void resolveTask(String taskId, Map<String, Object> variables) {
    super.resolveTask(taskId, submission(taskId, variables, Mode.PARTIAL));
  }

  @Override
  protected void setVariables(String taskId, Map<String, ?> variables, boolean local) {
    super.setVariables(taskId, submission(taskId, variables, Mode.PARTIAL), local);
  }

  @Override
  protected void updateVariables(String taskId, Map<String, ?> modifications, Collection<String> deletions, boolean local) {
    if (deletions != null && !deletions.isEmpty() && checked(taskId)) {
      data.removalForTask(taskId, deletions);
    }
    super.updateVariables(taskId, modifications == null ? null : submission(taskId, modifications, Mode.PARTIAL), deletions, local);
  }

  @Override
  public void removeVariable(String taskId, String variableName) {
    removal(taskId, List.of(variableName));
    super.removeVariable(taskId, variableName);
  }

  @Override
  public void removeVariableLocal(String taskId, String variableName) {
    removal(taskId, List.of(variableName));
    super.removeVariableLocal(taskId, variableName);
  }

  @Override
  public void removeVariables(String taskId, Collection<String> variableNames) {
    removal(taskId, variableNames);
    super.removeVariables(taskId, variableNames);
  }

  @Override
  public void removeVariablesLocal(String taskId, Collection<String> variableNames) {
    removal(taskId, variableNames);
    super.removeVariablesLocal(taskId, variableNames);
  }

  @Override
  public void handleBpmnError(String taskId, String errorCode) {
    catches(taskId, true, errorCode);
    super.handleBpmnError(taskId, errorCode);
  }

  @Override
  public void handleBpmnError(String taskId, String errorCode, String errorMessage) {
    catches(taskId, true, errorCode);
    super.handleBpmnError(taskId, errorCode, errorMessage);
  }

  @Override
  public void handleBpmnError(String taskId, String errorCode, String errorMessage, Map<String, Object> variables) {
    catches(taskId, true, errorCode);
    super.handleBpmnError(taskId, errorCode, errorMessage, submission(taskId, variables, Mode.PARTIAL));
  }

  @Override
  public void handleEscalation(String taskId, String escalationCode) {
    catches(taskId, false, escalationCode);
    super.handleEscalation(taskId, escalationCode);
  }

  @Override
  public void handleEscalation(String taskId, String escalationCode, Map<String, Object> variables) {
    catches(taskId, false, escalationCode);
    super.handleEscalation(taskId, escalationCode, submission(taskId, variables, Mode.PARTIAL));
  }

  // Who works the task: an official's own group, and only its members.

  @Override
  public void claim(String taskId, String userId) {
    if (official() && !Objects.equals(userId, caller.userId())) {
      checkAssignment(taskId, userId, true);
    }
    super.claim(taskId, userId);
  }

  @Override
  public void setAssignee(String taskId, String userId) {
    if (official()) {
      checkAssignment(taskId, userId, true);
    }
    super.setAssignee(taskId, userId);
  }

  @Override
  public void delegateTask(String taskId, String userId) {
    if (official()) {
      checkAssignment(taskId, userId, false);
    }
    super.delegateTask(taskId, userId);
  }

  // The task's own properties: the model's, changed by administrators only.

  @Override
  public void saveTask(Task task) {
    modelOnly(task.getId(), "thông tin công việc");
    super.saveTask(task);
  }

  @Override
  public void setOwner(String taskId, String userId) {
    modelOnly(taskId, "người giao việc (owner)");
    super.setOwner(taskId, userId);
  }

  @Override
  public void addCandidateUser(String taskId, String userId) {
    modelOnly(taskId, "người được giao");
    super.addCandidateUser(taskId, userId);
  }

  @Override
  public void addCandidateGroup(String taskId, String groupId) {
    modelOnly(taskId, "nhóm được giao");
    super.addCandidateGroup(taskId, groupId);
  }

  @Override
  public void addUserIdentityLink(String taskId, String userId, String identityLinkType) {
    modelOnly(taskId, "người được giao");
    super.addUserIdentityLink(taskId, userId, identityLinkType);
  }

  @Override
  public void addGroupIdentityLink(String taskId, String groupId, String identityLinkType) {
    modelOnly(taskId, "nhóm được giao");
    super.addGroupIdentityLink(taskId, groupId, identityLinkType);
  }

  @Override
  public void deleteCandidateUser(String taskId, String userId) {
    modelOnly(taskId, "người được giao");
    super.deleteCandidateUser(taskId, userId);
  }

  @Override
  public void deleteCandidateGroup(String taskId, String groupId) {
    modelOnly(taskId, "nhóm được giao");
    super.deleteCandidateGroup(taskId, groupId);
  }

  @Override
  public void deleteUserIdentityLink(String taskId, String userId, String identityLinkType) {
    modelOnly(taskId, "người được giao");
    super.deleteUserIdentityLink(taskId, userId, identityLinkType);
  }

  @Override
  public void deleteGroupIdentityLink(String taskId, String groupId, String identityLinkType) {
    modelOnly(taskId, "nhóm được giao");
    super.deleteGroupIdentityLink(taskId, groupId, identityLinkType);
  }

  @Override
  public void setPriority(String taskId, int priority) {
    modelOnly(taskId, "mức ưu tiên");
    super.setPriority(taskId, priority);
  }

  @Override
  public void setName(String taskId, String name) {
    modelOnly(taskId, "tên công việc");
    super.setName(taskId, name);
  }

  @Override
  public void setDescription(String taskId, String description) {
    modelOnly(taskId, "mô tả công việc");
    super.setDescription(taskId, description);
  }

  @Override
  public void setDueDate(String taskId, Date dueDate) {
    modelOnly(taskId, "hạn xử lý");
    super.setDueDate(taskId, dueDate);
  }

  @Override
  public void setFollowUpDate(String taskId, Date followUpDate) {
    modelOnly(taskId, "ngày theo dõi");
    super.setFollowUpDate(taskId, followUpDate);
  }

  // Comments and attachments.

  @Override
  public Comment createComment(String taskId, String processInstanceId, String message) {
    if (official()) {
      boolean visible = taskId != null
          ? data.visibleTask(taskId) != null
          : processInstanceId != null && runtime.get().createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0;
      if (!visible) {
        throw new AuthorizationException("Chỉ ghi ý kiến vào công việc của đơn vị mình"
            + " (comments only on a task or process instance the caller may read)");
      }
    }
    return super.createComment(taskId, processInstanceId, commentText(message));
  }

  /**
   * A comment is read by who may read its task (open, or in the task's history for an inspector). The engine's
   * own call looks the comment up by its ids alone; to a caller who may not read the task it answers as for a
   * comment that does not exist (REST: 404), revealing nothing.
   */
  @Override
  public Comment getTaskComment(String taskId, String commentId) {
    if (official() && taskId != null && data.visibleTask(taskId) == null && !data.visibleInHistory(taskId)) {
      return null;
    }
    return super.getTaskComment(taskId, commentId);
  }

  @Override
  public void updateTaskComment(String taskId, String commentId, String message) {
    ownComment(taskId, commentId);
    super.updateTaskComment(taskId, commentId, commentText(message));
  }

  @Override
  public void deleteTaskComment(String taskId, String commentId) {
    ownComment(taskId, commentId);
    super.deleteTaskComment(taskId, commentId);
  }

  @Override
  public void deleteTaskComments(String taskId) {
    modelOnly(taskId, "các ý kiến của người khác");
    super.deleteTaskComments(taskId);
  }

  @Override
  public Attachment createAttachment(String attachmentType, String taskId, String processInstanceId, String attachmentName,
      String attachmentDescription, InputStream content) {
    noEngineAttachments();
    return super.createAttachment(attachmentType, taskId, processInstanceId, attachmentName, attachmentDescription, content);
  }

  @Override
  public Attachment createAttachment(String attachmentType, String taskId, String processInstanceId, String attachmentName,
      String attachmentDescription, String url) {
    noEngineAttachments();
    return super.createAttachment(attachmentType, taskId, processInstanceId, attachmentName, attachmentDescription, url);
  }

  @Override
  public void saveAttachment(Attachment attachment) {
    noEngineAttachments();
    super.saveAttachment(attachment);
  }

  @Override
  public void deleteAttachment(String attachmentId) {
    noEngineAttachments();
    super.deleteAttachment(attachmentId);
  }

  @Override
  public void deleteTaskAttachment(String taskId, String attachmentId) {
    noEngineAttachments();
    super.deleteTaskAttachment(taskId, attachmentId);
  }

  // The rules.

  private boolean official() {
    return !caller.insideEngine() && caller.official();
  }

  /** Whether the data rule applies: a call from outside the engine on a task the caller can see. */
  private boolean checked(String taskId) {
    return !caller.insideEngine() && data.visibleTask(taskId) != null;
  }

  private Map<String, Object> submission(String taskId, Map<String, ?> variables, Mode mode) {
    if (!checked(taskId)) {
      @SuppressWarnings("unchecked")
      Map<String, Object> asGiven = (Map<String, Object>) variables;
      return asGiven;
    }
    return data.forTask(taskId, variables, mode);
  }

  private void removal(String taskId, Collection<String> names) {
    if (checked(taskId)) {
      data.removalForTask(taskId, names);
    }
  }

  /** Refused to officials; a task that does not exist is left to the engine to say so (404). */
  private void modelOnly(String taskId, String what) {
    if (official() && (taskId == null || caller.unchecked(() -> createTaskQuery().taskId(taskId).count()) > 0)) {
      throw new AuthorizationException("Chỉ quản trị viên được thay đổi " + what + "; các thông tin này do quy trình đặt"
          + " (only administrators change a task's properties)");
    }
  }

  private void noEngineAttachments() {
    if (official()) {
      throw new AuthorizationException("Minh chứng được nộp qua ứng dụng (POST /api/nominations/{id}/attachments),"
          + " không đính kèm vào công việc (task attachments are not accepted)");
    }
  }

  private void ownComment(String taskId, String commentId) {
    if (!official()) {
      return;
    }
    Comment comment = caller.unchecked(() -> super.getTaskComment(taskId, commentId));
    if (comment != null && !Objects.equals(comment.getUserId(), caller.userId())) {
      throw new AuthorizationException("Chỉ người viết ý kiến được sửa hoặc xóa ý kiến đó"
          + " (only the author edits or deletes a comment)");
    }
  }

  private static String commentText(String message) {
    PlainText.problem(message, PlainText.Lines.MULTI).ifPresent(problem -> {
      throw new BadUserRequestException("Ý kiến " + problem + " (comment text refused)");
    });
    return PlainText.normalized(message);
  }

  /**
   * An official assigns (or claims for someone, or delegates) a task of their own only, to a member of its
   * candidate groups; nobody (unclaiming) only where {@code mayBeNobody}.
   */
  private void checkAssignment(String taskId, String userId, boolean mayBeNobody) {
    Task task = caller.unchecked(() -> createTaskQuery().taskId(taskId).singleResult());
    if (task == null) {
      return;
    }
    List<IdentityLink> links = caller.unchecked(() -> getIdentityLinksForTask(taskId));
    List<String> groups = links.stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId).toList();
    List<String> users = links.stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getUserId() != null)
        .map(IdentityLink::getUserId).toList();
    String me = caller.userId();
    boolean mine = me.equals(task.getAssignee()) || me.equals(task.getOwner()) || users.contains(me)
        || caller.groupIds().stream().anyMatch(groups::contains);
    if (!mine) {
      throw new AuthorizationException("Chỉ giao hoặc ủy quyền công việc của nhóm mình"
          + " (the caller is not a candidate of task " + taskId + ")");
    }
    if (userId == null) {
      if (!mayBeNobody) {
        throw new BadUserRequestException("Chưa chọn người nhận công việc (userId is required)");
      }
      return;
    }
    if (!users.contains(userId) && !caller.isMember(userId, groups)) {
      throw new BadUserRequestException("Người nhận " + userId + " không thuộc nhóm được giao công việc này ("
          + String.join(", ", groups) + "): chỉ giao, ủy quyền cho thành viên của nhóm"
          + " (userId must be a member of the task's candidate groups)");
    }
  }

  /** A BPMN error or escalation only where a boundary event on the task catches it. */
  private void catches(String taskId, boolean error, String code) {
    if (caller.insideEngine()) {
      return;
    }
    Task task = data.visibleTask(taskId);
    if (task == null || task.getProcessDefinitionId() == null) {
      return;
    }
    BpmnModelInstance model = caller.unchecked(() -> repository.get().getBpmnModelInstance(task.getProcessDefinitionId()));
    boolean caught = model.getModelElementsByType(BoundaryEvent.class).stream()
        .filter(boundary -> boundary.getAttachedTo() != null
            && task.getTaskDefinitionKey().equals(boundary.getAttachedTo().getId()))
        .flatMap(boundary -> boundary.getEventDefinitions().stream())
        .anyMatch(definition -> catchesCode(definition, error, code));
    if (!caught) {
      throw new BadUserRequestException("Bước “" + task.getName() + "” không xử lý " + (error ? "lỗi" : "escalation")
          + " mã " + code + "; công việc chỉ được hoàn thành bằng biểu mẫu của nó"
          + " (no boundary event on this task catches it)");
    }
  }

  private static boolean catchesCode(EventDefinition definition, boolean error, String code) {
    if (error && definition instanceof ErrorEventDefinition caught) {
      return caught.getError() == null || Objects.equals(code, caught.getError().getErrorCode());
    }
    if (!error && definition instanceof EscalationEventDefinition caught) {
      return caught.getEscalation() == null || Objects.equals(code, caught.getEscalation().getEscalationCode());
    }
    return false;
  }
}
