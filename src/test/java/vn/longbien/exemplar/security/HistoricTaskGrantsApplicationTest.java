package vn.longbien.exemplar.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import javax.sql.DataSource;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import vn.longbien.exemplar.audit.AuditedChain;
import vn.longbien.exemplar.support.ApplicationTest;
import vn.longbien.exemplar.support.RestNominations;
import vn.longbien.exemplar.support.TestData;

/**
 * The engine's grants on a task's history (candidate group and assignee may read it: Tasklist's comments and
 * history of the task) last as long as the task: the grant table stays as large as the open work.
 */
@ApplicationTest
class HistoricTaskGrantsApplicationTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired private TestRestTemplate rest;
  @Autowired private RuntimeService runtimeService;
  @Autowired private ManagementService managementService;
  @Autowired private TaskService taskService;
  @Autowired private HistoryService historyService;
  @Autowired private AuthorizationService authorizationService;
  @Autowired private AuditedChain auditedChain;
  @Autowired private DataSource dataSource;

  @Test
  void theCandidatesOfAnOpenTaskReadItsCommentsAndHistoryAndNoOtherWardDoes() {
    Task council = openWardCouncilTask("Lê Thị Bình Luận");
    claimAsBoDeCouncil(council);
    ResponseEntity<Map> written = rest.withBasicAuth("bode.hoidong", "demo").postForEntity(
        "/engine-rest/task/" + council.getId() + "/comment/create", Map.of("message", "Đề nghị bổ sung biên bản"), Map.class);
    assertThat(written.getStatusCode()).isEqualTo(HttpStatus.OK);

    ResponseEntity<List> comments = rest.withBasicAuth("bode.hoidong", "demo")
        .getForEntity("/engine-rest/task/" + council.getId() + "/comment", List.class);
    ResponseEntity<List> history = rest.withBasicAuth("bode.hoidong", "demo")
        .getForEntity("/engine-rest/history/task?maxResults=10&taskId=" + council.getId(), List.class);
    // Tasklist's "Lịch sử" tab of the task.
    ResponseEntity<List> operations = rest.withBasicAuth("bode.hoidong", "demo")
        .getForEntity("/engine-rest/history/user-operation?maxResults=10&taskId=" + council.getId(), List.class);
    ResponseEntity<Map> otherWard = rest.withBasicAuth("viethung.hoidong", "demo")
        .getForEntity("/engine-rest/task/" + council.getId() + "/comment", Map.class);

    assertThat(comments.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(comments.getBody()).extracting(c -> ((Map<?, ?>) c).get("message")).containsExactly("Đề nghị bổ sung biên bản");
    assertThat(history.getBody()).hasSize(1);
    assertThat(operations.getBody()).extracting(o -> ((Map<?, ?>) o).get("operationType")).contains("Claim");
    assertThat(otherWard.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(historyGrantsOf(council.getId())).extracting(g -> g.getGroupId() + "/" + g.getUserId())
        .containsExactlyInAnyOrder("phuong-bode-hoidong/null", "null/bode.hoidong");
  }

  @Test
  void aCompletedTaskLosesItsHistoryGrants() {
    Task council = openWardCouncilTask("Lê Văn Hoàn Tất");
    claimAsBoDeCouncil(council);
    assertThat(historyGrantsOf(council.getId())).extracting(g -> g.getGroupId() + "/" + g.getUserId())
        .containsExactlyInAnyOrder("phuong-bode-hoidong/null", "null/bode.hoidong");

    ResponseEntity<Void> completed = rest.withBasicAuth("bode.hoidong", "demo").postForEntity(
        "/engine-rest/task/" + council.getId() + "/complete", RestNominations.councilVote(), Void.class);

    assertThat(completed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(historyGrantsOf(council.getId())).isEmpty();
  }

  @Test
  void aDeletedTaskLosesItsHistoryGrants() {
    Task task = taskService.newTask();
    task.setName("Việc ngoài quy trình");
    taskService.saveTask(task);
    taskService.addCandidateGroup(task.getId(), "phuong-bode-hoidong");
    assertThat(historyGrantsOf(task.getId())).isNotEmpty();

    taskService.deleteTask(task.getId());

    assertThat(historyGrantsOf(task.getId())).isEmpty();
  }

  @Test
  void aNominationReviewedToItsEndLeavesNoHistoryGrantOfItsTasksAndTheAuditorStillReadsItsTimeline() throws Exception {
    String nominationId = auditedChain.inRound(TestData.sharedRound()).run(TestData.nominee("Phạm Văn Trọn Vẹn"));

    List<HistoricTaskInstance> tasks =
        historyService.createHistoricTaskInstanceQuery().processInstanceBusinessKey(nominationId).list();
    assertThat(tasks).hasSize(5);
    assertThat(tasks).allSatisfy(task -> assertThat(historyGrantsOf(task.getId())).isEmpty());

    ResponseEntity<String> timeline =
        rest.withBasicAuth("thanhtra", "demo").getForEntity("/api/audit/nominations/" + nominationId, String.class);
    assertThat(timeline.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<String> completedTasks = StreamSupport.stream(JSON.readTree(timeline.getBody()).get("entries").spliterator(), false)
        .filter(e -> "TASK_COMPLETED".equals(e.get("kind").asText()))
        .map(e -> e.path("step").asText() + " " + e.path("actor").asText())
        .toList();
    assertThat(completedTasks).containsExactlyElementsOf(AuditedChain.COMPLETED_TASKS);
  }

  @Test
  void theUpgradeRemovesTheHistoryGrantsOfTasksThatEndedBeforeIt() {
    Task open = openWardCouncilTask("Trần Thị Nâng Cấp");
    Authorization stale = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    stale.setResource(Resources.HISTORIC_TASK);
    stale.setResourceId("cong-viec-da-ket-thuc");
    stale.setGroupId("phuong-bode-hoidong");
    stale.addPermission(HistoricTaskPermissions.READ);
    authorizationService.saveAuthorization(stale);

    new ResourceDatabasePopulator(
        new ClassPathResource("db/engine-migration/V13__historic_task_grants_of_ended_tasks.sql")).execute(dataSource);

    assertThat(historyGrantsOf("cong-viec-da-ket-thuc")).isEmpty();
    assertThat(historyGrantsOf(open.getId())).isNotEmpty();
  }

  private Task openWardCouncilTask(String nomineeName) {
    RestNominations nominations = new RestNominations(rest, runtimeService, managementService, taskService);
    return nominations.afterPublicPosting(nominations.submitByBoDe(TestData.nominee(nomineeName)));
  }

  private List<Authorization> historyGrantsOf(String taskId) {
    return authorizationService.createAuthorizationQuery()
        .resourceType(Resources.HISTORIC_TASK).resourceId(taskId).list();
  }

  /** The Bồ Đề council member claims the task through Camunda REST, as Tasklist does. */
  private void claimAsBoDeCouncil(Task council) {
    assertThat(rest.withBasicAuth("bode.hoidong", "demo").postForEntity(
        "/engine-rest/task/" + council.getId() + "/claim", Map.of("userId", "bode.hoidong"), Void.class).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
  }
}
