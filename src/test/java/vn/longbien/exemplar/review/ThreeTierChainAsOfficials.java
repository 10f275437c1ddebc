package vn.longbien.exemplar.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import vn.longbien.exemplar.nomination.Nomination;
import vn.longbien.exemplar.nomination.NominationDecision;
import vn.longbien.exemplar.nomination.NominationDecisionRepository;
import vn.longbien.exemplar.nomination.NominationRepository;
import vn.longbien.exemplar.nomination.NominationStatus;
import vn.longbien.exemplar.support.RoundClock;
import vn.longbien.exemplar.support.TestData;

/**
 * The three-tier chain (Bồ Đề ward → district → city) as the demo officials work it through the Java API,
 * each call under the user's own identity, so that the engine's authorization checks apply. Shared by the
 * application test on H2 and the one on PostgreSQL.
 */
final class ThreeTierChainAsOfficials {

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final IdentityService identities;
  private final ManagementService management;
  private final NominationRepository nominations;
  private final NominationDecisionRepository decisions;

  ThreeTierChainAsOfficials(
      RuntimeService runtime, TaskService tasks, IdentityService identities, ManagementService management,
      NominationRepository nominations, NominationDecisionRepository decisions) {
    this.decisions = decisions;
    this.runtime = runtime;
    this.tasks = tasks;
    this.identities = identities;
    this.management = management;
    this.nominations = nominations;
  }

