package vn.longbien.exemplar.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import vn.longbien.exemplar.nomination.api.ObjectionRequest;
import vn.longbien.exemplar.nomination.api.ObjectionService;
import vn.longbien.exemplar.support.RoundClock;
import vn.longbien.exemplar.support.TestData;

/**
 * A Bồ Đề nomination worked ward → district → city by the demo officials, each call under the official's
 * own identity (so Camunda records who did it), with what an audit must show: an objection during the ward's
 * public posting (entered by the nominating ward through the application, as its API does), the ward council's task claimed before it is completed, votes, decisions and their numbers.
 *
 * <p>The nominations are of a round of the audit tests' own ({@link #ROUND}, engine clock): submitted on a day
 * inside its window, worked on {@link #AFTER_THE_DEADLINE}, 15 February of the round's year, so every review
 * task of the chain is late.
 *
 * <p>A bean of the shared test context: a scenario autowires it ({@link #inRound} for a round of its own).
 */
@Component
public final class AuditedChain {

  public static final int ROUND = TestData.ownRound();
  static final Instant AFTER_THE_DEADLINE = afterTheDeadlineOf(ROUND);

  /** The review tasks the chain completes, in order, each as "step official". */
  public static final List<String> COMPLETED_TASKS = List.of(
      "Task_CouncilReview bode.hoidong",
      "Task_ChairmanDecision bode.chutich",
      "Task_CouncilReview quan.hoidong",
      "Task_ChairmanDecision quan.chutich",
      "Task_CityOutcome thanhpho.bantdkt");

  static final String OBJECTION_TEXT = "Đề nghị làm rõ thời điểm cứu người";
  static final String OBJECTION_SENDER = "Tổ dân phố số 5";

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final IdentityService identities;
  private final ManagementService management;
  private final ObjectionService objections;
  private final int round;

  @Autowired
  AuditedChain(RuntimeService runtime, TaskService tasks, IdentityService identities, ManagementService management,
      ObjectionService objections) {
    this(runtime, tasks, identities, management, objections, ROUND);
  }

  private AuditedChain(RuntimeService runtime, TaskService tasks, IdentityService identities,
      ManagementService management, ObjectionService objections, int round) {
    this.round = round;
    this.runtime = runtime;
    this.tasks = tasks;
    this.identities = identities;
    this.management = management;
    this.objections = objections;
  }

  /** The same chain in another round (a scenario that counts by year: a round of its own). */
  public AuditedChain inRound(int round) {
    return new AuditedChain(runtime, tasks, identities, management, objections, round);
  }

  /** Runs the whole chain to the city's recognition; returns the nomination's id. */
  public String run(String nomineeName) {
    String id = submit("bode.donvi", "phuong-bode-donvi", "phuong-bode", nomineeName);
    return RoundClock.at(afterTheDeadlineOf(round), () -> work(id));
  }

