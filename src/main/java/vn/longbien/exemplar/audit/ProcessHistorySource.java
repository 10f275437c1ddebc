package vn.longbien.exemplar.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.longbien.exemplar.nomination.NominationDecision;
import vn.longbien.exemplar.nomination.NominationDecisionRepository;
import vn.longbien.exemplar.nomination.NominationQueries;
import vn.longbien.exemplar.nomination.Objection;
import vn.longbien.exemplar.organisation.ReviewLevel;

/**
 * The nomination's steps from Camunda's history: process instances started and ended, automatic steps,
 * user tasks (created for which groups, claimed, completed by whom), and every other user operation on the instances (variables changed, assignees changed, instances modified) from
 * the user operation log; every decision-table evaluation ({@link DecisionEvaluationEntries}) at its business
 * rule task; and, right after the task that carried each, the votes, decisions and returns for evidence as the
 * application recorded them ({@code nomination_decision}: the outcome, the sentence and what was submitted),
 * and the objections received during public posting as their rows hold them, each at the step that took it in,
 * so that no outcome is decoded from the models' element ids, form fields or variables.
 *
 * <p>Entries of the same instant keep the models' order: the walk through the activity instances, with each
 * called {@code level-review} instance inside the call activity that started it.
 */
@Component
@Order(20)
class ProcessHistorySource implements TimelineSource {

  /**
   * Steps without their own meaning for an inspector, or with their own entries: user tasks, decision tables,
   * and the start and end events of each instance (its start and end entries).
   */
  private static final Set<String> SKIPPED_ACTIVITY_TYPES = Set.of(
      "userTask", "businessRuleTask", "startEvent", "noneEndEvent", "exclusiveGateway", "eventBasedGateway",
      "parallelGateway", "inclusiveGateway");

  private static final Set<String> ASSIGNMENT_OPERATIONS = Set.of(
      UserOperationLogEntry.OPERATION_TYPE_CLAIM, UserOperationLogEntry.OPERATION_TYPE_ASSIGN,
      UserOperationLogEntry.OPERATION_TYPE_DELEGATE, UserOperationLogEntry.OPERATION_TYPE_SET_OWNER);

  private static final Map<String, String> OPERATION_NAMES = Map.ofEntries(
      Map.entry(UserOperationLogEntry.OPERATION_TYPE_SET_VARIABLE, "đặt giá trị biến"),
      Map.entry(UserOperationLogEntry.OPERATION_TYPE_MODIFY_VARIABLE, "sửa giá trị biến"),
      Map.entry(UserOperationLogEntry.OPERATION_TYPE_REMOVE_VARIABLE, "xóa biến"),
      Map.entry(UserOperationLogEntry.OPERATION_TYPE_SET_VARIABLES, "đặt giá trị các biến"),
      Map.entry(UserOperationLogEntry.OPERATION_TYPE_DELETE_HISTORY, "xóa lịch sử"),
      Map.entry(UserOperationLogEntry.OPERATION_TYPE_DELETE, "xóa"),
      Map.entry(UserOperationLogEntry.OPERATION_TYPE_SUSPEND, "tạm ngừng"),
      Map.entry(UserOperationLogEntry.OPERATION_TYPE_ACTIVATE, "kích hoạt lại"),
      Map.entry(UserOperationLogEntry.OPERATION_TYPE_MODIFY_PROCESS_INSTANCE, "điều chỉnh tiến trình"),
      Map.entry(UserOperationLogEntry.OPERATION_TYPE_MIGRATE, "chuyển sang phiên bản mô hình khác"),
      Map.entry(UserOperationLogEntry.OPERATION_TYPE_CORRELATE_MESSAGE, "gửi thông điệp"),
      Map.entry(UserOperationLogEntry.OPERATION_TYPE_SET_JOB_RETRIES, "đặt lại số lần thử của tác vụ nền"),
      Map.entry(UserOperationLogEntry.OPERATION_TYPE_EXECUTE, "chạy tác vụ nền"),
      Map.entry(UserOperationLogEntry.OPERATION_TYPE_SET_DUEDATE, "đổi hạn"),
      Map.entry(UserOperationLogEntry.OPERATION_TYPE_SET_PRIORITY, "đổi mức ưu tiên"),
      Map.entry(UserOperationLogEntry.OPERATION_TYPE_UPDATE, "cập nhật"),
      Map.entry(UserOperationLogEntry.OPERATION_TYPE_RESOLVE, "trả lại công việc đã ủy quyền"),
      Map.entry(UserOperationLogEntry.OPERATION_TYPE_ADD_USER_LINK, "thêm người liên quan"),
      Map.entry(UserOperationLogEntry.OPERATION_TYPE_DELETE_USER_LINK, "bỏ người liên quan"),
      Map.entry(UserOperationLogEntry.OPERATION_TYPE_ADD_GROUP_LINK, "thêm nhóm được giao"),
      Map.entry(UserOperationLogEntry.OPERATION_TYPE_DELETE_GROUP_LINK, "bỏ nhóm được giao"),
      Map.entry(UserOperationLogEntry.OPERATION_TYPE_CREATE, "tạo mới"));



