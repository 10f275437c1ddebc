package vn.longbien.exemplar.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import vn.longbien.exemplar.support.ApplicationTest;
import vn.longbien.exemplar.support.Officials;
import vn.longbien.exemplar.support.RestNominations;
import vn.longbien.exemplar.support.TestData;

/**
 * The council meeting and chairman's decision pages in headless Chromium: Bồ Đề's secretary opens a meeting over
 * three nominations waiting for the ward council, corrects the draft after a refused attendance, submits it and
 * reads each nominee's result; Bồ Đề's chairman signs one decision over two nominees the council passed. On a
 * 1366×768 laptop and a 360 px wide phone. Screenshots go to target/e2e-screenshots/ (numbered from 60).
 */
@ApplicationTest
class MeetingPageBrowserTest {

  @Autowired private TestRestTemplate rest;
  @Autowired private RuntimeService runtimeService;
  @Autowired private TaskService taskService;
  @Autowired private ManagementService managementService;
  @Autowired private org.camunda.bpm.engine.IdentityService identityService;
  @org.springframework.boot.test.web.server.LocalServerPort private int port;

  @RegisterExtension final PageBrowser pages = new PageBrowser();
  private ChromeDriver driver;
  private WebDriverWait wait;

  @BeforeEach
  void useTheBrowser() {
    driver = pages.driver();
    wait = pages.waiting();
  }

  @Test
  void theSecretaryEntersTheMeetingOnceCorrectsTheDraftAndSubmitsIt() {
    int year = TestData.sharedRound();
    RestNominations bode = new RestNominations(rest, runtimeService, managementService, taskService, year);
    List<String> names = List.of("Đào Thị Trình", "Đào Văn Duyệt", "Đào Thị Chờ");
    List<String> ids = new ArrayList<>();
    for (String name : names) {
      String id = bode.submitByBoDe(name);
      bode.afterPublicPosting(id);
      ids.add(id);
    }

    pages.laptop();
    pages.signIn("/", "bode.hoidong");
    driver.findElement(By.linkText("Phiên họp")).click();
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Phiên họp Hội đồng Thi đua - Khen thưởng"));
    pages.screenshot("60-phien-hop-danh-sach");
    driver.findElement(By.partialLinkText("Mở phiên họp mới")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Phiên họp mới"));

    set("meetingDate", year + "-01-10");
    type(driver.findElement(By.id("membersTotal")), "15");
    type(driver.findElement(By.id("membersPresent")), "16");
    WebElement first = card(names.get(0));
    new Select(first.findElement(By.cssSelector("select"))).selectByValue("vote");
    type(first.findElement(By.cssSelector("input[name$='.votesInFavour']")), "11");
    type(first.findElement(By.cssSelector("input[name$='.votesAgainst']")), "1");
    type(first.findElement(By.cssSelector("input[name$='.votesAbstaining']")), "0");
    WebElement second = card(names.get(1));
    new Select(second.findElement(By.cssSelector("select"))).selectByValue("return");
    type(second.findElement(By.cssSelector("input[name$='.evidenceRequest']")), "Bổ sung xác nhận của tổ dân phố");
    WebElement due = second.findElement(By.cssSelector("input[name$='.evidenceDueDate']"));
    ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", due, year + "-01-25");
    new Select(card(names.get(2)).findElement(By.cssSelector("select"))).selectByValue("not-reviewed");
    pages.screenshot("61-phien-hop-moi");
    driver.findElement(By.cssSelector("form[action$='/meetings'] button[type=submit]")).click();

    WebElement refusal = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("meeting-error")));
    assertThat(refusal.getText()).contains("không được lớn hơn tổng số thành viên");
    assertThat(new Select(card(names.get(0)).findElement(By.cssSelector("select"))).getFirstSelectedOption().getText())
        .isEqualTo("Biểu quyết");
    pages.screenshot("62-phien-hop-so-du-hop-sai");

    type(driver.findElement(By.id("membersPresent")), "12");
    driver.findElement(By.cssSelector("form[action$='/meetings'] button[type=submit]")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main"), "Đã lưu dự thảo phiên họp"));
    assertThat(driver.findElement(By.tagName("h1")).getText()).contains("Dự thảo phiên họp");
    assertThat(task(ids.get(0))).isEqualTo("Task_CouncilReview");
    pages.screenshot("63-phien-hop-du-thao");

    pages.phone();
    assertThat(pages.fitsTheScreen()).as("the draft at 360 px").isTrue();
    pages.screenshot("64-phien-hop-du-thao-dien-thoai");
    pages.laptop();

    driver.findElement(By.xpath("//button[normalize-space()='Gửi kết quả phiên họp']")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main"), "Đã ghi nhận 2 hồ sơ"));
    String result = driver.findElement(By.tagName("main")).getText();
    assertThat(result).contains("Dự họp 12/15 thành viên", names.get(0), "Tán thành 11/15", "Thông qua",
        "Trả hồ sơ để bổ sung minh chứng", "1 hồ sơ chưa xét", "Biên bản họp");
    assertThat(task(ids.get(0))).isEqualTo("Task_ChairmanDecision");
    assertThat(task(ids.get(1))).isEqualTo("Task_ProvideEvidence");
    assertThat(task(ids.get(2))).isEqualTo("Task_CouncilReview");
    pages.screenshot("65-phien-hop-ket-qua");
    String meetingUrl = driver.getCurrentUrl();
    String meetingId = meetingUrl.replaceAll(".*/meetings/(\\d+).*", "$1");
    driver.findElement(By.linkText(names.get(0))).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "ghi theo phiên họp số " + meetingId));
    driver.get(meetingUrl);
    pages.phone();
    assertThat(pages.fitsTheScreen()).as("the result at 360 px").isTrue();
    pages.screenshot("66-phien-hop-ket-qua-dien-thoai");

