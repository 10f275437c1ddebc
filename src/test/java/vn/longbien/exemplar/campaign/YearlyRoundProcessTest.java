package vn.longbien.exemplar.campaign;

import vn.longbien.exemplar.review.ReviewReminder;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AcquireJobsCmd;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * The yearly round as Phòng Nội vụ and the units live it, on the engine clock: opening on 01/12, the reminder,
 * the 31/01 deadline in Hà Nội time, escalation of what is still open, and the close with its report.
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
class YearlyRoundProcessTest {

  @RegisterExtension
  static ProcessEngineExtension extension =
      ProcessEngineExtension.builder().configurationResource("campaign/camunda.cfg.xml").build();

  private static final String HANOI = "+07:00";

  private ProcessEngine engine;
  private InMemoryRoundRecords records;

  @BeforeEach
  void registerBeansAndClock() {
    // The models are deployed after this, so the opening timer is computed on 20/11/2023. The engine clock is
    // JVM-wide: test dates stay before the real next 1 December, when the application's own timer is due.
    now("2023-11-20T09:00" + HANOI);
    records = RoundBeans.register(engine);
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    ClockUtil.reset();
  }

  @Test
  void roundOpensByItselfOnFirstDecemberAtMidnightHanoiTime() {
    Job opening = openingTimer();
    assertThat(opening.getDuedate()).isEqualTo(at("2023-12-01T00:00" + HANOI));

    now("2023-11-30T23:59" + HANOI);
    assertThat(executableJobs()).isEmpty();
    now("2023-12-01T00:00" + HANOI);
    engine.getManagementService().executeJob(opening.getId());

    ProcessInstance round = roundOf(2024);
    assertThat(round).isNotNull();
    assertThat(records.round(2024)).get().extracting(ReviewRound::getStatus).isEqualTo(RoundStatus.OPEN);
  }

