package vn.longbien.exemplar.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import vn.longbien.exemplar.support.ApplicationTest;

/** Changes made by hand outside the forms (Cockpit, REST) appear in the timeline with who made them. */
@ApplicationTest
class ManualChangesApplicationTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired private TestRestTemplate rest;
  @Autowired private RuntimeService runtimeService;
  @Autowired private TaskService taskService;
  @Autowired private IdentityService identityService;
  @Autowired private AuditedChain auditedChain;

  @Test
  void administratorsChangesOfVariablesAndAssigneesShowWhoMadeThem() throws Exception {
    String id = auditedChain.submit("bode.donvi", "phuong-bode-donvi", "phuong-bode", "Vũ Văn Sửa");
    auditedChain.endPublicPosting(id);
    ProcessInstance level = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(id)
        .processDefinitionKey("level-review").singleResult();
    Task council = taskService.createTaskQuery().processInstanceId(level.getId()).singleResult();
    identityService.setAuthentication("demo", List.of("camunda-admin"));
    try {
      runtimeService.setVariable(level.getId(), "councilComments", "Sửa tay qua Cockpit");
      taskService.setAssignee(council.getId(), "bode.hoidong");
    } finally {
      identityService.clearAuthentication();
    }

    List<JsonNode> entries = StreamSupport.stream(JSON.readTree(rest.withBasicAuth("thanhtra", "demo")
        .getForEntity("/api/audit/nominations/" + id, String.class).getBody()).get("entries").spliterator(), false)
        .toList();

    JsonNode variable = entries.stream().filter(e -> "USER_OPERATION".equals(e.get("kind").asText())).findFirst().orElseThrow();
    assertThat(variable.get("actor").asText()).isEqualTo("demo");
    assertThat(variable.at("/details/operationType").asText()).isEqualTo("SetVariable");
    assertThat(variable.get("description").asText()).startsWith("demo đặt giá trị biến");
    JsonNode assigned = entries.stream().filter(e -> "TASK_ASSIGNED".equals(e.get("kind").asText())).findFirst().orElseThrow();
    assertThat(assigned.get("actor").asText()).isEqualTo("demo");
    assertThat(assigned.get("description").asText())
        .isEqualTo("demo giao công việc «" + council.getName() + "» cho người xử lý bode.hoidong");
  }
}
