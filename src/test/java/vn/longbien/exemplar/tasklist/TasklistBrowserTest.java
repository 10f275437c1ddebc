package vn.longbien.exemplar.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.longbien.exemplar.support.ApplicationTest;
import vn.longbien.exemplar.support.RestNominations;
import vn.longbien.exemplar.support.RoundClock;
import vn.longbien.exemplar.support.TestData;

/**
 * The review chain worked in Camunda Tasklist in headless Chromium, as the ward's officials work it.
 * Screenshots of every form go to target/e2e-screenshots/.
 */
@ApplicationTest
class TasklistBrowserTest {

  private static final String PROCESS_NAME = "Bình xét điển hình tiên tiến";
  private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

  @LocalServerPort
  private int port;

  @Autowired
  private TestRestTemplate rest;

  @Autowired
  private RuntimeService runtimeService;

  @Autowired
  private ManagementService managementService;

  @Autowired
  private TaskService taskService;

  @Autowired
  private IdentityService identityService;

  @Autowired
  private FilterService filterService;

  @Autowired
  private HistoryService historyService;

  @Autowired
  private JdbcTemplate jdbc;

  private ChromeDriver driver;

  @BeforeEach
  void startBrowser() {
    Chromium.requireInstalled();
    driver = Chromium.start();
  }

  @AfterEach
  void closeBrowser() {
    if (driver != null) {
      driver.quit();
    }
  }

  @Test
  void wardOfficialMeetsTasklistInVietnameseUnderTheApplicationsName() {
    TasklistPage tasklist = new TasklistPage(driver, port);
    tasklist.openLoginPage();
    tasklist.screenshot("01-dang-nhap");

    assertThat(driver.findElement(By.cssSelector("button[type=submit]")).getText()).isEqualTo("Đăng nhập");
    assertThat(driver.findElement(By.cssSelector("label[for=password]")).getText()).isEqualTo("Mật khẩu");

    tasklist.logIn("bode.donvi");

    assertThat(driver.getTitle()).isEqualTo("Quận Long Biên · Bình xét điển hình tiên tiến");
    assertThat(driver.findElement(By.cssSelector(".navbar-brand .brand-name")).getText())
        .isEqualTo("Quận Long Biên · Bình xét điển hình tiên tiến");
    assertThat(driver.findElement(By.cssSelector(".start-process-action")).getText()).isEqualTo("Bắt đầu quy trình");
  }

  @Test
  void nominationIsSubmittedVotedAndProposedToTheDistrictThroughTasklist() {
    String nominee = "Trần Thị Hồng Nhung";
    TasklistPage tasklist = new TasklistPage(driver, port);

    // Bồ Đề's nominating unit fills the start form.
    tasklist.logIn("bode.donvi");
    tasklist.openStartForm(PROCESS_NAME);
    // The year is left empty, as the form says: the nomination is for the round open on the day it is sent.
    int year = TestData.sharedRound();
    tasklist.choose("Đơn vị đề cử", "Phường Bồ Đề");
    tasklist.radio("Cá nhân");
    tasklist.type("Họ và tên", nominee);
    tasklist.type("Năm sinh", "1979");
    tasklist.radio("Nữ");
    tasklist.type("Chức vụ", "Tổ trưởng tổ dân phố");
    tasklist.type("Nơi công tác", "Tổ dân phố 7");
    tasklist.type("Phường / đơn vị", "Phường Bồ Đề");
    tasklist.choose("Phong trào thi đua", "Chung (không thuộc phong trào cụ thể)");
    tasklist.type("Tóm tắt thành tích", "Vận động 40 hộ dân hiến đất mở rộng ngõ 12, tổ dân phố 7.");
    tasklist.tick("1. Gương mẫu");
    tasklist.tick("2. Hoàn thành xuất sắc");
    tasklist.tick("3. Có mô hình mới");
    tasklist.tick("4. Có tinh thần tương thân");
    tasklist.screenshot("02-bieu-mau-de-cu");
    RoundClock.inRound(year, tasklist::startProcess);

    ProcessInstance nomination = startedFor(nominee);
    assertThat(nomination).as("the nomination started from Tasklist").isNotNull();
    assertThat(runtimeService.getVariable(nomination.getId(), "roundYear")).isEqualTo(year);
    Task councilTask =
        new RestNominations(rest, runtimeService, managementService, taskService).afterPublicPosting(nomination);

    // Bồ Đề's council sees the nominee's dossier, claims the task and records the vote.
    TasklistPage council = new TasklistPage(restartBrowser(), port).logIn("bode.hoidong");
    council.openTask(councilTask.getId());
    council.waitForForm();
    assertThat(council.formText()).contains(nominee, "Năm sinh: 1979", "Tổ trưởng tổ dân phố", "hiến đất mở rộng ngõ 12");
    council.claim();
    council.radio("Họp, biểu quyết");
    council.date("Ngày họp", "01/08/2028");
    council.type("Tổng số thành viên Hội đồng", "9");
    council.type("Số thành viên dự họp", "8");
    council.type("Số phiếu tán thành", "7");
    council.type("Số phiếu không tán thành", "1");
    council.type("Ý kiến của Hội đồng", "Hội đồng nhất trí đề nghị công nhận.");
    council.screenshot("03-bieu-mau-hoi-dong");
    council.complete();

    Task chairmanTask = taskService.createTaskQuery().processInstanceId(councilTask.getProcessInstanceId())
        .singleResult();
    assertThat(chairmanTask.getTaskDefinitionKey()).isEqualTo("Task_ChairmanDecision");
    assertThat(jdbc.queryForList("SELECT votes_in_favour FROM nomination_decision WHERE nomination_id = ?"
        + " AND kind = 'COUNCIL_VOTE'", Integer.class, nomination.getBusinessKey())).containsExactly(7);

    // The ward chairman recognises the exemplar and proposes it to the district.
    TasklistPage chairman = new TasklistPage(restartBrowser(), port).logIn("bode.chutich");
    chairman.openTask(chairmanTask.getId());
    chairman.waitForForm();
    assertThat(chairman.formText()).contains(nominee);
    chairman.claim();
    chairman.tick("Công nhận điển hình tiên tiến");
    chairman.tick("Đề xuất, giới thiệu lên Hội đồng");
    chairman.type("Số quyết định", "15/QĐ-UBND");
    chairman.date("Ngày quyết định", "01/12/2028");
    chairman.screenshot("04-bieu-mau-chu-tich");
    chairman.complete();

    ProcessInstance districtReview = runtimeService.createProcessInstanceQuery()
        .superProcessInstanceId(nomination.getId()).processDefinitionKey("level-review")
        .variableValueEquals("level", "quan").singleResult();
    assertThat(districtReview).as("the district's review of the proposed nomination").isNotNull();
  }

