package vn.longbien.exemplar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.Resource;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import vn.longbien.exemplar.support.ApplicationTest;
import vn.longbien.exemplar.support.StandaloneStart;

/** The models administrators edit in bpmn/, dmn/ and forms/ are exactly what the engine runs. */
@ApplicationTest
class ModelDeploymentTest {

  static final String DEPLOYMENT_NAME = "exemplar-selection";

  @Autowired
  private RepositoryService repositoryService;

  @Autowired
  private ProcessEngine engine;

  static Stream<String> modelFiles() throws IOException {
    Stream.Builder<String> files = Stream.builder();
    for (String folder : List.of("bpmn", "dmn", "forms")) {
      try (Stream<Path> paths = Files.list(Path.of(folder))) {
        paths.filter(Files::isRegularFile).map(path -> folder + "/" + path.getFileName()).sorted().forEach(files);
      }
    }
    return files.build();
  }

  @Test
  void thereAreModelsToDeploy() throws IOException {
    assertThat(modelFiles()).anyMatch(file -> file.endsWith(".dmn"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("modelFiles")
  void everyModelFileIsAcceptedAndDeployedByTheEngine(String file) {
    List<String> deployedResources = applicationDeployments().stream()
        .flatMap(deployment -> repositoryService.getDeploymentResources(deployment.getId()).stream())
        .map(Resource::getName)
        .map(name -> name.replace('\\', '/'))
        .toList();

    assertThat(deployedResources).anyMatch(name -> name.endsWith("/" + file) || name.equals(file));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bpmnFiles")
  void formsAndCalledProcessesBindToTheirLatestVersion(String file) {
    // Only changed files are redeployed (and Modeler deploys one file), so a binding to the model's own
    // deployment would miss a form or sub-process that did not change.
    BpmnModelInstance model = Bpmn.readModelFromFile(Path.of(file).toFile());
    Stream<String> bindings = Stream.concat(
        model.getModelElementsByType(UserTask.class).stream()
            .filter(task -> task.getCamundaFormRef() != null)
            .map(UserTask::getCamundaFormRefBinding),
        Stream.concat(
            model.getModelElementsByType(StartEvent.class).stream()
                .filter(start -> start.getCamundaFormRef() != null)
                .map(StartEvent::getCamundaFormRefBinding),
            model.getModelElementsByType(CallActivity.class).stream().map(CallActivity::getCamundaCalledElementBinding)));

    assertThat(bindings).allMatch("latest"::equals);
  }

  static Stream<String> bpmnFiles() throws IOException {
    return modelFiles().filter(file -> file.endsWith(".bpmn"));
  }

  @Test
  void everyDeployedProcessAndDecisionKeepsItsHistoryForAConfiguredTime() {
    assertThat(repositoryService.createProcessDefinitionQuery().list())
        .allSatisfy(definition -> assertThat(definition.getHistoryTimeToLive()).as(definition.getKey()).isNotNull());
    assertThat(repositoryService.createDecisionDefinitionQuery().list())
        .allSatisfy(definition -> assertThat(definition.getHistoryTimeToLive()).as(definition.getKey()).isNotNull());
  }

  @Test
  void restartWithUnchangedModelsCreatesNoNewDeployment() {
    long before = applicationDeployments().size();

    // A second node on the same database, as after a restart.
    try (ConfigurableApplicationContext restarted = StandaloneStart.run("restarted", "--spring.profiles.active=test")) {
      assertThat(applicationDeployments()).hasSize((int) before);
    }
    // On the empty database: the decision tables first, then the processes and forms (policy/DecisionsFirst).
    assertThat(before).isEqualTo(2);
  }

  private List<Deployment> applicationDeployments() {
    return repositoryService.createDeploymentQuery().deploymentName(DEPLOYMENT_NAME).list();
  }

  @Test
  void theYearlyOpeningTimerReadsItsNextDateFromTheDecisionTableEachTimeItFires() {
    // YearlyRoundProcessTest proves what this setting does to the opening timer.
    assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).isReevaluateTimeCycleWhenDue())
        .isTrue();
  }
}
