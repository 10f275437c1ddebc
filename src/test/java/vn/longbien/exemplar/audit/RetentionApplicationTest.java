package vn.longbien.exemplar.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.longbien.exemplar.support.ApplicationTest;

/** The application keeps ten years of history by default and cleans up older history at night. */
@ApplicationTest
class RetentionApplicationTest {

  @Autowired private ProcessEngine engine;
  @Autowired private RepositoryService repository;
  @Autowired private HistoryService history;

  @Test
  void everyDeployedModelKeepsItsHistoryTenYears() {
    List<ProcessDefinition> processes = repository.createProcessDefinitionQuery().list();
    List<DecisionDefinition> decisions = repository.createDecisionDefinitionQuery().list();

    assertThat(processes).extracting(ProcessDefinition::getKey).contains("nomination-review", "level-review");
    assertThat(processes).allSatisfy(p -> assertThat(p.getHistoryTimeToLive()).as(p.getKey()).isEqualTo(3650));
    assertThat(decisions).extracting(DecisionDefinition::getKey).contains("council-vote-outcome");
    assertThat(decisions).allSatisfy(d -> assertThat(d.getHistoryTimeToLive()).as(d.getKey()).isEqualTo(3650));
  }

  @Test
  void aModelThatAsksForShorterRetentionStillKeepsItsHistoryTenYears() {
    BpmnModelInstance shortLived = Bpmn.createExecutableProcess("retention-probe").name("Thử thời hạn lưu")
        .camundaHistoryTimeToLive(30).startEvent().endEvent().done();
    String deploymentId = repository.createDeployment().name("retention-probe")
        .addModelInstance("retention-probe.bpmn", shortLived).deploy().getId();
    try {
      ProcessDefinition probe = repository.createProcessDefinitionQuery().deploymentId(deploymentId).singleResult();
      assertThat(probe.getHistoryTimeToLive()).isEqualTo(3650);
    } finally {
      repository.deleteDeployment(deploymentId, true);
    }
  }

  @Test
  void historyCleanupIsScheduledInTheNightWindowHanoiTime() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("22:00+0700");
    assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00+0700");

    List<Job> cleanup = history.findHistoryCleanupJobs();
    assertThat(cleanup).isNotEmpty();
    LocalTime due = cleanup.get(0).getDuedate().toInstant().atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toLocalTime();
    boolean atNight = !due.isBefore(LocalTime.of(22, 0)) || due.isBefore(LocalTime.of(5, 0));
    assertThat(atNight).as("hạn chạy %s (giờ Hà Nội)", due).isTrue();
  }
}