  private String work(String id) {
    as("bode.donvi", "phuong-bode-donvi",
        () -> objections.record(id, new ObjectionRequest(OBJECTION_SENDER, null, OBJECTION_TEXT, false)));
    endPublicPosting(id);
    Task wardCouncil = taskOf("bode.hoidong", "phuong-bode-hoidong", id);
    as("bode.hoidong", "phuong-bode-hoidong", () -> tasks.claim(wardCouncil.getId(), "bode.hoidong"));
    complete("bode.hoidong", "phuong-bode-hoidong", wardCouncil, vote(15, 13, 12, 1));
    complete("bode.chutich", "phuong-bode-chutich", taskOf("bode.chutich", "phuong-bode-chutich", id),
        decision("35/QĐ-UBND", "proposeUpward", true));
    endPublicPosting(id);
    complete("quan.hoidong", "quan-longbien-hoidong", taskOf("quan.hoidong", "quan-longbien-hoidong", id),
        vote(21, 19, 18, 1));
    complete("quan.chutich", "quan-longbien-chutich", taskOf("quan.chutich", "quan-longbien-chutich", id),
        decision("120/QĐ-UBND", "proposeGoodDeed", true, "proposeOutstandingCitizen", true));
    complete("thanhpho.bantdkt", "thanhpho-hanoi-bantdkt", taskOf("thanhpho.bantdkt", "thanhpho-hanoi-bantdkt", id),
        Map.of(
            "goodDeedAccepted", true, "cityMembersTotal", 30, "cityMembersPresent", 28, "cityVotesInFavour", 27,
            "cityVotesAgainst", 1, "cityDecisionNumber", "210/QĐ-UBND", "cityDecisionDate", "2025-01-25"));
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).count()).isZero();
    return id;
  }

  /** 15 February of the round's year, 09:00 in Hà Nội: after every review deadline of the round. */
  static Instant afterTheDeadlineOf(int round) {
    return LocalDate.of(round, 2, 15).atTime(9, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant();
  }

  /** A nomination left waiting in its ward's public posting, submitted on a day inside the round's window. */
  String submit(String user, String group, String unit, String nomineeName) {
    return RoundClock.inRound(round, () -> submitToday(user, group, unit, nomineeName));
  }

  private String submitToday(String user, String group, String unit, String nomineeName) {
    identities.setAuthentication(user, List.of(group));
    try {
      ProcessInstance instance = runtime.startProcessInstanceByKey("nomination-review",
          Variables.createVariables()
              .putValue("nominatingUnit", unit).putValue("roundYear", (long) round)
              .putValue("nomineeKind", "ca-nhan").putValue("nomineeName", nomineeName)
              .putValue("birthYear", 1978L).putValue("gender", "nam")
              .putValue("movement", "chung").putValue("achievements", "Cứu hai em nhỏ đuối nước trên sông Hồng")
              .putValue("criterionTc1", true).putValue("criterionTc2", true)
              .putValue("criterionTc3", true).putValue("criterionTc4", true)
              .putValue("disciplinePending", false).putValue("complaintPending", false));
      return instance.getBusinessKey();
    } finally {
      identities.clearAuthentication();
    }
  }

  /** Fires the posting timer of the nomination's running level: its council task is created. */
  void endPublicPosting(String id) {
    ProcessInstance level = runtime.createProcessInstanceQuery().processInstanceBusinessKey(id)
        .processDefinitionKey("level-review").singleResult();
    Job timer = management.createJobQuery().processInstanceId(level.getId()).timers().singleResult();
    management.executeJob(timer.getId());
  }

  private Task taskOf(String user, String group, String id) {
    identities.setAuthentication(user, List.of(group));
    try {
      Task task = tasks.createTaskQuery().processInstanceBusinessKey(id).singleResult();
      assertThat(task).as("công việc của " + user).isNotNull();
      return task;
    } finally {
      identities.clearAuthentication();
    }
  }

  private void complete(String user, String group, Task task, Map<String, Object> variables) {
    as(user, group, () -> tasks.complete(task.getId(), variables));
  }

  private void as(String user, String group, Runnable action) {
    identities.setAuthentication(user, List.of(group));
    try {
      action.run();
    } finally {
      identities.clearAuthentication();
    }
  }

  private static Map<String, Object> vote(int total, int present, int inFavour, int against) {
    return Map.of(
        "councilAction", "vote", "councilMeetingDate", "2025-01-10", "councilMembersTotal", total,
        "councilMembersPresent", present, "councilVotesInFavour", inFavour, "councilVotesAgainst", against);
  }

  private static Map<String, Object> decision(String number, Object... proposals) {
    Map<String, Object> decision = Variables.createVariables()
        .putValue("recognised", true).putValue("decisionNumber", number).putValue("decisionDate", "2025-01-12");
    for (int i = 0; i < proposals.length; i += 2) {
      decision.put((String) proposals[i], proposals[i + 1]);
    }
    // The form asks for a reason only when the chairman does not propose upward.
    if (!java.util.Arrays.asList(proposals).contains(true)) {
      decision.put("decisionReason", "Thành tích xuất sắc, được nhân dân ghi nhận");
    }
    return decision;
  }
}