  private final HistoryService history;
  private final DecisionEvaluationEntries decisionEvaluations;
  private final NominationDecisionRepository decisions;
  private final NominationQueries nominations;

  ProcessHistorySource(
      HistoryService history, DecisionEvaluationEntries decisionEvaluations, NominationDecisionRepository decisions,
      NominationQueries nominations) {
    this.history = history;
    this.decisionEvaluations = decisionEvaluations;
    this.decisions = decisions;
    this.nominations = nominations;
  }

  @Override
  public List<TimelineEntry> entriesFor(NominationScope scope) {
    Walk walk = new Walk(new Recorded(decisions.findByNominationIdOrderByDecidedAtAscIdAsc(scope.nominationId())),
        new Objections(nominations.objectionsOf(scope.nominationId())));
    Map<String, HistoricProcessInstance> byId = new HashMap<>();
    scope.processInstances().forEach(instance -> byId.put(instance.getId(), instance));
    for (HistoricProcessInstance instance : scope.processInstances()) {
      walk.instances.put(instance.getId(), new InstanceHistory(instance));
    }
    for (HistoricProcessInstance instance : scope.processInstances()) {
      if (instance.getSuperProcessInstanceId() == null || !byId.containsKey(instance.getSuperProcessInstanceId())) {
        walk.place(instance.getId());
      }
    }
    List<Placed> placed = new ArrayList<>();
    for (InstanceHistory instance : walk.instances.values()) {
      placed.addAll(instance.entries(walk));
    }
    // Decisions carried by no task the history still holds (recorded before the task was kept on the record).
    for (NominationDecision decision : walk.recorded.notCarried()) {
      placed.add(new Placed(decisionEntry(decision, null, null, null, decision.getDecidedAt()), Integer.MAX_VALUE, 3));
    }
    // Objections taken in by no step the history still holds (received before the step was kept on the row).
    for (Objection objection : walk.objections.notTakenIn()) {
      placed.add(new Placed(walk.objections.entry(objection, null), Integer.MAX_VALUE, 0));
    }
    decisionEvaluations.of(scope).forEach((evaluation, entry) ->
        placed.add(new Placed(entry, walk.position(evaluation.getActivityInstanceId()), 1)));
    placed.sort(Comparator.comparing((Placed p) -> p.entry.time())
        .thenComparingInt(p -> p.position)
        .thenComparingInt(p -> p.subOrder));
    return placed.stream().map(p -> p.entry).toList();
  }

  private record Placed(TimelineEntry entry, int position, int subOrder) {}

  /** The nomination's decision records, each placed once: after the task that carried it, or on its own. */
  private static final class Recorded {
    private final List<NominationDecision> all;
    private final Set<Long> placed = new HashSet<>();

    Recorded(List<NominationDecision> all) {
      this.all = all;
    }

    List<NominationDecision> carriedBy(String taskId) {
      List<NominationDecision> carried = all.stream()
          .filter(d -> taskId.equals(d.getTaskId()) && !placed.contains(d.getId())).toList();
      carried.forEach(d -> placed.add(d.getId()));
      return carried;
    }

    List<NominationDecision> notCarried() {
      return all.stream().filter(d -> !placed.contains(d.getId())).toList();
    }
  }

  /**
   * The nomination's objections, each placed once: at the review step that took it in (its activity instance),
   * or on its own at the time it was received. Its count is its number among those received at its unit.
   */
  private static final class Objections {
    private final List<Objection> all;
    private final Map<String, Objection> byStep = new HashMap<>();
    private final Set<Long> placed = new HashSet<>();

