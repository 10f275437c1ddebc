package vn.longbien.exemplar.review;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.longbien.exemplar.organisation.Role;
import vn.longbien.exemplar.forms.FormDataRefusedException;
import vn.longbien.exemplar.nomination.Nomination;
import vn.longbien.exemplar.nomination.NominationDecision;
import vn.longbien.exemplar.nomination.ListedDecisions;
import vn.longbien.exemplar.nomination.NominationRepository;
import vn.longbien.exemplar.organisation.OrganisationCatalog;
import vn.longbien.exemplar.web.ConflictException;

/**
 * The review tasks a list decides together: a council meeting's agenda ({@link Step#COUNCIL}) and a chairman's
 * decision ({@link Step#CHAIRMAN}). It finds the nominations waiting for a unit's step, and completes one nominee's
 * task through the engine's public task service with the fields the task's form would send, so that the form
 * checks, the decision tables, the nomination's decision record, history and the audit see the list's entry as if
 * it had been made in Tasklist. A list is submitted line by line, each in its own transaction: a line whose task
 * cannot be completed keeps only its reason, and the others go on. A line is settled under a lock of its row and
 * only while it has no result, so a submission interrupted half-way can be resumed over the same lines, even while
 * it is still running, without completing a line twice or overwriting a result.
 */
@Service
public class ListedReview {

  private static final Logger log = LoggerFactory.getLogger(ListedReview.class);

  /** A step decided over a list: its task in {@code level-review}, the group role working it, what it records. */
  public enum Step {
    COUNCIL(ModelContract.COUNCIL_TASK, Role.COUNCIL.code(), "Hội đồng xét", "bình xét",
        List.of(NominationDecision.Kind.COUNCIL_VOTE, NominationDecision.Kind.RETURN_FOR_EVIDENCE),
        "Meeting", "Phiên họp", "hồ sơ nào"),
    CHAIRMAN(ModelContract.CHAIRMAN_TASK, Role.CHAIRMAN.code(), "Chủ tịch quyết định", "quyết định",
        List.of(NominationDecision.Kind.CHAIRMAN_DECISION),
        "Decision", "Quyết định", "ai");

    private final String taskKey;
    private final String role;
    private final String waitingFor;
    private final String work;
    private final List<NominationDecision.Kind> records;
    private final String list;
    private final String listName;
    private final String noneLeft;

    Step(String taskKey, String role, String waitingFor, String work, List<NominationDecision.Kind> records,
        String list, String listName, String noneLeft) {
      this.taskKey = taskKey;
      this.role = role;
      this.waitingFor = waitingFor;
      this.work = work;
      this.records = records;
      this.list = list;
      this.listName = listName;
      this.noneLeft = noneLeft;
    }

    public String taskKey() {
      return taskKey;
    }

    /** The role of the unit's group that works the step ({@code phuong-bode-hoidong}). */
    public String role() {
      return role;
    }

    String group(String unitCode) {
      return OrganisationCatalog.groupId(unitCode, role);
    }
  }

  /**
   * A nomination waiting for the step, with its open task and the level above the review's ({@code upperLevel} of
   * level-review: {@code quan} or {@code thanh-pho}).
   */
  public record Waiting(Nomination nomination, Task task, String upperLevel) {}

  /** Why one line of a list was not completed, in Vietnamese. */
  public static final class LineRefused extends RuntimeException {
    public LineRefused(String message) {
      super(message);
    }
  }

  private final TaskService tasks;
  private final EntityManager entityManager;
  private final NominationRepository nominations;
  private final ListedDecisions decisions;
  private final TransactionTemplate eachOnItsOwn;
  private final TransactionTemplate outsideAny;

  ListedReview(TaskService tasks, EntityManager entityManager, NominationRepository nominations,
      ListedDecisions decisions, PlatformTransactionManager transactionManager) {
    this.tasks = tasks;
    this.entityManager = entityManager;
    this.nominations = nominations;
    this.decisions = decisions;
    this.eachOnItsOwn = new TransactionTemplate(transactionManager);
    this.eachOnItsOwn.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.outsideAny = new TransactionTemplate(transactionManager);
    this.outsideAny.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
  }

  /**
   * The nominations whose task of the step is open for the unit's group, by nominee name: what a list is chosen from.
   * Read outside the caller's transaction, each task in the engine's own: a task completed by someone else between
   * the query and the read of its variables (the engine then fails that read) is no longer waiting and is left out,
   * without marking the caller's transaction (a meeting being opened) for rollback.
   */
  public List<Waiting> waiting(Step step, String unitCode) {
    return outsideAny.execute(status -> {
      List<Waiting> waiting = new ArrayList<>();
      for (Task task : tasks.createTaskQuery().taskDefinitionKey(step.taskKey).taskCandidateGroup(step.group(unitCode))
          .includeAssignedTasks().active().list()) {
        Map<String, Object> variables;
        try {
          variables = tasks.getVariables(task.getId(), List.of("nominationId", "upperLevel"));
        } catch (RuntimeException e) {
          if (tasks.createTaskQuery().taskId(task.getId()).count() == 0) {
            continue;
          }
          throw e;
        }
        Object id = variables.get("nominationId");
        Object upperLevel = variables.get("upperLevel");
        if (id != null) {
          nominations.findById(id.toString()).ifPresent(nomination -> waiting.add(
              new Waiting(nomination, task, upperLevel == null ? null : upperLevel.toString())));
        }
      }
      waiting.sort(Comparator.comparing((Waiting w) -> w.nomination().getNomineeName())
          .thenComparing(w -> w.nomination().getId()));
      return waiting;
    });
  }