  @Test
  void anotherWardsCouncilCannotOpenBoDesCouncilTask() {
    RestNominations nominations = new RestNominations(rest, runtimeService, managementService, taskService);
    Task councilTask = nominations.afterPublicPosting(nominations.submitByBoDe("Phạm Văn Khải"));

    TasklistPage boDe = new TasklistPage(driver, port).logIn("bode.hoidong");
    boDe.openTask(councilTask.getId());
    boDe.waitForForm();
    assertThat(boDe.formText()).contains("Phạm Văn Khải");

    TasklistPage vietHung = new TasklistPage(restartBrowser(), port).logIn("viethung.hoidong");
    vietHung.openTask(councilTask.getId());
    vietHung.waitForText("Công việc không còn tồn tại");
    vietHung.screenshot("05-phuong-khac-khong-thay");

    assertThat(driver.findElements(By.cssSelector(".fjs-container"))).isEmpty();
    assertThat(vietHung.pageText()).doesNotContain("Phạm Văn Khải").contains("Công việc không còn tồn tại");
  }

  @Test
  void officialsDoNotSeeCamundasEndOfLifeNoticeWhichAdministratorsReadInAdmin() {
    TasklistPage official = new TasklistPage(driver, port).logIn("bode.hoidong");
    official.waitForFilterCounts();
    assertThat(official.endOfLifeNotice()).as("the notice in an official's Tasklist").isEmpty();
    official.screenshot("06-can-bo-khong-thay-thong-bao-camunda");
    official.openWebapp("welcome");
    assertThat(official.endOfLifeNotice()).as("the notice in an official's Welcome page").isEmpty();

    TasklistPage administrator = new TasklistPage(restartBrowser(), port).logIn("demo");
    assertThat(administrator.endOfLifeNotice()).as("the notice in the administrator's Tasklist").isEmpty();
    administrator.openWebapp("admin");
    assertThat(administrator.endOfLifeNotice()).as("the notice in Admin").hasValueSatisfying(notice ->
        assertThat(notice.getText()).startsWith("Camunda 7 bản cộng đồng đã phát hành phiên bản cuối cùng"));
    administrator.screenshot("07-quan-tri-thay-thong-bao-camunda");
  }