    Objections(List<Objection> all) {
      this.all = all;
      all.stream().filter(o -> o.getActivityInstanceId() != null)
          .forEach(o -> byStep.putIfAbsent(o.getActivityInstanceId(), o));
    }

    Objection takenInBy(String activityInstanceId) {
      Objection objection = byStep.get(activityInstanceId);
      if (objection != null) {
        placed.add(objection.getId());
      }
      return objection;
    }

    List<Objection> notTakenIn() {
      return all.stream().filter(o -> !placed.contains(o.getId())).toList();
    }

    /** The objection as its row holds it, at the step that took it in when the history still has it. */
    TimelineEntry entry(Objection objection, HistoricActivityInstance step) {
      long count = all.stream().takeWhile(o -> o != objection)
          .filter(o -> Objects.equals(o.getReviewUnit(), objection.getReviewUnit())).count() + 1;
      Map<String, String> details = new LinkedHashMap<>();
      details.put("objectionSender", objection.sender());
      details.put("objectionText", objection.getContent());
      details.put("objectionIsComplaint", String.valueOf(objection.isComplaint()));
      details.put("objectionCount", String.valueOf(count));
      if (step != null) {
        details.put("processInstanceId", step.getProcessInstanceId());
      }
      return new TimelineEntry(step == null ? objection.getReceivedAt() : Values.instant(step.getStartTime()),
          EntryKind.OBJECTION, objection.getRecordedBy(), step == null ? null : step.getActivityId(),
          step == null ? EntryKind.OBJECTION.label() : step.getActivityName(),
          "Ý kiến phản ánh của " + objection.sender() + ": " + objection.getContent()
              + (objection.isComplaint() ? " (" + Objection.COMPLAINT_HOLDS + ")" : ""),
          details);
    }
  }

  /**
   * A decision as the record holds it (the review glue wrote its sentence and what was submitted), after the
   * task that carried it when the history still has that task.
   */
  private static TimelineEntry decisionEntry(
      NominationDecision decision, HistoricTaskInstance task, String groups, String completer, Instant time) {
    Map<String, String> details = new LinkedHashMap<>();
    if (task != null) {
      details.put("taskId", task.getId());
      details.put("candidateGroups", groups);
    }
    details.putAll(decision.getRecordedValues());
    details.put("outcome", decision.getOutcome());
    putIfPresent(details, "processDefinitionId", decision.getProcessDefinitionId());
    String step = task != null ? task.getTaskDefinitionKey()
        : decision.getTaskKey() != null ? decision.getTaskKey() : decision.getStep();
    return new TimelineEntry(time, EntryKind.of(decision.getKind()),
        decision.getActor() != null ? decision.getActor() : completer, step,
        task != null ? task.getName() : decision.getKind().label(), decision.getSummary(), details);
  }

  /** Positions in model order: each instance's start, its activity instances, called instances inside. */
  private final class Walk {
    final Map<String, InstanceHistory> instances = new LinkedHashMap<>();
    final Recorded recorded;
    final Objections objections;

    Walk(Recorded recorded, Objections objections) {
      this.recorded = recorded;
      this.objections = objections;
    }

    final Map<String, Integer> positions = new HashMap<>();
    int next;

    void place(String processInstanceId) {
      InstanceHistory instance = instances.get(processInstanceId);
      if (instance == null || positions.containsKey(processInstanceId + "#start")) {
        return;
      }
      positions.put(processInstanceId + "#start", next++);
      for (HistoricActivityInstance activity : instance.activities) {
        positions.put(activity.getId(), next++);
        if (activity.getCalledProcessInstanceId() != null) {
          place(activity.getCalledProcessInstanceId());
        }
      }
      positions.put(processInstanceId + "#end", next++);
    }

    int position(String key) {
      return key == null ? Integer.MAX_VALUE : positions.getOrDefault(key, Integer.MAX_VALUE);
    }
  }

  /** Everything Camunda's history holds about one process instance, read once. */
  private final class InstanceHistory {
    final HistoricProcessInstance instance;
    final List<HistoricActivityInstance> activities;
    final List<HistoricTaskInstance> tasks;
    final List<HistoricVariableUpdate> updates;
    final List<UserOperationLogEntry> operations;

