package vn.longbien.exemplar.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.longbien.exemplar.support.ApplicationTest;
import vn.longbien.exemplar.support.Multipart;
import vn.longbien.exemplar.support.TestData;

/**
 * An objection is listed from its record, not found by the id of the step that takes it in: an administrator
 * renames that step's id in Camunda Modeler (no code knows it, so the deployment is accepted), and a nomination
 * objected to under that version still shows the objection in its timeline, with its sender and text, between
 * the start and the end of the public posting.
 */
@ApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RenamedObjectionStepApplicationTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String RENAMED_STEP = "Task_GhiNhanYKienPhanAnh";

  @Autowired private TestRestTemplate rest;
  @Autowired private RepositoryService repository;
  @Autowired private AuditedChain auditedChain;

  private String deploymentId;
  private List<JsonNode> entries;

  @BeforeAll
  void aNominationObjectedToUnderTheRenamedStep() throws Exception {
    ResponseEntity<String> deployed = rest.withBasicAuth("demo", "demo").postForEntity("/engine-rest/deployment/create",
        Multipart.file("level-review.bpmn", renamedObjectionStep().getBytes(StandardCharsets.UTF_8),
            "deployment-name", "doi-ma-buoc-ghi-nhan-y-kien", "deployment-source", "Camunda Modeler"),
        String.class);
    assertThat(deployed.getStatusCode()).as(deployed.getBody()).isEqualTo(HttpStatus.OK);
    deploymentId = JSON.readTree(deployed.getBody()).path("id").asText();

    String id = auditedChain.inRound(TestData.sharedRound()).run(TestData.nominee("Phan Văn Đổi Mã"));
    ResponseEntity<String> timeline =
        rest.withBasicAuth("thanhtra", "demo").getForEntity("/api/audit/nominations/" + id, String.class);
    assertThat(timeline.getStatusCode()).isEqualTo(HttpStatus.OK);
    entries = StreamSupport.stream(JSON.readTree(timeline.getBody()).get("entries").spliterator(), false).toList();
  }

  @AfterAll
  void theShippedLevelReviewIsTheLatestAgainForTheOtherTests() {
    if (deploymentId != null && !deploymentId.isEmpty()) {
      repository.deleteDeployment(deploymentId, true);
    }
  }

  @Test
  void theObjectionIsListedAtTheRenamedStepWithItsSenderAndText() {
    List<JsonNode> objections = entries.stream().filter(e -> "OBJECTION".equals(e.get("kind").asText())).toList();

    assertThat(objections).hasSize(1);
    JsonNode objection = objections.get(0);
    assertThat(objection.get("step").asText()).isEqualTo(RENAMED_STEP);
    assertThat(objection.get("actor").asText()).isEqualTo("bode.donvi");
    assertThat(objection.get("description").asText())
        .isEqualTo("Ý kiến phản ánh của " + AuditedChain.OBJECTION_SENDER + ": " + AuditedChain.OBJECTION_TEXT);
    assertThat(objection.at("/details/objectionSender").asText()).isEqualTo(AuditedChain.OBJECTION_SENDER);
    assertThat(objection.at("/details/objectionText").asText()).isEqualTo(AuditedChain.OBJECTION_TEXT);
    assertThat(objection.at("/details/objectionIsComplaint").asText()).isEqualTo("false");
    assertThat(objection.at("/details/objectionCount").asText()).isEqualTo("1");
  }

  @Test
  void theObjectionKeepsItsPlaceBetweenTheStartAndTheEndOfThePublicPosting() {
    List<String> all = entries.stream().map(e -> e.get("kind").asText() + " " + e.path("step").asText()).toList();

    assertThat(all).containsSubsequence(
        "STEP Task_StartPublicPosting",
        "OBJECTION " + RENAMED_STEP,
        "STEP Event_PostingPeriodOver",
        "TASK_CREATED Task_CouncilReview");
    assertThat(all).doesNotContain("STEP " + RENAMED_STEP);
  }

  /** The shipped level-review with the id of the step that takes objections in changed everywhere it appears. */
  private static String renamedObjectionStep() throws Exception {
    String model = Files.readString(Path.of("bpmn/level-review.bpmn"), StandardCharsets.UTF_8);
    assertThat(model).contains("\"Task_RecordObjection\"");
    return model.replace("Task_RecordObjection", RENAMED_STEP);
  }
}
