package vn.longbien.exemplar.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.longbien.exemplar.audit.AuditedChain;
import vn.longbien.exemplar.support.ApplicationTest;
import vn.longbien.exemplar.support.RoundClock;
import vn.longbien.exemplar.support.TestData;

/**
 * The import page and the audit pages in headless Chromium, on a 1366×768 laptop and a 360 px wide phone, signed in
 * through the sign-in page. Screenshots go to target/e2e-screenshots/ (numbered from 30).
 */
@ApplicationTest
class ImportPageBrowserTest {

  private static final String HEADINGS = "\"Năm bình xét\",\"Mã đơn vị đề cử\",\"Loại đối tượng\",\"Họ và tên / Tên tập thể\","
      + "\"Năm sinh\",\"Giới tính\",\"Chức vụ\",\"Nơi công tác\",\"Phường / đơn vị\",\"Mã phong trào\",\"Thành tích\","
      + "\"Tiêu chuẩn chung\",\"Tiêu chí cụ thể\",\"Đang bị xem xét kỷ luật, thanh tra\",\"Đang có khiếu nại, tố cáo\"\n";

  @Autowired private JdbcTemplate jdbc;
  @Autowired private AuditedChain auditedChain;

  @RegisterExtension final PageBrowser pages = new PageBrowser();
  private ChromeDriver driver;
  private WebDriverWait wait;

  @BeforeEach
  void useTheBrowser() {
    driver = pages.driver();
    wait = pages.waiting();
  }

  @Test
  void aWardUnitDownloadsTheTemplateSeesTheBadRowOfItsFileAndStartsTheValidRows() throws IOException {
    int year = TestData.ownRound();
    Path file = Files.createTempDirectory("nhap-tep").resolve("de-cu-bo-de.csv");
    Files.writeString(file, HEADINGS
        + row(year, "phuong-bode", "Ninh Thị Trình Duyệt", "1981")
        + row(year, "phuong-bode", "Ninh Văn Sai Năm Sinh", "năm 80")
        + row(year, "phuong-bode", "Ninh Văn Cũng Được", "1984"), StandardCharsets.UTF_8);

    pages.signIn("/nominations/import", "bode.donvi");
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Nhập hồ sơ đề cử từ tệp");
    for (String format : List.of("xlsx", "csv")) {
      WebElement link = driver.findElement(By.cssSelector("a[href$='template?format=" + format + "']"));
      assertThat(statusOf(link.getDomAttribute("href"))).as("mẫu " + format).isEqualTo(200);
    }
    pages.screenshot("30-nhap-tep");

    RoundClock.inRound(year, () -> {
      driver.findElement(By.id("file")).sendKeys(file.toString());
      driver.findElement(By.cssSelector("#tai-len button[type=submit]")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("dong-loi")));
    });
    assertThat(driver.findElement(By.id("dong-loi")).getText())
        .contains("3", "Năm sinh", "Năm sinh phải là một số nguyên: “năm 80”");
    assertThat(driver.findElement(By.tagName("main")).getText())
        .contains("Tệp có 3 dòng: 2 dòng hợp lệ, 1 dòng không hợp lệ; chưa hồ sơ nào được nhập");
    assertThat(started(year)).isZero();
    pages.screenshot("31-nhap-tep-ket-qua-kiem-tra");
    pages.phone();
    scrollTo(By.id("dong-loi"));
    pages.screenshot("32-nhap-tep-ket-qua-kiem-tra-dien-thoai");
    assertThat(pages.fitsTheScreen()).as("no sideways scrolling at 360 px").isTrue();
    pages.laptop();