  @Test
  void wardCouncilMemberHasTheFiltersOfTheirWorkEachWithItsCount() {
    RestNominations nominations = new RestNominations(rest, runtimeService, managementService, taskService);
    Task claimed = nominations.afterPublicPosting(nominations.submitByBoDe("Lê Văn Bộ Lọc"));
    nominations.afterPublicPosting(nominations.submitByBoDe("Lê Thị Chờ Nhận"));
    identityService.setAuthentication("bode.hoidong", List.of("phuong-bode-hoidong"));
    try {
      taskService.claim(claimed.getId(), "bode.hoidong");
    } finally {
      identityService.clearAuthentication();
    }

    TasklistPage council = new TasklistPage(driver, port).logIn("bode.hoidong");
    Map<String, String> shown = council.filterCounts();
    council.screenshot("08-bo-loc-cua-hoi-dong");

    assertThat(shown).containsExactlyEntriesOf(countsAsTheEngineGivesThem("bode.hoidong", "phuong-bode-hoidong"));
    assertThat(Long.parseLong(shown.get(TaskFilter.CLAIMED_BY_ME.filterName()))).isPositive();
    assertThat(Long.parseLong(shown.get(TaskFilter.UNCLAIMED.filterName()))).isPositive();
  }

  @Test
  void signingOutOfTasklistSignsOutOfThePagesAndTasklistAlike() {
    TasklistPage tasklist = new TasklistPage(driver, port).logIn("bode.hoidong");

    tasklist.signOut();
    tasklist.screenshot("14-da-dang-xuat");

    assertThat(driver.getCurrentUrl()).endsWith("/login?signedOut");
    assertThat(tasklist.pageText()).contains("Bạn đã đăng xuất.");
    driver.get("http://localhost:" + port + "/");
    assertThat(driver.getCurrentUrl()).endsWith("/login");
    tasklist.openLoginPage();
    assertThat(driver.getCurrentUrl()).endsWith("/login");
  }

  @Test
  void navbarLinksToTheApplicationsHomePage() {
    TasklistPage council = new TasklistPage(driver, port).logIn("bode.hoidong");
    WebElement home = council.visibleLink("[cam-widget-header] a.exemplar-home-link");
    council.screenshot("09-lien-ket-trang-chu");

    assertThat(home.getText()).isEqualTo("Trang chủ");
    assertThat(home.getDomAttribute("href")).isEqualTo("/");
  }

  @Test
  void reviewTaskLinksToItsNominationsDossier() {
    RestNominations nominations = new RestNominations(rest, runtimeService, managementService, taskService);
    Task councilTask = nominations.afterPublicPosting(nominations.submitByBoDe("Đỗ Thị Hồ Sơ"));
    Object nominationId = runtimeService.getVariable(councilTask.getProcessInstanceId(), "nominationId");

    TasklistPage council = new TasklistPage(driver, port).logIn("bode.hoidong");
    council.openTask(councilTask.getId());
    council.waitForForm();
    WebElement dossier = council.visibleLink("a.exemplar-dossier-link");
    council.screenshot("10-lien-ket-ho-so-de-cu");

    assertThat(nominationId).isInstanceOf(String.class);
    assertThat(dossier.getDomAttribute("href")).isEqualTo("/nominations/" + nominationId);
    assertThat(dossier.getDomAttribute("target")).isEqualTo("_blank");
    assertThat(dossier.getText()).isEqualTo("Hồ sơ đề cử");
  }

  @Test
  void datesShowInHanoiTimeWhateverTheBrowsersZone() {
    ZoneId browserZone = ZoneId.of("America/New_York");
    RestNominations nominations = new RestNominations(rest, runtimeService, managementService, taskService);
    Task councilTask = nominations.afterPublicPosting(nominations.submitByBoDe("Vũ Văn Múi Giờ"));

    driver.quit();
    driver = Chromium.start(browserZone);
    TasklistPage council = new TasklistPage(driver, port).logIn("bode.hoidong");
    council.openTask(councilTask.getId());
    council.waitForForm();
    council.claim();
    String dueTooltip = council.tooltipOf(".task-card .due-date [am-time-ago]");
    council.screenshot("11-han-xu-ly-theo-gio-ha-noi");
    council.openDetailTab("Lịch sử");
    String history = council.historyText();
    council.screenshot("12-lich-su-theo-gio-ha-noi");

    ZonedDateTime due = councilTask.getDueDate().toInstant().atZone(HANOI);
    assertThat(dueTooltip).isEqualTo(vietnameseLongDate(due))
        .isNotEqualTo(vietnameseLongDate(due.withZoneSameInstant(browserZone)));
    ZonedDateTime claimed = historyService.createUserOperationLogQuery().taskId(councilTask.getId())
        .operationType(UserOperationLogEntry.OPERATION_TYPE_CLAIM).singleResult().getTimestamp().toInstant()
        .atZone(HANOI);
    assertThat(history).contains(HOURS.format(claimed))
        .doesNotContain(HOURS.format(claimed.withZoneSameInstant(browserZone)));
    assertThat(council.footerText()).isEqualTo("Ngày giờ hiển thị theo giờ Hà Nội: Asia/Ho_Chi_Minh (UTC+7)");
  }

