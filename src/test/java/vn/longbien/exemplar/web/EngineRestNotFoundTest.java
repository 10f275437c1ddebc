package vn.longbien.exemplar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.longbien.exemplar.support.ApplicationTest;
import vn.longbien.exemplar.support.RestNominations;

/**
 * Camunda REST on a task, process instance, execution or process definition that does not exist: 404 in
 * Camunda's own error shape ({@code type}, {@code message}, {@code code}) with a Vietnamese message, where
 * Camunda answers 500 (or 400) for most of them.
 */
@ApplicationTest
@SuppressWarnings({"unchecked", "rawtypes"})
class EngineRestNotFoundTest {

  private static final String MISSING = "khong-ton-tai-42";

  @Autowired private TestRestTemplate rest;
  @Autowired private RuntimeService runtimeService;
  @Autowired private ManagementService managementService;
  @Autowired private TaskService taskService;

  @ParameterizedTest(name = "{0} /engine-rest/{1}")
  @CsvSource(delimiter = '|', value = {
      "POST   | task/{id}/complete                 | {\"variables\":{}}",
      "POST   | task/{id}/submit-form              | {\"variables\":{}}",
      "POST   | task/{id}/claim                    | {\"userId\":\"bode.hoidong\"}",
      "POST   | task/{id}/unclaim                  |",
      "POST   | task/{id}/assignee                 | {\"userId\":\"bode.hoidong\"}",
      "POST   | task/{id}/delegate                 | {\"userId\":\"bode.chutich\"}",
      "POST   | task/{id}/resolve                  | {\"variables\":{}}",
      "GET    | task/{id}/form                     |",
      "GET    | task/{id}/form-variables           |",
      "GET    | task/{id}/rendered-form            |",
      "GET    | task/{id}/deployed-form            |",
      "GET    | task/{id}/variables                |",
      "GET    | task/{id}/variables/councilAction  |",
      "PUT    | task/{id}/variables/councilAction  | {\"value\":\"vote\",\"type\":\"String\"}",
      "POST   | task/{id}/variables                | {\"modifications\":{\"councilAction\":{\"value\":\"vote\"}}}",
      "DELETE | task/{id}/variables/councilAction  |",
      "GET    | task/{id}/localVariables           |",
      "GET    | task/{id}/localVariables/councilAction |",
      "GET    | task/{id}/identity-links           |",
      "POST   | task/{id}/identity-links           | {\"groupId\":\"phuong-bode-hoidong\",\"type\":\"candidate\"}",
      "POST   | task/{id}/comment/create           | {\"message\":\"Đã xem\"}",
      "GET    | process-instance/{id}/variables    |",
      "GET    | process-instance/{id}/variables/nomineeName |",
      "PUT    | process-instance/{id}/variables/nomineeName | {\"value\":\"Tên\",\"type\":\"String\"}",
      "POST   | process-instance/{id}/variables    | {\"modifications\":{\"nomineeName\":{\"value\":\"Tên\"}}}",
      "DELETE | process-instance/{id}/variables/nomineeName |",
      "GET    | execution/{id}/localVariables      |",
      "POST   | execution/{id}/signal              | {}",
      "POST   | process-definition/{id}/start      | {}",
      "POST   | process-definition/{id}/submit-form | {}",
      "GET    | process-definition/{id}/form-variables |",
      "GET    | process-definition/{id}/startForm  |"})
  void aRecordThatDoesNotExistIs404InCamundasErrorShape(String method, String path, String body) {
    ResponseEntity<Map> answer = call("bode.hoidong", HttpMethod.valueOf(method), path.replace("{id}", MISSING), body);

    assertThat(answer.getStatusCode().value()).isEqualTo(404);
    assertThat(answer.getBody()).containsOnlyKeys("type", "message", "code").containsEntry("type", "InvalidRequestException");
    assertThat((String) answer.getBody().get("message")).startsWith("Không tìm thấy ").contains(MISSING);
  }

  @Test
  void completingATaskThatDoesNotExistNamesTheTaskInVietnamese() {
    ResponseEntity<Map> answer = call("bode.hoidong", HttpMethod.POST, "task/" + MISSING + "/complete", "{\"variables\":{}}");

    assertThat(answer.getStatusCode().value()).isEqualTo(404);
    assertThat(answer.getBody()).containsEntry("message",
        "Không tìm thấy công việc " + MISSING + ": công việc không tồn tại hoặc đã kết thúc; xin tải lại danh sách công việc");
  }

  @Test
  void claimingATaskAnotherOfficialHasAlreadyCompletedIs404() {
    RestNominations nominations = new RestNominations(rest, runtimeService, managementService, taskService);
    Task council = nominations.afterPublicPosting(nominations.submitByBoDe("Đinh Thị Nhận Muộn"));
    ResponseEntity<Map> completed =
        rest.withBasicAuth("bode.hoidong", "demo").postForEntity("/engine-rest/task/" + council.getId() + "/complete",
            RestNominations.councilVote(), Map.class);
    assertThat(completed.getStatusCode().value()).isEqualTo(204);

    ResponseEntity<Map> claim =
        call("bode.hoidong", HttpMethod.POST, "task/" + council.getId() + "/claim", "{\"userId\":\"bode.hoidong\"}");

    assertThat(claim.getStatusCode().value()).isEqualTo(404);
    assertThat((String) claim.getBody().get("message")).startsWith("Không tìm thấy công việc " + council.getId());
  }

  private ResponseEntity<Map> call(String user, HttpMethod method, String path, String json) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    // As Tasklist asks: a rendered form is XHTML, so a client asking for JSON only would get 406.
    headers.setAccept(List.of(MediaType.ALL));
    HttpEntity<byte[]> entity = json == null
        ? new HttpEntity<>(headers) : new HttpEntity<>(json.getBytes(StandardCharsets.UTF_8), headers);
    return rest.withBasicAuth(user, "demo")
        .exchange(URI.create(rest.getRootUri() + "/engine-rest/" + path), method, entity, Map.class);
  }
}