    InstanceHistory(HistoricProcessInstance instance) {
      this.instance = instance;
      String id = instance.getId();
      this.activities = Paging.all(history.createHistoricActivityInstanceQuery().processInstanceId(id)
          .orderPartiallyByOccurrence().asc());
      this.tasks = Paging.all(history.createHistoricTaskInstanceQuery().processInstanceId(id)
          .orderByHistoricActivityInstanceStartTime().asc());
      List<HistoricDetail> details = Paging.all(history.createHistoricDetailQuery().processInstanceId(id)
          .variableUpdates().disableBinaryFetching().disableCustomObjectDeserialization()
          .orderPartiallyByOccurrence().asc());
      this.updates = details.stream()
          .filter(HistoricVariableUpdate.class::isInstance).map(HistoricVariableUpdate.class::cast).toList();
      this.operations = Paging.all(history.createUserOperationLogQuery().processInstanceId(id)
          .orderByTimestamp().asc());
    }

    List<Placed> entries(Walk walk) {
      List<Placed> entries = new ArrayList<>();
      String id = instance.getId();
      boolean root = instance.getSuperProcessInstanceId() == null;
      Map<String, String> latest = latestValues();
      String level = latest.get("level");
      String levelName = ReviewLevel.labelOf(level);
      String unitName = latest.getOrDefault("reviewUnitName", latest.get("reviewUnit"));

      Map<String, String> startDetails = new LinkedHashMap<>();
      startDetails.put("processInstanceId", id);
      startDetails.put("processDefinitionId", instance.getProcessDefinitionId());
      startDetails.put("businessKey", instance.getBusinessKey());
      String startDescription = root
          ? "Nộp hồ sơ đề cử, bắt đầu «" + instance.getProcessDefinitionName() + "» (phiên bản "
              + instance.getProcessDefinitionVersion() + ")"
          : "Bắt đầu bình xét cấp " + levelName + (unitName == null ? "" : " tại " + unitName) + " («"
              + instance.getProcessDefinitionName() + "», phiên bản " + instance.getProcessDefinitionVersion() + ")";
      entries.add(new Placed(new TimelineEntry(Values.instant(instance.getStartTime()), EntryKind.PROCESS_STARTED,
          instance.getStartUserId(), instance.getProcessDefinitionKey(), instance.getProcessDefinitionName(),
          startDescription, startDetails), walk.position(id + "#start"), 0));

      for (HistoricActivityInstance activity : activities) {
        Objection objection = walk.objections.takenInBy(activity.getId());
        if (objection != null) {
          entries.add(new Placed(walk.objections.entry(objection, activity), walk.position(activity.getId()), 0));
          continue;
        }
        if (SKIPPED_ACTIVITY_TYPES.contains(activity.getActivityType())) {
          continue;
        }
        boolean waits = activity.getActivityType().startsWith("intermediate");
        Instant time = Values.instant(waits && activity.getEndTime() != null ? activity.getEndTime() : activity.getStartTime());
        String name = activity.getActivityName() == null ? activity.getActivityId() : activity.getActivityName();
        String description = "callActivity".equals(activity.getActivityType()) ? "Chuyển sang: " + name : name;
        if (activity.isCanceled()) {
          description += " (bị hủy)";
        }
        Map<String, String> details = new LinkedHashMap<>();
        details.put("activityType", activity.getActivityType());
        details.put("processInstanceId", id);
        entries.add(new Placed(new TimelineEntry(time, EntryKind.STEP, null, activity.getActivityId(), name,
            description, details), walk.position(activity.getId()), 0));
      }

      for (HistoricTaskInstance task : tasks) {
        entries.addAll(taskEntries(task, walk.position(task.getActivityInstanceId()), walk.recorded));
      }

      Map<String, List<UserOperationLogEntry>> operationsById = operations.stream()
          .collect(Collectors.groupingBy(UserOperationLogEntry::getOperationId, LinkedHashMap::new, Collectors.toList()));
      for (List<UserOperationLogEntry> operation : operationsById.values()) {
        UserOperationLogEntry first = operation.get(0);
        if (isMergedElsewhere(first)) {
          continue;
        }
        HistoricTaskInstance task = first.getTaskId() == null ? null
            : tasks.stream().filter(t -> t.getId().equals(first.getTaskId())).findFirst().orElse(null);
        entries.add(new Placed(operation(operation, task), walk.position(task == null ? null : task.getActivityInstanceId()), 1));
      }

      if (instance.getEndTime() != null) {
        String endName = activities.stream()
            .filter(a -> Objects.equals(a.getActivityId(), instance.getEndActivityId()))
            .map(HistoricActivityInstance::getActivityName).filter(Objects::nonNull).findFirst()
            .orElse(instance.getEndActivityId());
        Map<String, String> endDetails = new LinkedHashMap<>();
        endDetails.put("processInstanceId", id);
        endDetails.put("state", instance.getState());
        String description;
        if (instance.getDeleteReason() != null) {
          description = "Quy trình bị dừng: " + instance.getDeleteReason();
          endDetails.put("deleteReason", instance.getDeleteReason());
        } else if (root) {
          description = "Kết thúc hồ sơ: " + endName;
          putIfPresent(endDetails, "cityOutcomeReason", latest.get("cityOutcomeReason"));
          putIfPresent(endDetails, "levelOutcomeReason", latest.get("levelOutcomeReason"));
        } else {
          description = "Kết thúc bình xét cấp " + levelName + ": " + endName
              + (latest.get("levelOutcomeReason") == null ? "" : ". " + latest.get("levelOutcomeReason"));
          putIfPresent(endDetails, "levelOutcome", latest.get("levelOutcome"));
        }
        entries.add(new Placed(new TimelineEntry(Values.instant(instance.getEndTime()), EntryKind.PROCESS_ENDED, null,
            instance.getEndActivityId(), endName, description, endDetails), walk.position(id + "#end"), 0));
      }
      return entries;
    }