  @Test
  void startFormDropdownsSayChooseInVietnamese() {
    TasklistPage unit = new TasklistPage(driver, port).logIn("bode.donvi");
    unit.openStartForm(PROCESS_NAME);
    List<String> before = unit.dropdownTexts();
    unit.choose("Đơn vị đề cử", "Phường Bồ Đề");
    unit.screenshot("13-o-chon-tieng-viet");

    assertThat(before).isNotEmpty().containsOnly("Chọn");
    assertThat(unit.dropdownTexts()).containsExactly("Phường Bồ Đề", "Chọn");
  }

  @Test
  void startFormOffersTheChosenMovementsCriteriaAsCheckboxesAndTheDossierShowsTheTickedOnesAsText() {
    String nominee = "Lương Thị Tiêu Chí";
    String excellence = "Đạt thành tích xuất sắc trong dạy và học";
    String initiative = "Có sáng kiến kinh nghiệm, đề tài nghiên cứu khoa học sư phạm";
    String socialisation = "Tích cực tham gia xã hội hóa giáo dục";
    TasklistPage unit = new TasklistPage(driver, port).logIn("bode.donvi");
    unit.openStartForm(PROCESS_NAME);
    assertThat(unit.checklistOptions("Tiêu chí cụ thể")).as("no movement chosen yet").isEmpty();
    unit.choose("Đơn vị đề cử", "Phường Bồ Đề");
    unit.radio("Cá nhân");
    unit.type("Họ và tên", nominee);
    unit.type("Năm sinh", "1985");
    unit.radio("Nữ");
    unit.type("Nơi công tác", "Trường Tiểu học Bồ Đề");
    unit.choose("Phong trào thi đua", "10. Giáo dục - đào tạo");
    unit.type("Tóm tắt thành tích", "Giáo viên dạy giỏi cấp thành phố; sáng kiến về dạy đọc cho lớp 1.");
    unit.tick("1. Gương mẫu");
    unit.tick("2. Hoàn thành xuất sắc");
    unit.tick(excellence);
    unit.tick(initiative);
    List<String> offered = unit.checklistOptions("Tiêu chí cụ thể");
    unit.screenshot("15-tieu-chi-cu-the-theo-phong-trao");

    assertThat(offered).hasSize(3);
    assertThat(offered.get(0)).startsWith(excellence).endsWith("(bắt buộc)");
    assertThat(offered.get(1)).startsWith(initiative).endsWith("(bắt buộc)");
    assertThat(offered.get(2)).startsWith(socialisation).doesNotEndWith("(bắt buộc)");

    RoundClock.inRound(TestData.sharedRound(), unit::startProcess);
    ProcessInstance nomination = startedFor(nominee);
    assertThat(nomination).as("the nomination started from Tasklist").isNotNull();
    driver.get("http://localhost:" + port + "/nominations/" + nomination.getBusinessKey());
    unit.waitForText(nominee);
    unit.screenshot("16-ho-so-tieu-chi-cu-the");
    assertThat(unit.pageText()).contains(excellence, initiative).doesNotContain(socialisation, "gddt-1");
  }

  /** What each of the application's filters counts for the official, as the engine counts it for them. */
  private Map<String, String> countsAsTheEngineGivesThem(String user, String group) {
    Map<String, String> counts = new LinkedHashMap<>();
    identityService.setAuthentication(user, List.of(group));
    try {
      for (TaskFilter filter : TaskFilter.values()) {
        String id = filterService.createTaskFilterQuery().filterName(filter.filterName()).singleResult().getId();
        counts.put(filter.filterName(), String.valueOf(filterService.count(id)));
      }
    } finally {
      identityService.clearAuthentication();
    }
    return counts;
  }

  /** Tasklist's long date in Vietnamese (dateLocales of vi.json: "dddd, D MMMM [năm] YYYY LT"). */
  private static String vietnameseLongDate(ZonedDateTime time) {
    JsonNode dates = WebappLocales.vietnamese("tasklist").get("dateLocales");
    return dates.get("weekdays").get(time.getDayOfWeek().getValue() % 7).asText() + ", " + time.getDayOfMonth()
        + " " + dates.get("months").get(time.getMonthValue() - 1).asText() + " năm " + time.getYear() + " "
        + HOURS.format(time);
  }

  /** Each official works in a browser of their own. */
  private ChromeDriver restartBrowser() {
    driver.quit();
    driver = Chromium.start();
    return driver;
  }

  /** The review the start form started for the nominee: found by its nomination's id (the business key). */
  private ProcessInstance startedFor(String nominee) {
    List<String> ids = jdbc.queryForList("SELECT id FROM nomination WHERE nominee_name = ?", String.class, nominee);
    return ids.size() != 1 ? null : runtimeService.createProcessInstanceQuery()
        .processDefinitionKey("nomination-review").processInstanceBusinessKey(ids.get(0)).singleResult();
  }
}
