package vn.longbien.exemplar.campaign;

import vn.longbien.exemplar.review.ReviewReminder;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
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

/**
 * Each lead unit of the plan's appendix introduces its 5 exemplars a year by its own date (Hà Nội time);
 * it is reminded before, and a shortfall at the date goes to Phòng Nội vụ.
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
      "forms/introduction-shortfall.form"
    })
class UnitIntroductionProcessTest {

  @RegisterExtension
  static ProcessEngineExtension extension =
      ProcessEngineExtension.builder().configurationResource("campaign/camunda.cfg.xml").build();

  private static final String HANOI = "+07:00";

  /** PHỤ LỤC of plan 26/KH-HĐTĐKT: "<movement>-<lead unit>" → introduce before this day of the year. */
  private static final Map<String, String> APPENDIX_DATES = Map.ofEntries(
      Map.entry("tu-tuong-ho-chi-minh-ban-tuyengiao", "04-10"),
      Map.entry("dan-van-kheo-ban-danvan", "02-10"),
      Map.entry("ton-giao-mat-tran-mttq", "02-10"),
      Map.entry("quoc-phong-an-ninh-ban-chqs", "07-10"),
      Map.entry("quoc-phong-an-ninh-cong-an", "07-10"),
      Map.entry("an-sinh-xa-hoi-phong-ldtbxh", "06-10"),
      Map.entry("ha-tang-tiet-kiem-phong-qldt", "02-10"),
      Map.entry("cai-cach-hanh-chinh-phong-noivu", "04-10"),
      Map.entry("van-hoa-the-thao-phong-vhtt", "02-10"),
      Map.entry("chuyen-doi-so-phong-vhtt", "02-10"),
      Map.entry("giao-duc-dao-tao-phong-gddt", "08-10"),
      Map.entry("y-te-an-toan-thuc-pham-phong-yte", "01-30"),
      Map.entry("sang-kien-sang-tao-ldld", "05-10"),
      Map.entry("doanh-nghiep-hoi-nhap-phong-tckh", "09-15"),
      Map.entry("tu-chu-tai-chinh-phong-tckh", "02-10"),
      Map.entry("dan-toc-thieu-so-vp-hdnd-ubnd", "02-10"));

  private ProcessEngine engine;
  private InMemoryRoundRecords records;

  @BeforeEach
  void registerBeansAndClock() {
    now("2025-12-01T00:00" + HANOI);
    records = RoundBeans.register(engine);
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    ClockUtil.reset();
  }

  @Test
  void openingTheRoundSetsATimerOnEachAppendixDateOfTheRoundsYear() {
    engine.getRuntimeService().startProcessInstanceByKey("yearly-round", Variables.createVariables().putValue("roundYear", 2026));

    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("unit-introduction").count())
        .isEqualTo(APPENDIX_DATES.size());
    APPENDIX_DATES.forEach((movementAndUnit, day) -> {
      ProcessInstance tracking = engine.getRuntimeService().createProcessInstanceQuery()
          .processInstanceBusinessKey("2026-" + movementAndUnit).singleResult();
      assertThat(deadlineTimer(tracking).getDuedate()).as(movementAndUnit).isEqualTo(at("2026-" + day + "T00:00" + HANOI));
    });
  }

  @Test
  void leadUnitSeesItsTargetAndDateInTasklist() {
    ProcessInstance tracking = track("y-te-an-toan-thuc-pham", "phong-yte");

    Task task = unitTask(tracking);
    assertThat(task.getName()).isEqualTo("Giới thiệu 5 điển hình tiên tiến năm 2026: Y tế, chăm sóc sức khỏe Nhân dân; “An toàn thực phẩm”");
    assertThat(task.getDueDate()).isEqualTo(at("2026-01-30T00:00" + HANOI));
    assertThat(engine.getTaskService().getIdentityLinksForTask(task.getId()))
        .anyMatch(link -> "phong-yte-donvi".equals(link.getGroupId()));
  }

  @Test
  void reminderTenDaysBeforeTellsTheUnitHowManyItHasIntroduced() {
    ProcessInstance tracking = track("y-te-an-toan-thuc-pham", "phong-yte");
    records.outcomes.introduced(2026, "phong-yte", "y-te-an-toan-thuc-pham", 3);
    Job reminder = timer(tracking, "Timer_IntroductionReminder");
    assertThat(reminder.getDuedate()).isEqualTo(at("2026-01-20T00:00" + HANOI));

    now("2026-01-20T00:00" + HANOI);
    engine.getManagementService().executeJob(reminder.getId());

    Task task = unitTask(tracking);
    assertThat(task.getPriority()).isEqualTo(ReviewReminder.REMINDED_PRIORITY);
    assertThat(engine.getTaskService().getTaskComments(task.getId()))
        .extracting(comment -> comment.getFullMessage())
        .containsExactly("Nhắc hạn: đơn vị đã giới thiệu 3/5 điển hình, hạn giới thiệu trước ngày 30/01/2026.");
  }

  @Test
  void shortfallAtTheUnitsDateGoesToPhongNoiVuAndTheUnitsTaskStaysOpen() {
    ProcessInstance tracking = track("y-te-an-toan-thuc-pham", "phong-yte");
    records.outcomes.introduced(2026, "phong-yte", "y-te-an-toan-thuc-pham", 3);

    now("2026-01-30T00:00" + HANOI);
    engine.getManagementService().executeJob(timer(tracking, "Timer_IntroductionDeadline").getId());

    Task shortfall = engine.getTaskService().createTaskQuery().processInstanceId(tracking.getId())
        .taskDefinitionKey("Task_HandleShortfall").singleResult();
    assertThat(shortfall.getName())
        .isEqualTo("Đơn vị chủ trì chưa đạt chỉ tiêu giới thiệu: Phòng Y tế – Y tế, chăm sóc sức khỏe Nhân dân; “An toàn thực phẩm” (3/5)");
    assertThat(engine.getTaskService().getIdentityLinksForTask(shortfall.getId()))
        .anyMatch(link -> RoundBeans.SECRETARIAT.equals(link.getGroupId()));
    assertThat(shortfall.getPriority()).isEqualTo(ReviewReminder.REMINDED_PRIORITY);
    assertThat(unitTask(tracking)).isNotNull();
  }

  @Test
  void unitThatIntroducedItsFiveIsNotEscalated() {
    ProcessInstance tracking = track("dan-van-kheo", "ban-danvan");
    records.outcomes.introduced(2026, "ban-danvan", "dan-van-kheo", 5);

    now("2026-02-10T00:00" + HANOI);
    engine.getManagementService().executeJob(timer(tracking, "Timer_IntroductionDeadline").getId());

    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(tracking.getId())
        .activityId("EndEvent_TargetMet").count()).isEqualTo(1);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(tracking.getId())
        .taskDefinitionKey("Task_HandleShortfall").count()).isZero();
  }

  @Test
  void introductionDeadlineIsMidnightHanoiTimeNotUtc() {
    ProcessInstance tracking = track("tu-tuong-ho-chi-minh", "ban-tuyengiao");
    Job deadline = timer(tracking, "Timer_IntroductionDeadline");

    now("2026-04-09T23:59:59" + HANOI);
    assertThat(engine.getManagementService().createJobQuery().jobId(deadline.getId()).executable().count()).isZero();
    now("2026-04-10T00:00" + HANOI); // 09/04 17:00 UTC
    assertThat(engine.getManagementService().createJobQuery().jobId(deadline.getId()).executable().count()).isEqualTo(1);
  }

  private ProcessInstance track(String movement, String unit) {
    return engine.getRuntimeService().startProcessInstanceByKey("unit-introduction", "2026-" + movement + "-" + unit,
        Variables.createVariables()
            .putValue("roundYear", 2026)
            .putValue("movement", movement)
            .putValue("leadUnit", unit)
            .putValue("secretariatGroup", RoundBeans.SECRETARIAT));
  }

  private Task unitTask(ProcessInstance tracking) {
    return engine.getTaskService().createTaskQuery().processInstanceId(tracking.getId())
        .taskDefinitionKey("Task_IntroduceExemplars").singleResult();
  }

  private Job deadlineTimer(ProcessInstance tracking) {
    return timer(tracking, "Timer_IntroductionDeadline");
  }

  private Job timer(ProcessInstance tracking, String activity) {
    return engine.getManagementService().createJobQuery().processInstanceId(tracking.getId()).activityId(activity)
        .singleResult();
  }

  private static void now(String isoDateTime) {
    ClockUtil.setCurrentTime(at(isoDateTime));
  }

  private static Date at(String isoDateTime) {
    return Date.from(OffsetDateTime.parse(isoDateTime).toInstant());
  }
}