    RoundClock.inRound(year, () -> {
      // By the keyboard: the choice is a button like any other.
      driver.findElement(By.cssSelector("button[name=choice][value=start]")).sendKeys(Keys.ENTER);
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Đã nhập và bắt đầu bình xét"));
    });
    assertThat(driver.findElement(By.tagName("main")).getText()).contains(
        "Đã nhập và bắt đầu bình xét 2 hồ sơ; bỏ qua 1 dòng không hợp lệ", "Ninh Thị Trình Duyệt", "Ninh Văn Cũng Được");
    assertThat(started(year)).isEqualTo(2);
    pages.screenshot("33-nhap-tep-da-bat-dau");
    pages.phone();
    scrollTo(By.cssSelector("#ket-qua table"));
    pages.screenshot("34-nhap-tep-da-bat-dau-dien-thoai");
    assertThat(pages.fitsTheScreen()).as("no sideways scrolling at 360 px").isTrue();
  }

  @Test
  void anInspectorFindsANominationInTheAuditReadsItsTimelineAndReviewsItsRound() {
    String id = auditedChain.run("Doãn Thị Nhật Ký");

    pages.signIn("/audit/", "thanhtra");
    driver.findElement(By.id("name")).sendKeys("doan thi nhat ky");
    driver.findElement(By.id("year")).sendKeys(String.valueOf(AuditedChain.ROUND));
    driver.findElement(By.cssSelector("form[role=search] button[type=submit]")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ket-qua-tim")));
    pages.screenshot("50-kiem-tra-tim-ho-so");
    driver.findElement(By.linkText("Doãn Thị Nhật Ký")).click();

    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("nhat-ky")));
    assertThat(driver.getCurrentUrl()).endsWith("/audit/nominations/" + id);
    String timeline = driver.findElement(By.id("nhat-ky")).getText();
    assertThat(timeline).contains("Biểu quyết của Hội đồng", "bode.hoidong", "có mặt 13/15 thành viên; tán thành 12",
        "quyết định số 35/QĐ-UBND", "quyết định số 210/QĐ-UBND");
    pages.screenshot("51-kiem-tra-nhat-ky");
    WebElement vote = scrollTo(By.cssSelector("#nhat-ky tr.kind-VOTE"));
    vote.findElement(By.tagName("summary")).click();
    assertThat(vote.findElement(By.cssSelector("dl.details")).getText()).contains("councilVotesInFavour", "12");
    pages.screenshot("51b-kiem-tra-nhat-ky-bieu-quyet");
    pages.phone();
    scrollTo(By.cssSelector("#nhat-ky tr.kind-VOTE"));
    pages.screenshot("52-kiem-tra-nhat-ky-dien-thoai");
    assertThat(pages.fitsTheScreen()).as("no sideways scrolling at 360 px").isTrue();

    pages.laptop();
    driver.findElement(By.linkText("← Tìm hồ sơ khác")).click();
    driver.findElement(By.id("round-year")).sendKeys(AuditedChain.ROUND + "\n");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Rà soát đợt bình xét năm " + AuditedChain.ROUND));
    assertThat(driver.findElement(By.id("qua-han")).getText()).contains("Doãn Thị Nhật Ký", "bode.hoidong");
    pages.screenshot("53-kiem-tra-dot");
    pages.phone();
    pages.screenshot("54-kiem-tra-dot-dien-thoai");
    assertThat(pages.fitsTheScreen()).as("no sideways scrolling at 360 px").isTrue();
  }

  private static String row(int year, String unit, String name, String birthYear) {
    return String.join(",", List.of(String.valueOf(year), unit, "ca-nhan", name, birthYear, "nam", "Tổ trưởng",
        "Tổ dân phố 1", "Phường Bồ Đề", "chung", "Giúp đỡ người nghèo, hiến máu nhân đạo nhiều lần.", "tc1, tc2, tc3, tc4",
        "", "Không", "Không").stream().map(v -> "\"" + v + "\"").toList()) + "\n";
  }

  private int started(int year) {
    return jdbc.queryForObject("SELECT count(*) FROM nomination WHERE round_year = ?", Integer.class, year);
  }

  /** The status the browser gets for a link, in its own session. */
  private long statusOf(String href) {
    Object status = ((JavascriptExecutor) driver).executeAsyncScript(
        "var done = arguments[arguments.length - 1];"
            + "fetch(arguments[0], {credentials: 'same-origin'}).then(function (r) { done(r.status); },"
            + " function () { done(-1); });", href);
    return ((Number) status).longValue();
  }

  private WebElement scrollTo(By what) {
    WebElement element = driver.findElement(what);
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'start'});", element);
    return element;
  }

}
