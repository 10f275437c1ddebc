package vn.longbien.exemplar.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.longbien.exemplar.nomination.NominationDecision;
import vn.longbien.exemplar.nomination.NominationDecisionRepository;
import vn.longbien.exemplar.registry.RegistryScenarios;
import vn.longbien.exemplar.support.ApplicationTest;
import vn.longbien.exemplar.support.BoDeReview;
import vn.longbien.exemplar.support.RestNominations;
import vn.longbien.exemplar.support.TestData;

/**
 * A lean process state (issue #19): the nomination lives in the application's tables, the processes carry only
 * what the engine routes by, and the reviewers' forms show the dossier composed from the records when served.
 */
@ApplicationTest
class LeanProcessStateApplicationTest {

  /**
   * What {@code nomination-review} holds at the ward council: the nomination's id, the entry level and the chain
   * its gateways read, the units its call activities and candidate groups name, the round year and the review's
   * dates its decision tables and timers read, and the entry check's outcome its gateways and end events read.
   * The nominee, the movement and the submitter stay in the nomination's record (the start user in history).
   * 14 variables here and 17 in the ward's review, 31 in all; it was 34 with the start form's nominee, movement
   * and submitter, and 38 carrying the dossier too.
   */
  private static final List<String> NOMINATION_REVIEW_VARIABLES = List.of(
      "districtUnit", "eligible", "entryLevel", "nominatingUnit", "nominationId", "onHold", "reminderDaysBefore",
      "publicPostingWorkingDays", "reviewDueDate", "reviewReminderDate", "roundYear", "secretariatGroup", "twoTier",
      "eligibilityReasons");

  /** What the ward's {@code level-review} holds at its council's task. */
  private static final List<String> LEVEL_REVIEW_VARIABLES = List.of(
      "awardSought", "level", "nominatingUnit", "nominationId", "objectionCount", "postingEndDate",
      "publicPostingWorkingDays", "reminderDaysBefore", "repeatWarned", "repeatWarning", "reviewDueDate",
      "reviewReminderDate", "reviewUnit", "reviewUnitName", "roundYear", "secretariatGroup", "upperLevel");

  /**
   * History detail rows of a nomination reviewed at the ward (submitted from the start form, posted, council's vote,
   * chairman's recognition), at most: 48 (measured on 0fd82c8), where the start form's fields set and removed as
   * process variables cost 78 (b8962ff), the council's and the chairman's submitted fields as process variables 90,
   * and carrying the dossier in the processes too 99 (main 30332b8).
   */
  private static final int WARD_REVIEW_HISTORY_DETAILS = 48;

  /** What the council and the chairman submit, which the records hold and the processes no longer do. */
  private static final List<String> SUBMITTED_FIELDS = List.of(
      "councilAction", "councilMeetingDate", "councilMembersTotal", "councilMembersPresent", "councilVotesInFavour",
      "councilVotesAgainst", "recognised", "proposeUpward", "decisionNumber", "decisionDate", "decisionReason");

  @Autowired private TestRestTemplate rest;
  @Autowired private RuntimeService runtimeService;
  @Autowired private ManagementService managementService;
  @Autowired private TaskService taskService;
  @Autowired private HistoryService historyService;
  @Autowired private IdentityService identityService;
  @Autowired private RegistryScenarios scenarios;
  @Autowired private NominationDecisionRepository decisions;

  private RestNominations thisYear;
  private int lastYear;

  @BeforeEach
  void rounds() {
    lastYear = RegistryScenarios.firstRound();
    thisYear = new RestNominations(rest, runtimeService, managementService, taskService, lastYear + 1);
  }

  @Test
  void atTheWardCouncilTheProcessesHoldOnlyWhatTheEngineRoutesBy() {
    String id = thisYear.submitByBoDe(TestData.nominee("Phan Văn Gọn"));
    Task council = thisYear.afterPublicPosting(id);

    Map<String, TreeSet<String>> held = variablesByProcess(id);

    assertThat(council.getTaskDefinitionKey()).isEqualTo("Task_CouncilReview");
    assertThat(held.get("nomination-review")).containsExactlyInAnyOrderElementsOf(NOMINATION_REVIEW_VARIABLES);
    assertThat(held.get("level-review")).containsExactlyInAnyOrderElementsOf(LEVEL_REVIEW_VARIABLES);
    assertThat(runtimeService.createVariableInstanceQuery().processInstanceIdIn(instances(id)).count()).isEqualTo(31);
  }

  @Test
  void aNominationReviewedAtTheWardLeavesFewHistoryDetailRows() {
    BoDeReview review = new BoDeReview(rest, runtimeService, managementService, taskService, identityService,
        thisYear.year());
    String id = review.reviewed(TestData.nominee("Phan Thị Gọn"), thisYear.year() + "-01-10", 10, "QĐ-GON-1");

    List<HistoricProcessInstance> processes = historyService.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(id).list();
    long details = historyService.createHistoricDetailQuery()
        .processInstanceIdIn(processes.stream().map(HistoricProcessInstance::getId).toArray(String[]::new)).count();

    assertThat(processes).allSatisfy(process -> assertThat(process.getEndTime()).isNotNull());
    assertThat(details).isLessThanOrEqualTo(WARD_REVIEW_HISTORY_DETAILS);
  }

