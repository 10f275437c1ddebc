package vn.longbien.exemplar.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.jobexecutor.historycleanup.BatchWindow;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Retention on an in-memory engine of its own ("audittest"), configured like the application's through
 * {@link RetentionPlugin}, with a history time to live of 30 days: the engine's history cleanup removes
 * the history of a nomination finished more than 30 days ago and keeps a younger one.
 */
class HistoryRetentionTest {

  private static final int DAYS = 30;
  private static final Instant ROUND_START = Instant.parse("2024-01-02T03:00:00Z");

  private static ProcessEngine engine;

  @BeforeAll
  static void engineWithThirtyDaysOfHistory() {
    ProcessEngineConfigurationImpl configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setProcessEngineName("audittest");
    configuration.setJdbcUrl("jdbc:h2:mem:audittest;DB_CLOSE_DELAY=-1");
    configuration.setHistory("full");
    configuration.setJobExecutorActivate(false);
    configuration.setEnforceHistoryTimeToLive(true);
    configuration.setProcessEnginePlugins(List.of(new RetentionPlugin(new RetentionProperties(
        DAYS, new RetentionProperties.HistoryCleanup("22:00", "05:00", "Asia/Ho_Chi_Minh")))));
    engine = configuration.buildProcessEngine();
    engine.getRepositoryService().createDeployment().name("retention-test")
        .addClasspathResource("audit/retention-check.bpmn").addClasspathResource("audit/retention-decision.dmn")
        .deploy();
  }

  @AfterEach
  void clockBackToNow() {
    ClockUtil.reset();
  }

  @AfterAll
  static void closeEngine() {
    engine.getRepositoryService().createDeploymentQuery().list()
        .forEach(deployment -> engine.getRepositoryService().deleteDeployment(deployment.getId(), true));
    engine.close();
  }

  @Test
  void everyModelTakesTheConfiguredTimeToLiveNotTheOneWrittenInIt() {
    RepositoryService repository = engine.getRepositoryService();

    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("retention-check").singleResult()
        .getHistoryTimeToLive()).isEqualTo(DAYS);
    assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey("retention-decision").singleResult()
        .getHistoryTimeToLive()).isEqualTo(DAYS);
  }

  @Test
  void cleanupRemovesHistoryOlderThanTheTimeToLiveAndKeepsYoungerHistory() {
    String old = finishedAt(ROUND_START);
    String young = finishedAt(ROUND_START.plus(40, ChronoUnit.DAYS));

    ClockUtil.setCurrentTime(Date.from(ROUND_START.plus(45, ChronoUnit.DAYS)));
    runHistoryCleanup();

    HistoryService history = engine.getHistoryService();
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(old).count()).isZero();
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(old).count()).isZero();
    assertThat(history.createHistoricDecisionInstanceQuery().processInstanceId(old).count()).isZero();
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceIdIn(old).count()).isZero();

    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(young).count()).isOne();
    assertThat(history.createHistoricDecisionInstanceQuery().processInstanceId(young).count()).isOne();
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceIdIn(young).count()).isPositive();
  }

  @Test
  void cleanupRunsAtNightHanoiTimeWhateverTheServersZone() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("22:00+0700");
    assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00+0700");

    // 17:00 in Hà Nội on 15/02/2024: the next window is 22:00 that evening to 05:00 the next morning.
    BatchWindow window = configuration.getBatchWindowManager()
        .getCurrentOrNextBatchWindow(Date.from(Instant.parse("2024-02-15T10:00:00Z")), configuration);

    assertThat(window.getStart().toInstant()).isEqualTo(Instant.parse("2024-02-15T15:00:00Z"));
    assertThat(window.getEnd().toInstant()).isEqualTo(Instant.parse("2024-02-15T22:00:00Z"));
  }

  private String finishedAt(Instant when) {
    ClockUtil.setCurrentTime(Date.from(when));
    RuntimeService runtime = engine.getRuntimeService();
    String id = runtime.startProcessInstanceByKey("retention-check", Map.of("label", "hồ sơ")).getId();
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(id).finished().count())
        .isOne();
    return id;
  }

  private void runHistoryCleanup() {
    engine.getHistoryService().cleanUpHistoryAsync(true);
    ManagementService management = engine.getManagementService();
    List<Job> jobs = engine.getHistoryService().findHistoryCleanupJobs();
    assertThat(jobs).isNotEmpty();
    jobs.forEach(job -> management.executeJob(job.getId()));
  }
}
