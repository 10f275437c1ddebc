package vn.longbien.exemplar.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.longbien.exemplar.review.EditedModels.file;
import static vn.longbien.exemplar.review.EditedModels.renamed;
import static vn.longbien.exemplar.review.EditedModels.replaced;
import static vn.longbien.exemplar.review.EditedModels.withoutField;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The contract between the models and the application's code, on an engine of its own with the application's
 * plugin: what an administrator may change in Camunda Modeler deploys, what would break the application is
 * refused with each broken part named.
 */
class ModelContractTest {

  private static ProcessEngine engine;
  private static RepositoryService repository;

  @BeforeAll
  static void engineWithThePlugin() throws IOException {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl)
        ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
            // Not "default", which belongs to the Spring application's engine in the same JVM.
            .setProcessEngineName("modelcontract")
            .setJdbcUrl("jdbc:h2:mem:modelcontract;DB_CLOSE_DELAY=-1")
            .setJobExecutorActivate(false);
    configuration.setProcessEnginePlugins(List.of(new ModelContractPlugin()));
    engine = configuration.buildProcessEngine();
    repository = engine.getRepositoryService();
    DeploymentBuilder applicationModels = repository.createDeployment().name("exemplar-selection");
    for (String folder : List.of("bpmn", "dmn", "forms")) {
      try (Stream<Path> files = Files.list(Path.of(folder))) {
        // yearly-round's timer asks the application's roundOpening bean for its cycle when it is deployed:
        // ModelContractApplicationTest deploys it with the rest at the application's start.
        files.filter(path -> !path.endsWith("yearly-round.bpmn")).sorted().forEach(path -> applicationModels.addString(folder + "/" + path.getFileName(), file(path.toString())));
      }
    }
    applicationModels.deploy();
  }

  @AfterAll
  static void closeEngine() {
    engine.close();
  }

  @Test
  void theApplicationsOwnModelsDeploy() {
    assertThat(repository.createProcessDefinitionQuery().latestVersion().list())
        .extracting(definition -> definition.getKey())
        .contains(ModelContract.NOMINATION_REVIEW, ModelContract.LEVEL_REVIEW, ModelContract.UNIT_INTRODUCTION);
    assertThat(repository.createDecisionDefinitionQuery().latestVersion().list())
        .extracting(definition -> definition.getKey())
        .containsAll(ModelContract.DECISIONS.stream().map(ModelContract.DecisionContract::key).toList());
  }

  @Test
  void aRenamedCouncilTaskIsRefusedNamingTheTaskAndWhatItIsFor() {
    long versions = versionsOf(ModelContract.LEVEL_REVIEW);

    assertThatThrownBy(() -> deploy("bpmn/level-review.bpmn",
            renamed("bpmn/level-review.bpmn", "Task_CouncilReview", "Task_HoiDongBinhXet")))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining(
            "Mô hình level-review thiếu công việc Task_CouncilReview mà ứng dụng cần (biểu quyết của Hội đồng)");
    assertThat(versionsOf(ModelContract.LEVEL_REVIEW)).isEqualTo(versions);
  }

  @Test
  void aRenamedTaskThatSendsAMailIsRefusedNamingTheMail() {
    long versions = versionsOf(ModelContract.UNIT_INTRODUCTION);

    assertThatThrownBy(() -> deploy("bpmn/unit-introduction.bpmn",
            renamed("bpmn/unit-introduction.bpmn", "Task_HandleShortfall", "Task_XuLyThieuChiTieu")))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("Mô hình unit-introduction thiếu công việc Task_HandleShortfall mà ứng dụng cần"
            + " (thư chuyển Phòng Nội vụ xử lý đơn vị chủ trì chưa đạt chỉ tiêu giới thiệu)");
    assertThat(versionsOf(ModelContract.UNIT_INTRODUCTION)).isEqualTo(versions);
  }

  @Test
  void aUserTaskShowingAnotherFormIsRefused() {
    assertThatThrownBy(() -> deploy("bpmn/level-review.bpmn", replaced("bpmn/level-review.bpmn",
            "camunda:formRef=\"chairman-decision\"", "camunda:formRef=\"quyet-dinh-moi\"")))
        .hasMessageContaining("Mô hình level-review: công việc Task_ChairmanDecision phải dùng biểu mẫu chairman-decision"
            + " (quyết định của Chủ tịch UBND), không phải quyet-dinh-moi");
  }

  @Test
  void aCallOfTheLevelReviewThatNoLongerReturnsTheLevelsOutcomeIsRefused() {
    String oneCallWithoutOutcome = replaced("bpmn/nomination-review.bpmn",
        "<camunda:out source=\"levelOutcome\" target=\"levelOutcome\" />\n        <camunda:out source=\"levelOutcomeReason\"",
        "<camunda:out source=\"levelOutcomeReason\"");

    assertThatThrownBy(() -> deploy("bpmn/nomination-review.bpmn", oneCallWithoutOutcome))
        .hasMessageContaining("Mô hình nomination-review: hoạt động gọi CallActivity_WardReview (bình xét cấp phường)"
            + " không còn nhận lại biến levelOutcome từ level-review mà ứng dụng cần")
        .hasMessageNotContaining("CallActivity_DistrictReview");
  }

  @Test
  void aFormWithoutAFieldTheVoteReadsIsRefused() {
    assertThatThrownBy(() -> deploy("forms/council-review.form",
            withoutField("forms/council-review.form", "councilVotesAgainst")))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining(
            "Biểu mẫu council-review thiếu trường councilVotesAgainst mà ứng dụng đọc (biểu quyết của Hội đồng)");
  }

  @Test
  void aRenamedDecisionOutputIsRefused() {
    long versions = repository.createDecisionDefinitionQuery().decisionDefinitionKey("council-vote-outcome").count();

    assertThatThrownBy(() -> deploy("dmn/council-vote-outcome.dmn", replaced("dmn/council-vote-outcome.dmn",
            "name=\"passed\"", "name=\"approved\"")))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining(
            "Bảng quyết định council-vote-outcome thiếu cột kết quả passed mà ứng dụng đọc (kết quả biểu quyết)");
    assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey("council-vote-outcome").count())
        .isEqualTo(versions);
  }

  @Test
  void aDecisionThatNoLongerReadsAnInputTheApplicationGivesIsRefused() {
    assertThatThrownBy(() -> deploy("dmn/council-vote-outcome.dmn",
            file("dmn/council-vote-outcome.dmn").replace("votesInFavour", "soPhieuDongY")))
        .hasMessageContaining("Bảng quyết định council-vote-outcome không còn đọc dữ liệu đầu vào votesInFavour"
            + " mà ứng dụng cung cấp (kết quả biểu quyết)");
  }

  @Test
  void everyBrokenPartOfADeploymentIsNamedInOneRefusal() {
    assertThatThrownBy(() -> repository.createDeployment()
            .addString("bpmn/level-review.bpmn", renamed("bpmn/level-review.bpmn", "Task_ProvideEvidence", "Task_BoSung"))
            .addString("forms/chairman-decision.form", withoutField("forms/chairman-decision.form", "proposeBook"))
            .deploy())
        .hasMessageContaining("Mô hình level-review thiếu công việc Task_ProvideEvidence")
        .hasMessageContaining("Biểu mẫu chairman-decision thiếu trường proposeBook");
  }

  @Test
  void changedNamesLayoutAndAThresholdDeploy() {
    long processVersions = versionsOf(ModelContract.LEVEL_REVIEW);
    String relabelled = replaced("bpmn/level-review.bpmn", "name=\"Công khai danh sách đề cử\"", "name=\"Niêm yết công khai\"")
        .replaceFirst("(?<shape>bpmnElement=\"StartEvent_LevelReviewStarted\">\\s*<dc:Bounds x=\")\\d+", "${shape}20");
    String stricterQuorum =
        replaced("dmn/council-vote-outcome.dmn", "? * 3 &gt;= membersTotal * 2", "? * 4 &gt;= membersTotal * 3");

    repository.createDeployment()
        .addString("bpmn/level-review.bpmn", relabelled)
        .addString("dmn/council-vote-outcome.dmn", stricterQuorum)
        .addString("forms/council-review.form",
            replaced("forms/council-review.form", "Số phiếu không tán thành", "Số phiếu chống"))
        .deploy();

    assertThat(relabelled).contains("<dc:Bounds x=\"20\"");
    assertThat(versionsOf(ModelContract.LEVEL_REVIEW)).isEqualTo(processVersions + 1);
  }

  private static void deploy(String name, String content) {
    repository.createDeployment().addString(name, content).deploy();
  }

  private static long versionsOf(String key) {
    return repository.createProcessDefinitionQuery().processDefinitionKey(key).count();
  }
}
