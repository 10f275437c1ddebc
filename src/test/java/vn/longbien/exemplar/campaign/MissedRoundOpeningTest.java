package vn.longbien.exemplar.campaign;

import vn.longbien.exemplar.policy.PolicyDecisions;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * A new installation started on 4 December 2023, by the engine clock: round 2024 opened on 1 December without
 * it, and its opening timer now waits for 1 December 2024. At start the application opens round 2024 as the
 * timer would have on its day, once.
 */
@Deployment(
    resources = {
      "bpmn/yearly-round.bpmn",
      "bpmn/unit-introduction.bpmn",
      "dmn/round-deadlines.dmn",
      "dmn/yearly-targets.dmn",
      "forms/round-start.form",
      "forms/round-notice.form",
      "forms/round-chase.form",
      "forms/round-overdue.form",
      "forms/round-report.form",
      "forms/introduction-progress.form",
      "forms/introduction-shortfall.form",
      "campaign/review-work.bpmn"
    })
class MissedRoundOpeningTest {

  @RegisterExtension
  static ProcessEngineExtension extension =
      ProcessEngineExtension.builder().configurationResource("campaign/camunda.cfg.xml").build();

  private static final String HANOI = "+07:00";

  private ProcessEngine engine;
  private InMemoryRoundRecords records;

  @BeforeEach
  void installedOnTheFourthOfDecember() {
    // The models are deployed after this, on the day of the installation.
    now("2023-12-04T10:00" + HANOI);
    records = RoundBeans.register(engine);
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    ClockUtil.reset();
  }

  @Test
  void applicationStartingInsideTheWindowOfARoundNeverOpenedOpensItAsOnItsDay() {
    assertThat(openingTimer().getDuedate()).isEqualTo(at("2024-12-01T00:00" + HANOI));

    applicationStarts(true);

    ProcessInstance round = roundsOf(2024).get(0);
    assertThat(records.round(2024)).get().extracting(ReviewRound::getStatus).isEqualTo(RoundStatus.OPEN);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(round.getId())
        .taskDefinitionKey("Task_AcknowledgeRoundOpening").count()).isEqualTo(28);
    assertThat(timer(round, "Timer_ReviewDeadline").getDuedate()).isEqualTo(at("2024-01-31T00:00" + HANOI));
  }

  @Test
  void theNextStartInsideTheSameWindowDoesNotOpenTheRoundAgain() {
    applicationStarts(true);
    now("2023-12-20T08:00" + HANOI);

    applicationStarts(true);

    assertThat(roundsOf(2024)).hasSize(1);
  }

  @Test
  void aRoundPhongNoiVuOpenedByHandIsNotOpenedAgainAtStart() {
    engine.getRuntimeService().startProcessInstanceByKey("yearly-round", Map.of("roundYear", 2024));

    applicationStarts(true);

    assertThat(roundsOf(2024)).hasSize(1);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("yearly-round").count())
        .isEqualTo(1);
  }

  @Test
  void applicationStartingBetweenRoundsOpensNone() {
    now("2024-03-10T10:00" + HANOI);

    applicationStarts(true);

    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("yearly-round").count())
        .isZero();
  }

  @Test
  void withAutomaticOpeningOffTheStartOpensNone() {
    applicationStarts(false);

    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("yearly-round").count())
        .isZero();
  }

  /** The application's start as Spring binds its setting, once the models are deployed. */
  private void applicationStarts(boolean automaticOpening) {
    RoundProperties properties = new Binder(new MapConfigurationPropertySource(
            Map.of("exemplar.round.automatic-opening", String.valueOf(automaticOpening))))
        .bindOrCreate("exemplar.round", RoundProperties.class);
    RoundWindows windows = new RoundWindows(
        new RoundDeadlines(PolicyDecisions.of(engine)));
    new MissedRoundOpening(windows, records.rounds, engine.getRuntimeService(), properties)
        .openAfterStart();
  }

  private List<ProcessInstance> roundsOf(int year) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("yearly-round")
        .processInstanceBusinessKey(String.valueOf(year)).list();
  }

  private Job openingTimer() {
    return engine.getManagementService().createJobQuery().activityId("Timer_RoundOpeningDate").singleResult();
  }

  private Job timer(ProcessInstance round, String activity) {
    return engine.getManagementService().createJobQuery().processInstanceId(round.getId()).activityId(activity)
        .singleResult();
  }

  private static void now(String isoDateTime) {
    ClockUtil.setCurrentTime(at(isoDateTime));
  }

  private static Date at(String isoDateTime) {
    return Date.from(OffsetDateTime.parse(isoDateTime).toInstant());
  }
}