  /** Runs the whole chain, checking the nomination's record at the end of each level; returns its id. */
  String run(String nomineeName) {
    String id = submitAsBoDeUnit(nomineeName);
    proposeToTheCity(id);
    completeCityOutcome(id, "210/QĐ-UBND");

    Nomination record = nominations.findById(id).orElseThrow();
    assertThat(record.getStatus()).isEqualTo(NominationStatus.RECOGNISED_CITY);
    assertThat(record.getCurrentStep()).isEqualTo("EndEvent_RecognisedCity");
    assertThat(record.getRecognitionLevel()).isEqualTo("thanh-pho");
    assertThat(record.hasOutstandingCitizenTitle()).isTrue();
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).count()).isZero();
    assertEveryDecisionIsRecordedWithWhoTookIt(id);
    return id;
  }

  /**
   * Submits a nomination of Bồ Đề ward in the given round and takes it through both levels up to the city's
   * task, proposed for the title “Công dân Thủ đô ưu tú”; returns its id.
   */
  String proposeToTheCity(String nomineeName, int year) {
    String id = RoundClock.inRound(year, () -> submitAsBoDeUnit(nomineeName, year));
    proposeToTheCity(id);
    return id;
  }

  /** The city board's task of the nomination, completed as the board: a vote that passes, the decision's number. */
  void completeCityOutcome(String id, String decisionNumber) {
    complete(
        "thanhpho.bantdkt", "thanhpho-hanoi-bantdkt", taskOf("thanhpho.bantdkt", "thanhpho-hanoi-bantdkt", id),
        Map.of(
            "goodDeedAccepted", true, "cityMembersTotal", 30, "cityMembersPresent", 28, "cityVotesInFavour", 27,
            "cityVotesAgainst", 1, "cityDecisionNumber", decisionNumber, "cityDecisionDate", "2025-01-25"));
  }

  private void proposeToTheCity(String id) {
    Nomination record = nominations.findById(id).orElseThrow();
    assertThat(record.getStatus()).isEqualTo(NominationStatus.POSTED);
    assertThat(record.getCurrentStep()).isEqualTo("Task_StartPublicPosting");

    endPublicPosting(id);
    Task wardCouncil = taskOf("bode.hoidong", "phuong-bode-hoidong", id);
    assertThat(wardCouncil.getTaskDefinitionKey()).isEqualTo("Task_CouncilReview");
    assertOtherWardCannotSeeOrComplete(wardCouncil);
    complete("bode.hoidong", "phuong-bode-hoidong", wardCouncil, vote(15, 13, 12, 1));
    complete(
        "bode.chutich", "phuong-bode-chutich", taskOf("bode.chutich", "phuong-bode-chutich", id),
        decision("proposeUpward", true));

    record = nominations.findById(id).orElseThrow();
    assertThat(record.getRecognitionLevel()).isEqualTo("phuong");
    assertThat(record.getStatus()).isEqualTo(NominationStatus.POSTED);
    assertThat(record.getCurrentStep()).isEqualTo("Task_StartPublicPosting");

    endPublicPosting(id);
    complete("quan.hoidong", "quan-longbien-hoidong", taskOf("quan.hoidong", "quan-longbien-hoidong", id), vote(21, 19, 18, 1));
    complete(
        "quan.chutich", "quan-longbien-chutich", taskOf("quan.chutich", "quan-longbien-chutich", id),
        decision("proposeGoodDeed", true, "proposeOutstandingCitizen", true));

    record = nominations.findById(id).orElseThrow();
    assertThat(record.getRecognitionLevel()).isEqualTo("quan");
    assertThat(record.getStatus()).isEqualTo(NominationStatus.IN_REVIEW);
    assertThat(record.getCurrentStep()).isEqualTo("Task_CityOutcome");
  }

  private void assertEveryDecisionIsRecordedWithWhoTookIt(String id) {
    List<NominationDecision> taken = decisions.findByNominationIdOrderByDecidedAtAscIdAsc(id);
    assertThat(taken).extracting(NominationDecision::getKind, NominationDecision::getLevel, NominationDecision::getActor,
            NominationDecision::getOutcome, NominationDecision::getDecisionNumber)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(NominationDecision.Kind.COUNCIL_VOTE, "phuong", "bode.hoidong", "passed", null),
            org.assertj.core.groups.Tuple.tuple(NominationDecision.Kind.CHAIRMAN_DECISION, "phuong", "bode.chutich", "proposed", "35/QĐ-UBND"),
            org.assertj.core.groups.Tuple.tuple(NominationDecision.Kind.COUNCIL_VOTE, "quan", "quan.hoidong", "passed", null),
            org.assertj.core.groups.Tuple.tuple(NominationDecision.Kind.CHAIRMAN_DECISION, "quan", "quan.chutich", "proposed", "35/QĐ-UBND"),
            org.assertj.core.groups.Tuple.tuple(NominationDecision.Kind.CITY_OUTCOME, "thanh-pho", "thanhpho.bantdkt", "recognised", "210/QĐ-UBND"));
    assertThat(taken.get(0).getVotes()).isEqualTo(new NominationDecision.Votes(15, 13, 12, 1));
    assertThat(taken.get(0).getMeetingDate()).isEqualTo("2025-01-10");
    assertThat(taken.get(4).getVotes()).isEqualTo(new NominationDecision.Votes(30, 28, 27, 1));
  }

  /** On a day inside the window of the round shared by the scenarios that tell nominees apart by name. */
  private String submitAsBoDeUnit(String nomineeName) {
    int year = TestData.sharedRound();
    return RoundClock.inRound(year, () -> submitAsBoDeUnit(nomineeName, year));
  }

  private String submitAsBoDeUnit(String nomineeName, int year) {
    identities.setAuthentication("bode.donvi", List.of("phuong-bode-donvi"));
    try {
      ProcessInstance instance =
          runtime.startProcessInstanceByKey(
              "nomination-review",
              Variables.createVariables()
                  .putValue("nominatingUnit", "phuong-bode").putValue("roundYear", (long) year)
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

  /**
   * The posting timer is days away, so the application's job executor leaves it alone; the test fires it
   * itself, found by the nomination's running level.
   */
  private void endPublicPosting(String id) {
    ProcessInstance level =
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).processDefinitionKey("level-review").singleResult();
    Job timer = management.createJobQuery().processInstanceId(level.getId()).timers().singleResult();
    management.executeJob(timer.getId());
  }

  private void assertOtherWardCannotSeeOrComplete(Task boDeTask) {
    identities.setAuthentication("viethung.hoidong", List.of("phuong-viethung-hoidong"));
    try {
      assertThat(tasks.createTaskQuery().taskId(boDeTask.getId()).count()).isZero();
      assertThatThrownBy(() -> tasks.complete(boDeTask.getId(), vote(15, 13, 12, 1)))
          .isInstanceOf(AuthorizationException.class);
    } finally {
      identities.clearAuthentication();
    }
  }

  private Task taskOf(String user, String group, String id) {
    identities.setAuthentication(user, List.of(group));
    try {
      return tasks.createTaskQuery().processInstanceBusinessKey(id).singleResult();
    } finally {
      identities.clearAuthentication();
    }
  }

  private void complete(String user, String group, Task task, Map<String, Object> variables) {
    assertThat(task).as("công việc của " + user).isNotNull();
    identities.setAuthentication(user, List.of(group));
    try {
      tasks.complete(task.getId(), variables);
    } finally {
      identities.clearAuthentication();
    }
  }

  private static Map<String, Object> vote(int total, int present, int inFavour, int against) {
    return Map.of(
        "councilAction", "vote", "councilMeetingDate", "2025-01-10", "councilMembersTotal", total,
        "councilMembersPresent", present, "councilVotesInFavour", inFavour, "councilVotesAgainst", against);
  }

  private static Map<String, Object> decision(Object... proposals) {
    Map<String, Object> decision =
        Variables.createVariables()
            .putValue("recognised", true).putValue("decisionNumber", "35/QĐ-UBND").putValue("decisionDate", "2025-01-12");
    for (int i = 0; i < proposals.length; i += 2) {
      decision.put((String) proposals[i], proposals[i + 1]);
    }
    return decision;
  }
}