  @Test
  void automaticOpeningSwitchedOffLeavesTheFirstOfDecemberToOfficialsWhoOpenTheRoundByHand() {
    switchAutomaticOpening("false");
    now("2023-12-01T00:00" + HANOI);

    assertThat(openingTimer().isSuspended()).isTrue();
    assertThat(jobsTheJobExecutorAcquires()).doesNotContain(openingTimer().getId());
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("yearly-round").count()).isZero();
    assertThat(openManually(2024).getBusinessKey()).isEqualTo("2024");
  }

  @Test
  void automaticOpeningSwitchedOnHasTheJobExecutorOpenTheRoundOnFirstDecember() {
    switchAutomaticOpening("false");
    switchAutomaticOpening("true");
    now("2023-12-01T00:00" + HANOI);

    assertThat(openingTimer().isSuspended()).isFalse();
    assertThat(jobsTheJobExecutorAcquires()).contains(openingTimer().getId());
  }

  @Test
  void everyNominatingUnitSeesTheOpeningNoticeWithTheDeadline() {
    ProcessInstance round = openManually(2024);

    List<Task> notices = tasks(round, "Task_AcknowledgeRoundOpening");
    assertThat(notices).hasSize(28);
    Task bode = engine.getTaskService().createTaskQuery().processInstanceId(round.getId())
        .taskCandidateGroup("phuong-bode-donvi").singleResult();
    assertThat(bode.getName()).isEqualTo("Thông báo mở đợt bình xét năm 2024: Phường Bồ Đề");
    assertThat(engine.getTaskService().getVariable(bode.getId(), "reviewDeadlineText")).isEqualTo("31/01/2024");
  }

  @Test
  void nextOpeningIsFirstDecemberAgainAfterTheTwentyNinthOfFebruary() {
    for (String day : List.of("2023-12-01", "2024-12-01", "2025-12-01")) {
      now(day + "T00:00" + HANOI);
      engine.getManagementService().executeJob(openingTimer().getId());
    }

    assertThat(roundOf(2026)).isNotNull();
    assertThat(openingTimer().getDuedate()).isEqualTo(at("2026-12-01T00:00" + HANOI));
  }

  @Test
  void openingDayChangedInTheDecisionTableIsTheNextYearsOpeningWithoutRedeployingTheProcess() throws IOException {
    String table = Files.readString(Path.of("dmn/round-deadlines.dmn"));
    String fifteenthOfNovember = table
        .replace("<outputEntry id=\"rd-rule-round-open-plan-o1\">\n          <text>1</text>",
            "<outputEntry id=\"rd-rule-round-open-plan-o1\">\n          <text>15</text>")
        .replace("<outputEntry id=\"rd-rule-round-open-plan-o2\">\n          <text>12</text>",
            "<outputEntry id=\"rd-rule-round-open-plan-o2\">\n          <text>11</text>");
    assertThat(fifteenthOfNovember).isNotEqualTo(table);
    String changed = engine.getRepositoryService().createDeployment().name("round-deadlines changed")
        .addString("round-deadlines.dmn", fifteenthOfNovember).deploy().getId();
    try {
      now("2023-12-01T00:00" + HANOI);
      engine.getManagementService().executeJob(openingTimer().getId());

      assertThat(roundOf(2024)).isNotNull();
      assertThat(openingTimer().getDuedate()).isEqualTo(at("2024-11-15T00:00" + HANOI));
    } finally {
      engine.getRepositoryService().deleteDeployment(changed, true);
    }
  }

  @Test
  void roundStartedLateInJanuaryStillCarriesThatJanuarysDeadlines() {
    now("2024-01-10T14:00" + HANOI);
    ProcessInstance round = openManually(null);

    assertThat(round.getBusinessKey()).isEqualTo("2024");
    assertThat(timer(round, "Timer_ReviewReminder").getDuedate()).isEqualTo(at("2024-01-24T00:00" + HANOI));
    assertThat(timer(round, "Timer_ReviewDeadline").getDuedate()).isEqualTo(at("2024-01-31T00:00" + HANOI));
  }

  @Test
  void reminderAWeekBeforeTheDeadlineAsksPhongNoiVuToChaseTheOpenWorkPerUnit() {
    ProcessInstance round = openManually(2024);
    reviewTaskOf("phuong-bode-hoidong", "Nguyễn Văn An");

    now("2024-01-24T00:00" + HANOI);
    engine.getManagementService().executeJob(timer(round, "Timer_ReviewReminder").getId());

    Task chase = single(round, "Task_ChaseOpenWork");
    assertThat(chase.getName()).isEqualTo("Đôn đốc hoàn thành bình xét năm 2024 trước ngày 31/01/2024");
    assertThat(chase.getDueDate()).isEqualTo(at("2024-01-31T00:00" + HANOI));
    assertThat(candidateGroups(chase)).containsExactly(RoundBeans.SECRETARIAT);
    assertThat((String) engine.getTaskService().getVariable(chase.getId(), "openWorkSummary"))
        .contains("Hội đồng Thi đua - Khen thưởng Phường Bồ Đề")
        .contains("Hội đồng bình xét: Nguyễn Văn An (hạn 31/01/2024)");
  }

  @Test
  void deadlineEscalatesAtMidnightHanoiTimeNotAtMidnightUtc() {
    ProcessInstance round = openManually(2024);
    reviewTaskOf("phuong-bode-hoidong", "Nguyễn Văn An");
    Job deadline = timer(round, "Timer_ReviewDeadline");

    now("2024-01-30T23:59:59" + HANOI);
    assertThat(executableJobs()).extracting(Job::getId).doesNotContain(deadline.getId());
    now("2024-01-31T00:00" + HANOI); // 30/01 17:00 UTC, seven hours before 31/01 00:00 UTC
    assertThat(executableJobs()).extracting(Job::getId).contains(deadline.getId());
    engine.getManagementService().executeJob(deadline.getId());

    Task escalation = single(round, "Task_HandleOverdueWork");
    assertThat(escalation.getName()).isEqualTo("Xử lý việc bình xét năm 2024 quá hạn 31/01/2024");
    assertThat(candidateGroups(escalation)).containsExactly(RoundBeans.SECRETARIAT);
    assertThat(escalation.getPriority()).isEqualTo(ReviewReminder.REMINDED_PRIORITY);
    assertThat((String) engine.getTaskService().getVariable(escalation.getId(), "openWorkSummary"))
        .contains("Hội đồng Thi đua - Khen thưởng Phường Bồ Đề** (1 việc)")
        .contains("Hội đồng bình xét: Nguyễn Văn An (quá hạn 31/01/2024)");
  }

  @Test
  void atTheDeadlineOpenReviewWorkStaysOpenAndShowsOverdue() {
    ProcessInstance round = openManually(2024);
    Task review = reviewTaskOf("phuong-bode-hoidong", "Nguyễn Văn An");

    now("2024-01-31T00:00" + HANOI);
    engine.getManagementService().executeJob(timer(round, "Timer_ReviewDeadline").getId());
    now("2024-01-31T08:00" + HANOI);

    assertThat(engine.getTaskService().createTaskQuery().taskId(review.getId()).dueBefore(ClockUtil.getCurrentTime())
        .singleResult()).isNotNull();
  }

  @Test
  void roundWithNoOpenReviewWorkClosesAtTheDeadlineWithItsReport() {
    ProcessInstance round = openManually(2024);

    now("2024-01-31T00:00" + HANOI);
    engine.getManagementService().executeJob(timer(round, "Timer_ReviewDeadline").getId());

    Task report = single(round, "Task_ReportToDistrict");
    assertThat(report.getName()).isEqualTo("Gửi báo cáo kết quả bình xét năm 2024 tới UBND Quận");
    assertThat(records.round(2024)).get().extracting(ReviewRound::getStatus).isEqualTo(RoundStatus.CLOSED);
    assertThat(records.report.findByRoundYearOrderByLineNo(2024)).hasSize(30);
  }

  @Test
  void phongNoiVuMayCloseTheRoundWhileReviewsContinue() {
    ProcessInstance round = openManually(2024);
    Task review = reviewTaskOf("phuong-bode-hoidong", "Nguyễn Văn An");
    now("2024-01-31T00:00" + HANOI);
    engine.getManagementService().executeJob(timer(round, "Timer_ReviewDeadline").getId());

    engine.getTaskService().complete(single(round, "Task_HandleOverdueWork").getId(),
        Variables.createVariables().putValue("overdueDecision", "close").putValue("closingNote", "Báo cáo đúng hạn"));

    assertThat(single(round, "Task_ReportToDistrict")).isNotNull();
    assertThat(records.round(2024)).get().extracting(ReviewRound::getClosingNote).isEqualTo("Báo cáo đúng hạn");
    assertThat(engine.getTaskService().createTaskQuery().taskId(review.getId()).singleResult()).isNotNull();
  }

  @Test
  void recheckAfterTheLastReviewFinishedClosesTheRound() {
    ProcessInstance round = openManually(2024);
    Task review = reviewTaskOf("phuong-bode-hoidong", "Nguyễn Văn An");
    now("2024-01-31T00:00" + HANOI);
    engine.getManagementService().executeJob(timer(round, "Timer_ReviewDeadline").getId());

    engine.getTaskService().complete(review.getId());
    engine.getTaskService().complete(single(round, "Task_HandleOverdueWork").getId(),
        Variables.createVariables().putValue("overdueDecision", "recheck"));

    assertThat(single(round, "Task_ReportToDistrict")).isNotNull();
    assertThat(records.round(2024)).get().extracting(ReviewRound::getStatus).isEqualTo(RoundStatus.CLOSED);
  }

  @Test
  void sendingTheReportEndsTheRoundAndItsRemainingNotices() {
    ProcessInstance round = openManually(2024);
    now("2024-01-31T00:00" + HANOI);
    engine.getManagementService().executeJob(timer(round, "Timer_ReviewDeadline").getId());

    engine.getTaskService().complete(single(round, "Task_ReportToDistrict").getId(),
        Variables.createVariables().putValue("reportNumber", "15/BC-NV").putValue("reportDate", "2024-02-03"));

    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(round.getId()).count()).isZero();
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(round.getId()).count()).isZero();
  }

  @Test
  void roundOfAYearIsOpenedOnlyOnce() {
    openManually(2024);
    ProcessInstance again = openManually(2024);

    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(again.getId())
        .activityId("EndEvent_RoundAlreadyOpen").count()).isEqualTo(1);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("yearly-round")
        .processInstanceBusinessKey("2024").count()).isEqualTo(1);
  }

  // ---------------------------------------------------------------- helpers

  private ProcessInstance openManually(Integer year) {
    return engine.getRuntimeService().createProcessInstanceByKey("yearly-round")
        
        .setVariables(Variables.createVariables().putValue("roundYear", year))
        .execute();
  }

  private Task reviewTaskOf(String group, String nominee) {
    ProcessInstance review = engine.getRuntimeService().startProcessInstanceByKey("review-work",
        Variables.createVariables()
            .putValue("roundYear", 2024)
            .putValue("reviewGroup", group)
            .putValue("nomineeName", nominee)
            .putValue("reviewDueDate", at("2024-01-31T00:00" + HANOI)));
    return engine.getTaskService().createTaskQuery().processInstanceId(review.getId()).singleResult();
  }

  private ProcessInstance roundOf(int year) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("yearly-round")
        .processInstanceBusinessKey(String.valueOf(year)).singleResult();
  }

  /** The application's setting as Spring binds it, applied as when the application has started. */
  private void switchAutomaticOpening(String value) {
    RoundProperties properties = new Binder(new MapConfigurationPropertySource(Map.of("exemplar.round.automatic-opening", value)))
        .bindOrCreate("exemplar.round", RoundProperties.class);
    assertThat(properties.automaticOpening()).isEqualTo(Boolean.parseBoolean(value));
    new RoundOpeningSwitch(engine.getManagementService(), properties).apply();
  }

  /** What the job executor would pick up now: its own acquisition, run once instead of on its thread. */
  private List<String> jobsTheJobExecutorAcquires() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    return configuration.getCommandExecutorTxRequired()
        .execute(new AcquireJobsCmd(configuration.getJobExecutor()))
        .getJobIdBatches().stream().flatMap(List::stream).toList();
  }

  private Job openingTimer() {
    return engine.getManagementService().createJobQuery().activityId("Timer_RoundOpeningDate").singleResult();
  }

  private Job timer(ProcessInstance round, String activity) {
    return engine.getManagementService().createJobQuery().processInstanceId(round.getId()).activityId(activity)
        .singleResult();
  }

  private List<Job> executableJobs() {
    return engine.getManagementService().createJobQuery().executable().list();
  }

  private List<Task> tasks(ProcessInstance round, String activity) {
    return engine.getTaskService().createTaskQuery().processInstanceId(round.getId()).taskDefinitionKey(activity).list();
  }

  private Task single(ProcessInstance round, String activity) {
    return engine.getTaskService().createTaskQuery().processInstanceId(round.getId()).taskDefinitionKey(activity)
        .singleResult();
  }

  private List<String> candidateGroups(Task task) {
    return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> link.getGroupId() != null)
        .map(link -> link.getGroupId())
        .toList();
  }

  private static void now(String isoDateTime) {
    ClockUtil.setCurrentTime(at(isoDateTime));
  }

  private static Date at(String isoDateTime) {
    return Date.from(OffsetDateTime.parse(isoDateTime).toInstant());
  }
}
