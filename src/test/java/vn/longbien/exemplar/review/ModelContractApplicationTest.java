package vn.longbien.exemplar.review;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.longbien.exemplar.review.EditedModels.renamed;
import static vn.longbien.exemplar.review.EditedModels.replaced;
import static vn.longbien.exemplar.review.EditedModels.withoutField;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.longbien.exemplar.support.ApplicationTest;
import vn.longbien.exemplar.support.Multipart;

/**
 * An administrator deploys from Camunda Modeler ({@code POST /engine-rest/deployment/create}): a model that
 * breaks what the application relies on is refused with 400 and a Vietnamese message naming what is missing,
 * and nothing of it is deployed; a model that only changes what the administrator owns deploys. The same
 * refusals through the RepositoryService, and the other kinds of break: {@link ModelContractTest}.
 */
@ApplicationTest
class ModelContractApplicationTest {

  @Autowired
  private TestRestTemplate rest;

  @Autowired
  private RepositoryService repository;

  @Test
  void theApplicationsOwnModelsDeployedAtStart() {
    assertThat(repository.createProcessDefinitionQuery().latestVersion().list())
        .extracting(definition -> definition.getKey())
        .contains(ModelContract.NOMINATION_REVIEW, ModelContract.LEVEL_REVIEW, ModelContract.YEARLY_ROUND,
            ModelContract.UNIT_INTRODUCTION);
    assertThat(repository.createDecisionDefinitionQuery().latestVersion().list())
        .extracting(definition -> definition.getKey())
        .containsAll(ModelContract.DECISIONS.stream().map(ModelContract.DecisionContract::key).toList());
  }

  @Test
  void aLevelReviewWithItsCouncilTaskRenamedIsRefusedFromModelerWith400NamingTheTask() throws Exception {
    long deployments = repository.createDeploymentQuery().count();

    ResponseEntity<String> answer = deployFromModeler("level-review.bpmn",
        renamed("bpmn/level-review.bpmn", "Task_CouncilReview", "Task_HoiDongBinhXet"));

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode error = new ObjectMapper().readTree(answer.getBody());
    assertThat(error.path("type").asText()).isEqualTo("ParseException");
    assertThat(error.path("message").asText())
        .contains("Mô hình level-review thiếu công việc Task_CouncilReview mà ứng dụng cần (biểu quyết của Hội đồng)");
    assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
  }

  @Test
  void aCouncilFormWithoutTheVotesAgainstIsRefusedFromModelerWith400() {
    long deployments = repository.createDeploymentQuery().count();

    ResponseEntity<String> answer = deployFromModeler("council-review.form",
        withoutField("forms/council-review.form", "councilVotesAgainst"));

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody())
        .contains("Biểu mẫu council-review thiếu trường councilVotesAgainst mà ứng dụng đọc (biểu quyết của Hội đồng)");
    assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
  }

  @Test
  void aVoteTableWithARenamedOutputIsRefusedFromModelerWith400() {
    long versions = repository.createDecisionDefinitionQuery().decisionDefinitionKey("council-vote-outcome").count();

    ResponseEntity<String> answer = deployFromModeler("council-vote-outcome.dmn",
        replaced("dmn/council-vote-outcome.dmn", "name=\"passed\"", "name=\"approved\""));

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody())
        .contains("Bảng quyết định council-vote-outcome thiếu cột kết quả passed mà ứng dụng đọc (kết quả biểu quyết)");
    assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey("council-vote-outcome").count())
        .isEqualTo(versions);
  }

  @Test
  void aLevelReviewWithANewLabelDeploysFromModeler() throws Exception {
    ResponseEntity<String> answer = deployFromModeler("level-review.bpmn",
        replaced("bpmn/level-review.bpmn", "name=\"Công khai danh sách đề cử\"", "name=\"Niêm yết công khai\""));
    String deploymentId = new ObjectMapper().readTree(answer.getBody()).path("id").asText();
    try {
      assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(repository.createProcessDefinitionQuery().deploymentId(deploymentId).singleResult().getKey())
          .isEqualTo(ModelContract.LEVEL_REVIEW);
    } finally {
      // The other application tests run the shipped level-review (the call binds to the latest version).
      if (!deploymentId.isEmpty()) {
        repository.deleteDeployment(deploymentId, true);
      }
    }
  }

  private ResponseEntity<String> deployFromModeler(String fileName, String content) {
    return rest.withBasicAuth("demo", "demo").postForEntity("/engine-rest/deployment/create",
        Multipart.file(fileName, content.getBytes(StandardCharsets.UTF_8),
            "deployment-name", "sua-mo-hinh", "deployment-source", "Camunda Modeler"),
        String.class);
  }
}
