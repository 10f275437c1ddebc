package vn.longbien.exemplar.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.longbien.exemplar.nomination.NominationRequests.individual;

import java.util.LinkedHashMap;
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
import org.springframework.jdbc.core.JdbcTemplate;
import vn.longbien.exemplar.support.ApplicationTest;
import vn.longbien.exemplar.support.TestData;
import vn.longbien.exemplar.support.Officials;
import vn.longbien.exemplar.support.RestNominations;

/**
 * Objections received during public posting, entered over HTTP by any official who may read the nomination
 * except auditors: stored, handed to the level's review in the same transaction so the council reads them in
 * the dossier, and a complaint holds the proposal until it is settled. Outside a posting: 409.
 */
@ApplicationTest
@SuppressWarnings({"unchecked", "rawtypes"})
class NominationObjectionsApiTest {

  @Autowired private TestRestTemplate rest;
  @Autowired private RuntimeService runtimeService;
  @Autowired private ManagementService managementService;
  @Autowired private TaskService taskService;
  @Autowired private IdentityService identityService;
  @Autowired private JdbcTemplate jdbc;

  @Test
  void objectionDuringPostingIsRecordedAndShownToTheCouncil() {
    String id = nominate("Quách Văn Thành");

    ResponseEntity<Map> response = object("bode.hoidong", id, objection("Đề nghị làm rõ thành tích năm 2023", false));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(response.getBody()).containsEntry("reviewUnit", "phuong-bode").containsEntry("reviewUnitName", "Phường Bồ Đề")
        .containsEntry("senderName", "Tổ dân phố số 5").containsEntry("senderContact", "0912 345 678")
        .containsEntry("isComplaint", false).containsEntry("recordedBy", "bode.hoidong");
    Map<String, Object> nomination = read("bode.donvi", id);
    assertThat((List<Map<String, Object>>) nomination.get("objections"))
        .extracting(o -> o.get("content")).containsExactly("Đề nghị làm rõ thành tích năm 2023");
    assertThat(nomination).containsEntry("complaintPending", false);
    Task council = postings().afterPublicPosting(id);
    assertThat(council.getTaskDefinitionKey()).isEqualTo("Task_CouncilReview");
    assertThat(rest.withBasicAuth("bode.hoidong", "demo")
        .getForObject("/engine-rest/task/" + council.getId() + "/deployed-form", String.class))
        .contains("Số ý kiến phản ánh trong thời gian công khai: **1**")
        .contains("Ý kiến phản ánh số 1", "Tổ dân phố số 5 (0912 345 678)", "Đề nghị làm rõ thành tích năm 2023");
  }

  @Test
  void complaintMarksTheComplaintPendingAndHoldsTheProposalUpward() {
    String id = nominate("Mạc Thị Hằng");

    ResponseEntity<Map> response = object("bode.donvi", id, objection("Đơn khiếu nại về tranh chấp đất đai", true));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(read("bode.donvi", id)).containsEntry("complaintPending", true);
    Task council = postings().afterPublicPosting(id);
    completeAs("bode.hoidong", "phuong-bode-hoidong", council, Map.of(
        "councilAction", "vote", "councilMeetingDate", TestData.sharedRound() + "-01-10", "councilMembersTotal", 15,
        "councilMembersPresent", 12, "councilVotesInFavour", 10, "councilVotesAgainst", 1));
    completeAs("bode.chutich", "phuong-bode-chutich", taskService.createTaskQuery().processInstanceBusinessKey(id).singleResult(),
        Map.of("recognised", true, "proposeUpward", true,
            "decisionNumber", "15/QĐ-UBND", "decisionDate", TestData.sharedRound() + "-01-15"));
    assertThat(read("bode.donvi", id)).containsEntry("status", "ON_HOLD");
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(id).singleResult().getTaskDefinitionKey())
        .isEqualTo("Task_ResolvePendingMatter");
  }

  @Test
  void objectionAfterThePostingEndedIsRefusedWithConflict() {
    String id = nominate("Tôn Thất Long");
    postings().afterPublicPosting(id);

    ResponseEntity<Map> response = object("bode.hoidong", id, objection("Ý kiến gửi muộn", false));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(response.getBody()).containsEntry("type", "NotInPublicPosting")
        .containsEntry("message", "Hồ sơ đề cử " + id + " hiện không trong thời gian công khai nên không tiếp nhận ý kiến phản ánh");
    assertThat(storedObjections(id)).isZero();
  }

  @Test
  void auditorReadsButDoesNotEnterObjections() {
    String id = nominate("Lạc Văn Hưng");

    ResponseEntity<Map> response = object("thanhtra", id, objection("Phản ánh", false));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(storedObjections(id)).isZero();
  }

  @Test
  void officialOfAnotherWardFindsNoNominationToObjectTo() {
    String id = nominate("Khúc Thị Mơ");

    ResponseEntity<Map> response = object("viethung.donvi", id, objection("Phản ánh", false));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(storedObjections(id)).isZero();
  }

  @Test
  void objectionWithoutSenderOrContentIsRefusedWithTheFieldsToComplete() {
    String id = nominate("Bạch Văn Tùng");

    ResponseEntity<Map> response = object("bode.hoidong", id, Map.of("senderName", " ", "content", ""));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((List<Map<String, String>>) response.getBody().get("fieldErrors")).extracting(f -> f.get("message"))
        .containsExactlyInAnyOrder("Chưa nhập người gửi ý kiến", "Chưa nhập nội dung phản ánh");
    assertThat(storedObjections(id)).isZero();
  }

  private static Map<String, Object> objection(String content, boolean complaint) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("senderName", "Tổ dân phố số 5");
    body.put("senderContact", "0912 345 678");
    body.put("content", content);
    body.put("isComplaint", complaint);
    return body;
  }

  private String nominate(String name) {
    ResponseEntity<Map> response = NominationRequests.submit(rest, "bode.donvi", individual(TestData.sharedRound(), "phuong-bode", name, 1979));
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return (String) response.getBody().get("id");
  }

  private ResponseEntity<Map> object(String user, String id, Map<String, Object> body) {
    return rest.withBasicAuth(user, "demo").postForEntity("/api/nominations/" + id + "/objections", body, Map.class);
  }

  private Map<String, Object> read(String user, String id) {
    return rest.withBasicAuth(user, "demo").getForObject("/api/nominations/" + id, Map.class);
  }

  private RestNominations postings() {
    return new RestNominations(rest, runtimeService, managementService, taskService);
  }

  private void completeAs(String user, String group, Task task, Map<String, Object> variables) {
    Officials.completeAs(identityService, taskService, user, group, task, variables);
  }

  private int storedObjections(String id) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM objection WHERE nomination_id = ?", Integer.class, id);
  }
}