  /**
   * The lines without a result of a list whose submission was interrupted: what a resumption settles (with
   * {@link #settleEach}). 409 when the list was not submitted (a draft is submitted, not resumed) or when every line
   * already has its result.
   */
  public <L> List<Long> toResume(Step step, ListState state, List<L> lines, Predicate<L> settled,
      Function<L, Long> lineId) {
    if (state != ListState.SUBMITTED) {
      throw new ConflictException(step.list + "NotSubmitted", step.listName + " chưa được gửi kết quả: hãy gửi "
          + step.listName.toLowerCase(Locale.ROOT) + "; chỉ gửi tiếp được một lần gửi bị gián đoạn");
    }
    List<Long> unsettled = lines.stream().filter(settled.negate()).map(lineId).toList();
    if (unsettled.isEmpty()) {
      throw new ConflictException("NothingToResume", "Mọi dòng của " + step.listName.toLowerCase(Locale.ROOT)
          + " đã có kết quả ghi nhận; không còn " + step.noneLeft + " để gửi tiếp");
    }
    return unsettled;
  }

  /**
   * Settles each line that has no result yet ({@code settled} false), in its own transaction with the line's row
   * locked; a line refused (its task gone, its data refused by the form checks, not the caller's) is settled by
   * {@code refused} with the reason, in a transaction of its own, and the next goes on. A line found settled when
   * its lock is taken (by a submission or resumption running beside this one) is left as it is.
   */
  public <L> void settleEach(Step step, String list, Class<L> lineType, List<Long> lineIds, Predicate<L> settled,
      Consumer<L> settle, BiConsumer<L, String> refused) {
    for (Long lineId : lineIds) {
      try {
        eachOnItsOwn.executeWithoutResult(status -> unsettled(lineType, lineId, settled).ifPresent(settle));
      } catch (RuntimeException e) {
        log.info("{}: line {} not completed: {}", list, lineId, e.toString());
        String reason = reason(step, e);
        eachOnItsOwn.executeWithoutResult(status ->
            unsettled(lineType, lineId, settled).ifPresent(line -> refused.accept(line, reason)));
      }
    }
  }

  private <L> java.util.Optional<L> unsettled(Class<L> lineType, Long lineId, Predicate<L> settled) {
    L line = entityManager.find(lineType, lineId, LockModeType.PESSIMISTIC_WRITE);
    return line == null || settled.test(line) ? java.util.Optional.empty() : java.util.Optional.of(line);
  }

  /**
   * Completes the nominee's open task of the step for the unit's group with the form's fields built from the task,
   * under the caller's identity; returns the decisions that completion recorded, oldest first (never empty).
   */
  public List<NominationDecision> complete(Step step, String unitCode, String nominationId,
      Function<Task, Map<String, Object>> formFields) {
    Task task = tasks.createTaskQuery().processInstanceBusinessKey(nominationId).taskDefinitionKey(step.taskKey)
        .taskCandidateGroup(step.group(unitCode)).includeAssignedTasks().active().singleResult();
    if (task == null) {
      throw new LineRefused("Hồ sơ không còn chờ " + step.waitingFor + ": công việc " + step.work
          + " đã được hoàn thành (trong Tasklist hoặc danh sách khác), hoặc hồ sơ đã rút, đang tạm dừng");
    }
    long before = decisions.lastIdOf(nominationId);
    tasks.complete(task.getId(), formFields.apply(task));
    List<NominationDecision> recorded = decisions.recordedAfter(nominationId, before,
        step.records.stream().map(Enum::name).toList());
    if (recorded.isEmpty()) {
      throw new LineRefused("Công việc đã hoàn thành nhưng không ghi nhận được kết quả " + step.work);
    }
    return recorded;
  }

  private static String reason(Step step, RuntimeException refused) {
    if (refused instanceof LineRefused || refused instanceof FormDataRefusedException) {
      return refused.getMessage();
    }
    if (refused instanceof AuthorizationException) {
      return "Không có quyền hoàn thành công việc " + step.work + " của hồ sơ này";
    }
    if (refused instanceof ProcessEngineException) {
      return "Không hoàn thành được công việc " + step.work + ": " + refused.getMessage();
    }
    return "Không hoàn thành được công việc " + step.work + " (lỗi hệ thống; xem nhật ký)";
  }
}
