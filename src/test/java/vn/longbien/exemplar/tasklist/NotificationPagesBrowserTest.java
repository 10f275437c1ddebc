package vn.longbien.exemplar.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import vn.longbien.exemplar.support.ApplicationTest;
import vn.longbien.exemplar.support.Officials;
import vn.longbien.exemplar.support.RestNominations;
import vn.longbien.exemplar.support.TestData;

/**
 * The notification pages in headless Chromium (issue #21): Phòng Nội vụ reads the outbox and a mail in it; an
 * official switches their daily digest off with the keyboard. Screenshots 60–64 in target/e2e-screenshots/.
 */
@ApplicationTest
class NotificationPagesBrowserTest {

  @Autowired private TestRestTemplate rest;
  @Autowired private RuntimeService runtimeService;
  @Autowired private ManagementService managementService;
  @Autowired private TaskService taskService;
  @Autowired private IdentityService identityService;

  private static final int ROUND = TestData.sharedRound();

  @RegisterExtension final PageBrowser pages = new PageBrowser();

  @Test
  void phongNoiVuReadsTheOutboxAndAMailAsItsRecipientWouldOnALaptopAndAPhone() {
    String nominee = "Cao Thị Hộp Thư";
    RestNominations nominations = new RestNominations(rest, runtimeService, managementService, taskService);
    Task council = nominations.afterPublicPosting(nominations.submitByBoDe(nominee));
    Officials.completeAs(identityService, taskService, "bode.hoidong", "phuong-bode-hoidong", council, Map.of(
        "councilAction", "return", "evidenceRequest", "Bản sao bằng khen năm trước", "evidenceDueDate", ROUND + "-02-10"));

    pages.signIn("/", "quan.noivu");
    WebElement notices = pages.driver().findElement(By.cssSelector("[aria-labelledby=thu-thong-bao]"));
    assertThat(notices.getText()).contains("quan.noivu@longbien.example", "Cài đặt thư thông báo", "Hộp thư đi");
    pages.driver().executeScript("arguments[0].scrollIntoView()", notices);
    pages.screenshot("80-trang-chu-thu-thong-bao");
    notices.findElement(By.linkText("Hộp thư đi")).sendKeys(Keys.ENTER);
    pages.waiting().until(ExpectedConditions.urlContains("/notifications/outbox"));
    String outbox = pages.driver().findElement(By.tagName("main")).getText();
    assertThat(outbox).contains("Hộp thư đi", "Cấu hình này giữ thư trong hộp thư đi",
        "Yêu cầu bổ sung hồ sơ đề cử: " + nominee + " (hạn 10/02/" + ROUND + ")", "bode.donvi@longbien.example", "Chờ gửi");
    pages.screenshot("81-hop-thu-di");
    pages.phone();
    assertThat(pages.fitsTheScreen()).isTrue();
    pages.screenshot("82-hop-thu-di-dien-thoai");

    pages.laptop();
    pages.driver().findElement(By.linkText("Yêu cầu bổ sung hồ sơ đề cử: " + nominee + " (hạn 10/02/" + ROUND + ")")).click();
    pages.waiting().until(ExpectedConditions.urlMatches(".*/notifications/outbox/\\d+$"));
    assertThat(pages.driver().findElement(By.tagName("main")).getText()).contains(
        "Kính gửi Cán bộ đơn vị phường Bồ Đề", "Cần bổ sung: Bản sao bằng khen năm trước",
        "Hạn bổ sung: trước hết ngày 10/02/" + ROUND);
    pages.screenshot("83-thu-nhu-nguoi-nhan-doc");
    pages.phone();
    assertThat(pages.fitsTheScreen()).isTrue();
  }

  @Test
  void anOfficialSwitchesTheirDigestOffAndOnWithTheKeyboard() {
    pages.phone();
    pages.signIn("/notifications", "viethung.hoidong");
    String page = pages.driver().findElement(By.tagName("main")).getText();
    assertThat(page).contains("viethung.hoidong@longbien.example", "Bạn đang nhận bản tin hằng ngày.");
    assertThat(pages.fitsTheScreen()).isTrue();
    pages.screenshot("84-cai-dat-thu-dien-thoai");

    WebElement button = pages.driver().findElement(By.xpath("//button[normalize-space()='Tắt bản tin hằng ngày']"));
    button.sendKeys(Keys.ENTER);
    pages.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"),
        "Bạn đã tắt bản tin hằng ngày."));
    assertThat(pages.driver().findElement(By.tagName("main")).getText()).contains("Đã lưu lựa chọn của bạn.");
    pages.laptop();
    pages.screenshot("85-da-tat-ban-tin");

    pages.driver().findElement(By.xpath("//button[normalize-space()='Nhận lại bản tin hằng ngày']")).sendKeys(Keys.ENTER);
    pages.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"),
        "Bạn đang nhận bản tin hằng ngày."));
  }
}
