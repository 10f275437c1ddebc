package vn.longbien.exemplar.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.longbien.exemplar.support.RestNominations.typed;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.longbien.exemplar.support.ApplicationTest;
import vn.longbien.exemplar.support.RestNominations;

/** A ward's officials see and work only their own ward's tasks, through REST and the Java API alike. */
@ApplicationTest
class UnitIsolationTest {

  @Autowired
  private TestRestTemplate rest;

  @Autowired
  private RuntimeService runtimeService;

  @Autowired
  private ManagementService managementService;

  @Autowired
  private TaskService taskService;

  @Autowired
  private IdentityService identityService;

  @Autowired
  private ProcessEngine processEngine;

  private Task boDeCouncilTask;
  private String nominee;

  /** Each scenario nominates its own nominee: the same one twice in a round is refused as a duplicate. */
  private static final AtomicInteger NOMINEES = new AtomicInteger();

  @BeforeEach
  void boDeNominationReachesItsWardCouncil() {
    RestNominations nominations = new RestNominations(rest, runtimeService, managementService, taskService);
    nominee = "Trần Văn Bình " + NOMINEES.incrementAndGet();
    boDeCouncilTask = nominations.afterPublicPosting(nominations.submitByBoDe(nominee));
  }

  @AfterEach
  void clearJavaApiAuthentication() {
    identityService.clearAuthentication();
  }

  @Test
  void wardCouncilListsAndCompletesItsOwnTask() {
    ResponseEntity<List> tasks = rest.withBasicAuth("bode.hoidong", "demo").getForEntity("/engine-rest/task?maxResults=100", List.class);
    ResponseEntity<String> completion = rest.withBasicAuth("bode.hoidong", "demo").postForEntity(
        "/engine-rest/task/" + boDeCouncilTask.getId() + "/complete", Map.of("variables", councilVote()), String.class);

    assertThat(tasks.getBody()).extracting(task -> ((Map<?, ?>) task).get("id")).contains(boDeCouncilTask.getId());
    assertThat(completion.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  @Test
  void anotherWardsCouncilDoesNotSeeTheTaskInRest() {
    ResponseEntity<List> tasks =
        rest.withBasicAuth("viethung.hoidong", "demo").getForEntity("/engine-rest/task?maxResults=100", List.class);
    ResponseEntity<String> single =
        rest.withBasicAuth("viethung.hoidong", "demo").getForEntity("/engine-rest/task/" + boDeCouncilTask.getId(), String.class);

    assertThat(tasks.getBody()).extracting(task -> ((Map<?, ?>) task).get("id")).doesNotContain(boDeCouncilTask.getId());
    assertThat(single.getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
  }

  @Test
  void anotherWardsCouncilCannotCompleteClaimOrReadTheTaskInRest() {
    TestRestTemplate vietHung = rest.withBasicAuth("viethung.hoidong", "demo");
    String task = "/engine-rest/task/" + boDeCouncilTask.getId();

    assertThat(vietHung.postForEntity(task + "/complete", Map.of("variables", councilVote()), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(vietHung.postForEntity(task + "/claim", Map.of("userId", "viethung.hoidong"), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(vietHung.getForEntity(task + "/variables", String.class).getStatusCode())
        .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    assertThat(taskService.createTaskQuery().taskId(boDeCouncilTask.getId()).singleResult().getAssignee()).isNull();
  }

  @Test
  void anotherWardsCouncilNeitherSeesNorCompletesTheTaskInTheJavaApi() {
    identityService.setAuthentication("viethung.hoidong", List.of("phuong-viethung-hoidong"));

    assertThat(taskService.createTaskQuery().taskId(boDeCouncilTask.getId()).count()).isZero();
    assertThatThrownBy(() -> taskService.complete(boDeCouncilTask.getId()))
        .isInstanceOf(AuthorizationException.class);
  }

  @Test
  void auditorReadsTheNominationsHistory() {
    ResponseEntity<List> history = rest.withBasicAuth("thanhtra", "demo").getForEntity(
        "/engine-rest/history/process-instance?maxResults=10&processInstanceId=" + boDeCouncilTask.getProcessInstanceId(), List.class);

    assertThat(history.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(history.getBody()).hasSize(1);
  }

  @Test
  void auditorCannotCompleteTasksStartProcessesOrChangeVariables() {
    TestRestTemplate auditor = rest.withBasicAuth("thanhtra", "demo");

    assertThat(auditor.postForEntity("/engine-rest/task/" + boDeCouncilTask.getId() + "/complete",
        Map.of("variables", councilVote()), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(auditor.postForEntity("/engine-rest/process-definition/key/nomination-review/start",
        Map.of("variables", Map.of()), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(auditor.exchange(
        "/engine-rest/process-instance/" + boDeCouncilTask.getProcessInstanceId() + "/variables/reviewUnit",
        org.springframework.http.HttpMethod.PUT,
        new org.springframework.http.HttpEntity<>(typed("phuong-viethung", "String")), String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(runtimeService.getVariable(boDeCouncilTask.getProcessInstanceId(), "reviewUnit"))
        .isEqualTo("phuong-bode");
  }

  @Test
  void authorizationsAreCheckedTaskByTaskNotByJoiningEveryGrantOfTheGroup() {
    // The scenarios above prove that this form keeps the wards apart; docs/BENCHMARKS.md measures why it is on
    // (a ward's first Tasklist page at 20,000 open tasks).
    assertThat(processEngine.getProcessEngineConfiguration().getAuthorizationCheckRevokes()).isEqualTo(ProcessEngineConfiguration.AUTHORIZATION_CHECK_REVOKE_ALWAYS);
  }

  private static Map<String, Object> councilVote() {
    return Map.of(
        "councilAction", typed("vote", "String"),
        "councilMeetingDate", typed("2027-01-10", "String"),
        "councilMembersTotal", typed(9, "Long"),
        "councilMembersPresent", typed(8, "Long"),
        "councilVotesInFavour", typed(7, "Long"),
        "councilVotesAgainst", typed(1, "Long"));
  }
}