    private List<Placed> taskEntries(HistoricTaskInstance task, int position, Recorded recorded) {
      List<Placed> entries = new ArrayList<>();
      List<HistoricIdentityLinkLog> links = Paging.all(history.createHistoricIdentityLinkLogQuery()
          .taskId(task.getId()).orderByTime().asc());
      String groups = links.stream()
          .filter(link -> "candidate".equals(link.getType()) && "add".equals(link.getOperationType())
              && link.getGroupId() != null)
          .map(HistoricIdentityLinkLog::getGroupId).distinct().collect(Collectors.joining(", "));
      Map<String, String> created = new LinkedHashMap<>();
      created.put("taskId", task.getId());
      created.put("candidateGroups", groups);
      if (task.getDueDate() != null) {
        created.put("dueDate", task.getDueDate().toInstant().toString());
      }
      created.put("processInstanceId", task.getProcessInstanceId());
      entries.add(new Placed(new TimelineEntry(Values.instant(task.getStartTime()), EntryKind.TASK_CREATED, null,
          task.getTaskDefinitionKey(), task.getName(),
          "Giao công việc «" + task.getName() + "»" + (groups.isEmpty() ? "" : " cho nhóm " + groups)
              + (task.getDueDate() == null ? "" : ", hạn " + Values.local(task.getDueDate())),
          created), position, 0));

      for (HistoricIdentityLinkLog link : links) {
        if (!"assignee".equals(link.getType()) && !"owner".equals(link.getType())) {
          continue;
        }
        boolean added = "add".equals(link.getOperationType());
        boolean self = Objects.equals(link.getAssignerId(), link.getUserId());
        String role = "owner".equals(link.getType()) ? "người chịu trách nhiệm" : "người xử lý";
        String description = !added
            ? "Bỏ " + role + " " + link.getUserId() + " khỏi công việc «" + task.getName() + "»"
            : self && "assignee".equals(link.getType())
                ? link.getUserId() + " nhận công việc «" + task.getName() + "»"
                : (link.getAssignerId() == null ? "Hệ thống" : link.getAssignerId()) + " giao công việc «"
                    + task.getName() + "» cho " + role + " " + link.getUserId();
        Map<String, String> details = new LinkedHashMap<>();
        details.put("taskId", task.getId());
        details.put("candidateGroups", groups);
        details.put("identityLinkType", link.getType());
        details.put("operationType", link.getOperationType());
        putIfPresent(details, "userId", link.getUserId());
        entries.add(new Placed(new TimelineEntry(Values.instant(link.getTime()), EntryKind.TASK_ASSIGNED,
            link.getAssignerId(), task.getTaskDefinitionKey(), task.getName(), description, details), position, 1));
      }

      if (task.getEndTime() == null) {
        return entries;
      }
      String completer = operations.stream()
          .filter(op -> task.getId().equals(op.getTaskId())
              && UserOperationLogEntry.OPERATION_TYPE_COMPLETE.equals(op.getOperationType()))
          .map(UserOperationLogEntry::getUserId).filter(Objects::nonNull).findFirst()
          .orElse(task.getAssignee());
      Map<String, String> done = new LinkedHashMap<>();
      done.put("taskId", task.getId());
      done.put("candidateGroups", groups);
      if (task.getDueDate() != null) {
        done.put("dueDate", task.getDueDate().toInstant().toString());
        done.put("overdue", String.valueOf(task.getEndTime().after(task.getDueDate())));
      }
      boolean completed = task.getDeleteReason() == null || "completed".equals(task.getDeleteReason());
      Instant end = Values.instant(task.getEndTime());
      entries.add(new Placed(new TimelineEntry(end, EntryKind.TASK_COMPLETED, completer,
          task.getTaskDefinitionKey(), task.getName(),
          completed
              ? (completer == null ? "Hoàn thành" : completer + " hoàn thành") + " công việc «" + task.getName() + "»"
                  + (task.getDueDate() != null && task.getEndTime().after(task.getDueDate()) ? " (quá hạn)" : "")
              : "Công việc «" + task.getName() + "» bị hủy: " + task.getDeleteReason(),
          done), position, 2));
      for (NominationDecision decision : recorded.carriedBy(task.getId())) {
        entries.add(new Placed(decisionEntry(decision, task, groups, completer, end), position, 3));
      }
      return entries;
    }