    pages.laptop();
    driver.get(pages.url("/meetings"));
    assertThat(driver.findElement(By.tagName("main")).getText()).contains("10/01/" + year, "12/15", "Đã gửi kết quả");

    TasklistPage tasklist = new TasklistPage(driver, port);
    tasklist.openTask(taskService.createTaskQuery().processInstanceBusinessKey(ids.get(2)).singleResult().getId());
    tasklist.waitForForm();
    WebElement toMeetings = tasklist.visibleLink("a.exemplar-many-link");
    assertThat(toMeetings.getDomAttribute("href")).isEqualTo("/meetings");
    assertThat(toMeetings.getText()).isEqualTo("Xét theo phiên họp");
    pages.screenshot("71-tasklist-lien-ket-phien-hop");
  }

  @Test
  void theChairmanSignsOneDecisionOverTheNomineesTheCouncilPassed() {
    int year = TestData.sharedRound();
    RestNominations bode = new RestNominations(rest, runtimeService, managementService, taskService, year);
    List<String> names = List.of("Đào Thị Ký", "Đào Văn Không");
    List<String> ids = new ArrayList<>();
    for (String name : names) {
      String id = bode.submitByBoDe(name);
      Officials.completeAs(identityService, taskService, "bode.hoidong", "phuong-bode-hoidong", bode.afterPublicPosting(id),
          java.util.Map.of("councilAction", "vote", "councilMeetingDate", year + "-01-10", "councilMembersTotal", 15,
              "councilMembersPresent", 12, "councilVotesInFavour", 11, "councilVotesAgainst", 1));
      ids.add(id);
    }

    pages.laptop();
    pages.signIn("/", "bode.chutich");
    driver.findElement(By.linkText("Quyết định")).click();
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Quyết định của Chủ tịch UBND"));
    driver.findElement(By.partialLinkText("Ghi quyết định mới")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Quyết định mới"));
    type(driver.findElement(By.id("decisionNumber")), "9/QĐ-UBND");
    set("decisionDate", year + "-01-15");
    type(driver.findElement(By.id("signer")), "Nguyễn Văn An, Chủ tịch UBND phường");
    WebElement first = card(names.get(0));
    first.findElement(By.cssSelector("input[name$='.included'][type=checkbox]")).click();
    first.findElement(By.cssSelector("input[name$='.recognised'][type=checkbox]")).click();
    first.findElement(By.cssSelector("input[name$='.proposeUpward'][type=checkbox]")).click();
    WebElement second = card(names.get(1));
    second.findElement(By.cssSelector("input[name$='.included'][type=checkbox]")).click();
    pages.screenshot("67-quyet-dinh-moi");
    driver.findElement(By.cssSelector("form[action$='/decisions'] button[type=submit]")).click();

    WebElement refusal = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("decision-error")));
    assertThat(refusal.getText()).contains(names.get(1), "nhập lý do không công nhận");
    pages.screenshot("68-quyet-dinh-thieu-ly-do");
    type(card(names.get(1)).findElement(By.cssSelector("input[name$='.reason']")), "Chưa đủ thành tích tiêu biểu");
    driver.findElement(By.cssSelector("form[action$='/decisions'] button[type=submit]")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main"), "Đã lưu dự thảo quyết định"));

    driver.findElement(By.xpath("//button[normalize-space()='Gửi quyết định']")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main"), "Đã ghi nhận 2 người, tập thể"));
    assertThat(driver.findElement(By.tagName("main")).getText()).contains("Quyết định số 9/QĐ-UBND ngày 15/01/" + year,
        "Công nhận, đề xuất lên cấp trên", "giới thiệu lên Hội đồng TĐKT quận", "Không công nhận",
        "Lý do: Chưa đủ thành tích tiêu biểu", "Danh sách kèm theo quyết định", "Giấy khen của 1 người, tập thể (PDF)");
    assertThat(task(ids.get(0))).isNotEqualTo("Task_ChairmanDecision");
    assertThat(task(ids.get(1))).isNull();
    pages.screenshot("69-quyet-dinh-ket-qua");
    pages.phone();
    assertThat(pages.fitsTheScreen()).as("the decision at 360 px").isTrue();
    pages.screenshot("70-quyet-dinh-ket-qua-dien-thoai");
  }

  private WebElement card(String nomineeName) {
    return driver.findElement(By.xpath("//fieldset[.//legend/a[normalize-space()='" + nomineeName + "']]"));
  }

  private void set(String id, String value) {
    ((JavascriptExecutor) driver).executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, value);
  }

  private static void type(WebElement input, String value) {
    input.clear();
    input.sendKeys(value);
  }

  private String task(String nominationId) {
    Task task = taskService.createTaskQuery().processInstanceBusinessKey(nominationId).singleResult();
    return task == null ? null : task.getTaskDefinitionKey();
  }
}
