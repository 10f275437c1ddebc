package vn.longbien.exemplar.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.longbien.exemplar.support.ApplicationTest;
import vn.longbien.exemplar.support.RestNominations;

/**
 * The application's own pages in headless Chromium, signed in through the sign-in page as officials are, on a
 * 1366×768 laptop and on a 360 px wide phone. Screenshots go to target/e2e-screenshots/ (numbered from 20).
 */
@ApplicationTest
class OfficialPagesBrowserTest {

  private static final AtomicInteger NOMINEES = new AtomicInteger();
  private static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

  @LocalServerPort private int port;
  @Autowired private TestRestTemplate rest;
  @Autowired private RuntimeService runtimeService;
  @Autowired private ManagementService managementService;
  @Autowired private TaskService taskService;

  @RegisterExtension final PageBrowser pages = new PageBrowser();
  private ChromeDriver driver;
  private WebDriverWait wait;

  @BeforeEach
  void useTheBrowser() {
    driver = pages.driver();
    wait = pages.waiting();
  }

  @Test
  void aSignedInOfficialsHomePageShowsTheirWorkOnALaptopAndAPhone() {
    pages.signIn("/", "bode.hoidong");

    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Trang chủ");
    assertThat(driver.findElement(By.tagName("main")).getText()).contains("công việc đang chờ nhóm của bạn");
    pages.screenshot("20-trang-chu");
    pages.phone();
    pages.screenshot("21-trang-chu-dien-thoai");
    assertThat(pages.fitsTheScreen()).as("no sideways scrolling at 360 px").isTrue();
  }

  @Test
  void theKeyboardReachesTheContentFirstAndEveryLinkOfTheNavigation() {
    pages.signIn("/", "bode.hoidong");

    driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
    WebElement first = driver.switchTo().activeElement();
    assertThat(first.getText()).isEqualTo("Bỏ qua thanh điều hướng");
    first.sendKeys(Keys.ENTER);
    assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("main");
  }

  @Test
  void aWardUnitUploadsSeveralEvidenceFilesFromTheDossier() throws IOException {
    String id = nominations().submitByBoDe(nominee("Khúc Thị Minh Chứng"));
    Path dir = Files.createTempDirectory("minh-chung");
    Path award = Files.write(dir.resolve("Giấy khen 2026.pdf"), PDF);
    Path photo = Files.write(dir.resolve("Ảnh trao thưởng.png"), PNG);

    pages.signIn("/nominations/" + id, "bode.donvi");
    driver.findElement(By.id("description")).sendKeys("Minh chứng thành tích năm 2026");
    driver.findElement(By.id("file")).sendKeys(award + "\n" + photo);
    pages.screenshot("22-ho-so-chon-tep");
    driver.findElement(By.cssSelector("form.upload button[type=submit]")).click();

    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("minh-chung"), "Ảnh trao thưởng.png"));
    wait.until(driver -> driver.findElements(By.cssSelector("#minh-chung a[href*='/attachments/']")).size() == 2);
    pages.screenshot("23-ho-so-da-tai-minh-chung");
    assertThat(driver.findElement(By.id("minh-chung")).getText())
        .contains("Giấy khen 2026.pdf", "Ảnh trao thưởng.png", "Minh chứng thành tích năm 2026");
    pages.phone();
    pages.screenshot("24-ho-so-dien-thoai");
    assertThat(pages.fitsTheScreen()).as("no sideways scrolling at 360 px").isTrue();
  }

  @Test
  void aCouncilMemberOpensTheDossierFromTheirTasklistTask() {
    RestNominations nominations = nominations();
    String name = nominee("Lạc Văn Hội Đồng");
    Task council = nominations.afterPublicPosting(nominations.submitByBoDe(name));

    TasklistPage tasklist = new TasklistPage(driver, port).logIn("bode.hoidong");
    tasklist.openTask(council.getId());
    tasklist.waitForForm();
    String dossier = tasklist.visibleLink("a.exemplar-dossier-link").getDomAttribute("href");
    driver.get(pages.url(dossier));

    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), name));
    pages.screenshot("25-ho-so-tu-tasklist");
    assertThat(driver.findElement(By.tagName("main")).getText())
        .contains("Gương mẫu chấp hành chủ trương, đường lối của Đảng", "Công việc đang mở của hồ sơ");
  }

  @Test
  void theDossierShowsTheEntryCheckAndThePublicPostingPeriodOnALaptopAndAPhone() {
    String name = nominee("Lam Thị Niêm Yết");
    String id = nominations().submitByBoDe(name);

    pages.signIn("/nominations/" + id, "bode.hoidong");
    WebElement check = driver.findElement(By.id("dieu-kien"));
    ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", check);
    pages.screenshot("27-ho-so-dieu-kien-cong-khai");

    assertThat(check.getText()).contains("Đủ điều kiện", "Niêm yết công khai tại Phường Bồ Đề từ ", "ngày làm việc)");
    pages.phone();
    ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", check);
    pages.screenshot("28-ho-so-dieu-kien-dien-thoai");
    assertThat(pages.fitsTheScreen()).as("no sideways scrolling at 360 px").isTrue();
  }

  @Test
  void anotherWardsOfficialFindsNeitherTheNominationNorItsDossier() {
    String name = nominee("Kha Văn Riêng Tư");
    String id = nominations().submitByBoDe(name);

    pages.signIn("/nominations?name=" + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8), "viethung.hoidong");
    assertThat(driver.findElement(By.tagName("main")).getText()).contains("Không có hồ sơ nào khớp điều kiện tìm.");
    driver.get(pages.url("/nominations/" + id));
    pages.screenshot("26-ho-so-phuong-khac");

    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Không tìm thấy trang");
    assertThat(driver.findElement(By.tagName("main")).getText()).doesNotContain(name);
  }

  private RestNominations nominations() {
    return new RestNominations(rest, runtimeService, managementService, taskService);
  }

  private static String nominee(String name) {
    return name + " " + NOMINEES.incrementAndGet();
  }

}