    private TimelineEntry operation(List<UserOperationLogEntry> operation, HistoricTaskInstance task) {
      UserOperationLogEntry first = operation.get(0);
      String type = first.getOperationType();
      Map<String, String> details = new LinkedHashMap<>();
      details.put("operationId", first.getOperationId());
      details.put("operationType", type);
      details.put("entityType", first.getEntityType());
      putIfPresent(details, "category", first.getCategory());
      putIfPresent(details, "taskId", first.getTaskId());
      putIfPresent(details, "annotation", first.getAnnotation());
      for (UserOperationLogEntry property : operation) {
        if (property.getProperty() != null) {
          details.put(property.getProperty(),
              (property.getOrgValue() == null ? "" : property.getOrgValue() + " → ") + property.getNewValue());
        }
      }
      String what = OPERATION_NAMES.getOrDefault(type, type);
      String changes = operation.stream().filter(p -> p.getProperty() != null)
          .map(p -> p.getProperty() + " = " + p.getNewValue()).collect(Collectors.joining(", "));
      EntryKind kind = ASSIGNMENT_OPERATIONS.contains(type) ? EntryKind.TASK_ASSIGNED : EntryKind.USER_OPERATION;
      return new TimelineEntry(Values.instant(first.getTimestamp()), kind, first.getUserId(),
          task == null ? null : task.getTaskDefinitionKey(), task == null ? null : task.getName(),
          (first.getUserId() == null ? "Hệ thống" : first.getUserId()) + " " + what + " (" + first.getEntityType()
              + (task == null ? "" : ", công việc «" + task.getName() + "»") + ")"
              + (changes.isEmpty() ? "" : ": " + changes),
          details);
    }

    /**
     * Operations that already have their own entry: the start of the instance (its starter), the completion
     * of a task (its completer), and the assignee and owner changes that the identity link log records.
     */
    private boolean isMergedElsewhere(UserOperationLogEntry operation) {
      String type = operation.getOperationType();
      String entity = operation.getEntityType();
      if (UserOperationLogEntry.OPERATION_TYPE_CREATE.equals(type)
          && org.camunda.bpm.engine.EntityTypes.PROCESS_INSTANCE.equals(entity)) {
        return true;
      }
      return org.camunda.bpm.engine.EntityTypes.TASK.equals(entity)
          && (UserOperationLogEntry.OPERATION_TYPE_COMPLETE.equals(type) || ASSIGNMENT_OPERATIONS.contains(type));
    }

    /** The latest value of each variable of the instance. */
    private Map<String, String> latestValues() {
      Map<String, String> values = new HashMap<>();
      for (HistoricVariableUpdate update : updates) {
        values.put(update.getVariableName(), Values.text(update::getTypedValue));
      }
      return values;
    }
  }

  private static void putIfPresent(Map<String, String> map, String key, String value) {
    if (value != null) {
      map.put(key, value);
    }
  }
}
