package vn.longbien.exemplar.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.longbien.exemplar.nomination.NominationRequests.individual;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.longbien.exemplar.support.ApplicationTest;
import vn.longbien.exemplar.support.TestData;
import vn.longbien.exemplar.support.Officials;
import vn.longbien.exemplar.support.RestNominations;

/**
 * A nomination read through the API carries every decision taken on it: who, when, the votes, the outcome, and
 * the council's returns for evidence.
 */
@ApplicationTest
@SuppressWarnings({"unchecked", "rawtypes"})
class NominationDecisionsApiTest {

  private static final int ROUND = TestData.sharedRound();

  @Autowired private TestRestTemplate rest;
  @Autowired private RuntimeService runtimeService;
  @Autowired private ManagementService managementService;
  @Autowired private TaskService taskService;
  @Autowired private IdentityService identityService;

  @Test
  void wardCouncilVoteAndChairmanDecisionAppearWithTheOfficialsWhoTookThem() {
    String id = (String) NominationRequests.submit(rest, "bode.donvi", individual(ROUND, "phuong-bode", "Tạ Quang Vinh", 1983))
        .getBody().get("id");
    Task council = new RestNominations(rest, runtimeService, managementService, taskService).afterPublicPosting(id);
    completeAs("bode.hoidong", "phuong-bode-hoidong", council, Map.of(
        "councilAction", "vote", "councilMeetingDate", ROUND + "-01-10", "councilMembersTotal", 15,
        "councilMembersPresent", 12, "councilVotesInFavour", 11, "councilVotesAgainst", 1,
        "councilComments", "Thành tích tiêu biểu"));
    completeAs("bode.chutich", "phuong-bode-chutich", taskService.createTaskQuery().processInstanceBusinessKey(id).singleResult(),
        Map.of("recognised", true, "proposeUpward", false, "decisionNumber", "12/QĐ-UBND", "decisionDate", ROUND + "-01-15",
            "decisionReason", "Thành tích tiêu biểu của phường"));

    ResponseEntity<Map> response = rest.withBasicAuth("bode.donvi", "demo").getForEntity("/api/nominations/" + id, Map.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).containsEntry("status", "RECOGNISED_WARD");
    List<Map<String, Object>> decisions = (List<Map<String, Object>>) response.getBody().get("decisions");
    assertThat(decisions).hasSize(2);
    assertThat(decisions.get(0))
        .containsEntry("kind", "COUNCIL_VOTE").containsEntry("kindLabel", "Hội đồng Thi đua - Khen thưởng biểu quyết")
        .containsEntry("level", "phuong").containsEntry("actor", "bode.hoidong").containsEntry("meetingDate", ROUND + "-01-10")
        .containsEntry("membersTotal", 15).containsEntry("membersPresent", 12).containsEntry("votesInFavour", 11)
        .containsEntry("votesAgainst", 1).containsEntry("outcome", "passed");
    assertThat((String) decisions.get(0).get("reason")).contains("Thông qua", "Thành tích tiêu biểu");
    assertThat(decisions.get(1))
        .containsEntry("kind", "CHAIRMAN_DECISION").containsEntry("actor", "bode.chutich")
        .containsEntry("outcome", "recognised").containsEntry("decisionNumber", "12/QĐ-UBND")
        .containsEntry("decisionDate", ROUND + "-01-15");
    assertThat(decisions.get(1).get("decidedAt")).isNotNull();
  }

  @Test
  void councilsReturnForEvidenceIsRecordedWithWhatItAskedForAndByWhen() {
    String id = (String) NominationRequests.submit(rest, "bode.donvi", individual(ROUND, "phuong-bode", "Mai Văn Bổ", 1976))
        .getBody().get("id");
    Task council = new RestNominations(rest, runtimeService, managementService, taskService).afterPublicPosting(id);
    completeAs("bode.hoidong", "phuong-bode-hoidong", council, Map.of(
        "councilAction", "return", "evidenceRequest", "Bản sao giấy khen của Công an phường",
        "evidenceDueDate", ROUND + "-01-20"));

    ResponseEntity<Map> response = rest.withBasicAuth("bode.donvi", "demo").getForEntity("/api/nominations/" + id, Map.class);

    assertThat(response.getBody()).containsEntry("status", "RETURNED").containsEntry("currentStep", "Task_ProvideEvidence");
    List<Map<String, Object>> decisions = (List<Map<String, Object>>) response.getBody().get("decisions");
    assertThat(decisions).hasSize(1);
    assertThat(decisions.get(0))
        .containsEntry("kind", "RETURN_FOR_EVIDENCE")
        .containsEntry("kindLabel", "Hội đồng Thi đua - Khen thưởng trả hồ sơ để bổ sung")
        .containsEntry("level", "phuong").containsEntry("step", "Task_ProvideEvidence")
        .containsEntry("actor", "bode.hoidong").containsEntry("outcome", "returned")
        .containsEntry("reason", "Yêu cầu bổ sung: Bản sao giấy khen của Công an phường; hạn bổ sung 20/01/" + ROUND);
    assertThat(decisions.get(0).get("decidedAt")).isNotNull();
  }

  private void completeAs(String user, String group, Task task, Map<String, Object> variables) {
    Officials.completeAs(identityService, taskService, user, group, task, variables);
  }
}
