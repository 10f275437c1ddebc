package vn.longbien.exemplar.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.longbien.exemplar.support.ApplicationTest;
import vn.longbien.exemplar.support.RoundClock;
import vn.longbien.exemplar.support.TestData;

/**
 * A nomination held for a pending discipline case until Phòng Nội vụ records it settled, then sent back by the
 * ward council for evidence: both decisions stay on its audit timeline, each right after the task that carried
 * it, with who took it and what they wrote — read from the application's record of the decision.
 */
@ApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HoldsAndReturnsTimelineApplicationTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int ROUND = TestData.sharedRound();
  private static final String NOTE = "Thanh tra quận kết luận không vi phạm";
  private static final String REQUEST = "Bổ sung xác nhận của Công an phường về việc cứu người";

  @Autowired private TestRestTemplate rest;
  @Autowired private RuntimeService runtime;
  @Autowired private TaskService tasks;
  @Autowired private IdentityService identities;
  @Autowired private ManagementService management;

  private List<String> lines;
  private List<JsonNode> entries;

  @BeforeAll
  void heldSettledPostedAndReturned() throws Exception {
    String id = RoundClock.inRound(ROUND, () -> {
      String nomination = as("bode.donvi", "phuong-bode-donvi", () -> runtime.startProcessInstanceByKey(
          "nomination-review", Variables.createVariables()
              .putValue("nominatingUnit", "phuong-bode").putValue("roundYear", (long) ROUND)
              .putValue("nomineeKind", "ca-nhan").putValue("nomineeName", TestData.nominee("Phạm Văn Giữ"))
              .putValue("birthYear", 1980L).putValue("gender", "nam").putValue("movement", "chung")
              .putValue("achievements", "Cứu người bị nạn trong đám cháy")
              .putValue("criterionTc1", true).putValue("criterionTc2", true)
              .putValue("criterionTc3", true).putValue("criterionTc4", true)
              .putValue("disciplinePending", true).putValue("complaintPending", false))
          .getBusinessKey());
      complete("quan.noivu", "phong-noivu-thuongtruc", nomination,
          Map.of("pendingMatterOutcome", "settled", "pendingMatterNote", NOTE));
      ProcessInstance level = runtime.createProcessInstanceQuery().processInstanceBusinessKey(nomination)
          .processDefinitionKey("level-review").singleResult();
      Job posting = management.createJobQuery().processInstanceId(level.getId()).timers()
          .activityId("Event_PostingPeriodOver").singleResult();
      management.executeJob(posting.getId());
      complete("bode.hoidong", "phuong-bode-hoidong", nomination, Map.of("councilAction", "return",
          "evidenceRequest", REQUEST, "evidenceDueDate", LocalDate.of(ROUND, 1, 20).toString()));
      return nomination;
    });
    ResponseEntity<String> response =
        rest.withBasicAuth("thanhtra", "demo").getForEntity("/api/audit/nominations/" + id, String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    entries = StreamSupport.stream(JSON.readTree(response.getBody()).get("entries").spliterator(), false).toList();
    lines = entries.stream().map(e -> e.get("kind").asText() + " " + e.path("step").asText()).toList();
  }

  @Test
  void thePendingMattersFindingFollowsItsTaskWithWhoRecordedItAndTheirNote() {
    assertThat(lines).containsSubsequence("TASK_COMPLETED Task_ResolvePendingMatter", "DECISION Task_ResolvePendingMatter");
    JsonNode finding = of("DECISION", "Task_ResolvePendingMatter");

    assertThat(finding.get("actor").asText()).isEqualTo("quan.noivu");
    assertThat(finding.get("description").asText())
        .isEqualTo("Kỷ luật, thanh tra, khiếu nại đã giải quyết, không vi phạm: tiếp tục xét. " + NOTE);
    assertThat(finding.at("/details/pendingMatterOutcome").asText()).isEqualTo("settled");
  }

  @Test
  void theCouncilsReturnForEvidenceFollowsItsTaskWithTheRequestAndWhoMadeIt() {
    assertThat(lines).containsSubsequence("TASK_COMPLETED Task_CouncilReview", "RETURN_FOR_EVIDENCE Task_CouncilReview",
        "TASK_CREATED Task_ProvideEvidence");
    JsonNode returned = of("RETURN_FOR_EVIDENCE", "Task_CouncilReview");

    assertThat(returned.get("actor").asText()).isEqualTo("bode.hoidong");
    assertThat(returned.get("description").asText())
        .startsWith("Hội đồng Thi đua - Khen thưởng Phường Bồ Đề trả hồ sơ cho đơn vị đề cử để bổ sung: " + REQUEST);
    assertThat(returned.at("/details/evidenceRequest").asText()).isEqualTo(REQUEST);
  }

  private JsonNode of(String kind, String step) {
    return entries.stream().filter(e -> kind.equals(e.get("kind").asText()) && step.equals(e.path("step").asText()))
        .findFirst().orElseThrow();
  }

  private void complete(String user, String group, String nomination, Map<String, Object> variables) {
    as(user, group, () -> {
      Task task = tasks.createTaskQuery().processInstanceBusinessKey(nomination).singleResult();
      assertThat(task).as("công việc của " + user).isNotNull();
      tasks.claim(task.getId(), user);
      tasks.complete(task.getId(), variables);
      return null;
    });
  }

  private <T> T as(String user, String group, Supplier<T> action) {
    identities.setAuthentication(user, List.of(group));
    try {
      return action.get();
    } finally {
      identities.clearAuthentication();
    }
  }
}