  @Test
  void whatTheCouncilAndTheChairmanSubmittedIsInTheRecordsNotInTheProcesses() {
    BoDeReview review = new BoDeReview(rest, runtimeService, managementService, taskService, identityService,
        thisYear.year());
    String id = review.reviewed(TestData.nominee("Phan Văn Tạm"), thisYear.year() + "-01-10", 10, "QĐ-TAM-1");

    String[] processes = historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(id).list()
        .stream().map(HistoricProcessInstance::getId).toArray(String[]::new);
    List<NominationDecision> recorded = decisions.findByNominationIdOrderByDecidedAtAscIdAsc(id);

    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceIdIn(processes).list())
        .extracting(HistoricVariableInstance::getName).isNotEmpty().doesNotContainAnyElementsOf(SUBMITTED_FIELDS);
    assertThat(recorded).extracting(NominationDecision::getKind)
        .containsExactly(NominationDecision.Kind.COUNCIL_VOTE, NominationDecision.Kind.CHAIRMAN_DECISION);
    assertThat(recorded.get(0).getVotes()).isEqualTo(new NominationDecision.Votes(15, 12, 10, 2));
    assertThat(recorded.get(1).getDecisionNumber()).isEqualTo("QĐ-TAM-1");
  }

  @Test
  void theCouncilsServedFormShowsTheDossierFromTheRecords() {
    String name = TestData.nominee("Phan Văn Hồ Sơ");
    scenarios.recognised(scenarios.person(lastYear, "phuong-bode", name, 1978), "phuong");
    Task council = thisYear.afterPublicPosting(thisYear.submitByBoDe(name));

    ResponseEntity<String> form = rest.withBasicAuth("bode.hoidong", "demo")
        .getForEntity("/engine-rest/task/" + council.getId() + "/deployed-form", String.class);

    assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(form.getBody())
        .contains("Hội đồng Thi đua - Khen thưởng Phường Bồ Đề bình xét")
        .contains("Số ý kiến phản ánh trong thời gian công khai: **0**")
        .contains("Đối tượng: Cá nhân — **" + name + "**")
        .contains("Thành tích: Vận động nhân dân hiến đất mở đường ngõ.")
        .contains("Tiêu chuẩn chung đáp ứng (4/4): Gương mẫu chấp hành chủ trương, đường lối của Đảng")
        .contains("#### Kiểm tra điều kiện, tiêu chuẩn").contains("Kết quả: đủ điều kiện")
        .contains("#### Công khai tại Phường Bồ Đề")
        .contains("#### Các lần đề cử trước của đối tượng này").contains(lastYear + " — Phường Bồ Đề")
        .doesNotContain("{{dossier}}").doesNotContain("{{reviewUnitName}}").doesNotContain("{{objectionCount}}");
  }

  @Test
  void theChairmansServedFormShowsTheCouncilsVoteAfterThePostingItFollowed() {
    BoDeReview review = new BoDeReview(rest, runtimeService, managementService, taskService, identityService,
        thisYear.year());
    String id = review.reviewed(TestData.nominee("Phan Văn Thứ Tự"), thisYear.year() + "-01-10", 10, null);
    Task chairman = taskService.createTaskQuery().processInstanceBusinessKey(id).singleResult();

    String form = rest.withBasicAuth("bode.chutich", "demo")
        .getForObject("/engine-rest/task/" + chairman.getId() + "/deployed-form", String.class);

    assertThat(chairman.getTaskDefinitionKey()).isEqualTo("Task_ChairmanDecision");
    assertThat(form).contains("Chủ tịch UBND Phường Bồ Đề quyết định")
        .contains("Hội đồng Thi đua - Khen thưởng biểu quyết — Phường Bồ Đề")
        .contains("tán thành 10, không tán thành 2");
    assertThat(form.indexOf("#### Kiểm tra điều kiện, tiêu chuẩn"))
        .isLessThan(form.indexOf("#### Công khai tại Phường Bồ Đề"));
    assertThat(form.indexOf("#### Công khai tại Phường Bồ Đề"))
        .isLessThan(form.indexOf("#### Hội đồng Thi đua - Khen thưởng biểu quyết — Phường Bồ Đề"));
  }

  private Map<String, TreeSet<String>> variablesByProcess(String businessKey) {
    Map<String, String> keyOf = new TreeMap<>();
    for (ProcessInstance instance : runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).list()) {
      keyOf.put(instance.getId(), instance.getProcessDefinitionId().split(":")[0]);
    }
    Map<String, TreeSet<String>> held = new TreeMap<>();
    for (VariableInstance variable : runtimeService.createVariableInstanceQuery()
        .processInstanceIdIn(keyOf.keySet().toArray(String[]::new)).list()) {
      held.computeIfAbsent(keyOf.get(variable.getProcessInstanceId()), key -> new TreeSet<>()).add(variable.getName());
    }
    return held;
  }

  private String[] instances(String businessKey) {
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).list().stream()
        .map(ProcessInstance::getId).toArray(String[]::new);
  }
}
