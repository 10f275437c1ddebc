package vn.longbien.exemplar.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import vn.longbien.exemplar.registry.RegistryScenarios;
import vn.longbien.exemplar.support.ApplicationTest;
import vn.longbien.exemplar.support.RestNominations;
import vn.longbien.exemplar.support.TestData;

/**
 * The registry of exemplars in headless Chromium: Phòng Nội vụ searches an exemplar without accents and reads their
 * history (with the merge and split forms), at 1366×768 and 360 px; Bồ Đề's council reads the warning of a nominee
 * already recognised for the same movement in Tasklist's form and on the meeting page. Screenshots 90–94.
 */
@ApplicationTest
class ExemplarPagesBrowserTest {

  @Autowired private TestRestTemplate rest;
  @Autowired private RuntimeService runtimeService;
  @Autowired private TaskService taskService;
  @Autowired private ManagementService managementService;
  @Autowired private RegistryScenarios scenarios;
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
  void anExemplarIsFoundWithoutAccentsAndTheCouncilIsWarnedOfTheEarlierRecognition() {
    int lastYear = RegistryScenarios.firstRound();
    String name = TestData.nominee("Nguyễn Thị Đảm");
    String suffix = name.substring(name.lastIndexOf(' ') + 1);
    scenarios.recognised(scenarios.person(lastYear, "phuong-bode", name, 1978), "phuong");
    RestNominations thisYear = new RestNominations(rest, runtimeService, managementService, taskService, lastYear + 1);
    String id = thisYear.submitByBoDe(name);
    String council = thisYear.afterPublicPosting(id).getId();

    pages.laptop();
    pages.signIn("/", "quan.noivu");
    driver.findElement(By.linkText("Điển hình")).click();
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Điển hình qua các năm"));
    WebElement search = driver.findElement(By.id("name"));
    search.sendKeys("nguyen thi dam " + suffix.toLowerCase());
    search.submit();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.linkText(name)));
    assertThat(driver.findElement(By.tagName("main")).getText())
        .contains("Phường Bồ Đề", "công nhận cấp phường " + lastYear);
    pages.screenshot("90-dien-hinh-tim-kiem");

    driver.findElement(By.linkText(name)).click();
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), name));
    assertThat(driver.findElement(By.tagName("main")).getText())
        .contains("2 lần đề cử", String.valueOf(lastYear), String.valueOf(lastYear + 1), "công nhận cấp phường",
            "Gộp một mục khác vào mục này", "Tách hồ sơ ghép nhầm");
    pages.screenshot("91-dien-hinh-qua-trinh");
    pages.phone();
    assertThat(pages.fitsTheScreen()).as("the history at 360 px").isTrue();
    pages.screenshot("92-dien-hinh-qua-trinh-dien-thoai");

    pages.laptop();
    driver.manage().deleteAllCookies();
    pages.signIn("/", "bode.hoidong");
    TasklistPage tasklist = new TasklistPage(driver, port);
    tasklist.openTask(council);
    tasklist.waitForForm();
    tasklist.waitForText("Đã được công nhận ở đợt trước");
    assertThat(tasklist.formText()).contains("Các lần đề cử trước của đối tượng này",
        "đã được công nhận cấp phường năm " + lastYear);
    tasklist.claim();
    driver.findElement(By.xpath("//label[normalize-space()='Họp, biểu quyết']")).click();
    tasklist.waitForText("Hội đồng xác nhận hồ sơ đề cử này là cho thành tích mới");
    ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});",
        driver.findElement(By.xpath("//h3[contains(., 'Đã được công nhận ở đợt trước')]")));
    pages.screenshot("93-tasklist-canh-bao-da-cong-nhan");

    driver.get(pages.url("/meetings/new"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Phiên họp mới"));
    WebElement card = driver.findElement(By.xpath("//fieldset[.//a[normalize-space()='" + name + "']]"));
    assertThat(card.getText()).contains("Các lần đề cử trước", "Đã được công nhận ở đợt trước",
        "Hội đồng xác nhận hồ sơ này là cho thành tích mới");
    ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView(true);", card);
    pages.screenshot("94-phien-hop-canh-bao-da-cong-nhan");
  }
}
