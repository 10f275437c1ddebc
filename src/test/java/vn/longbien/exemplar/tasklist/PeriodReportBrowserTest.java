package vn.longbien.exemplar.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
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
import vn.longbien.exemplar.nomination.NominationRepository;
import vn.longbien.exemplar.reporting.RepeatedExemplar;
import vn.longbien.exemplar.reporting.ScriptedRepeatedExemplars;
import vn.longbien.exemplar.support.ApplicationTest;
import vn.longbien.exemplar.support.RecordedNominations;
import vn.longbien.exemplar.support.TestData;

/**
 * The period report page ({@code /reports/period}) in headless Chromium, on a 1366×768 laptop and a 360 px phone:
 * the range typed in with the keyboard, the chart of each year's attainment, the tables, the PDF downloaded by the
 * browser. Screenshots go to target/e2e-screenshots/ (numbered 95–99).
 */
@ApplicationTest
class PeriodReportBrowserTest {

  @Autowired private NominationRepository nominationRepository;
  @Autowired private ScriptedRepeatedExemplars repeatedExemplars;

  @RegisterExtension final PageBrowser pages = PageBrowser.downloading();
  private ChromeDriver driver;
  private WebDriverWait wait;

  @BeforeEach
  void useTheBrowser() {
    driver = pages.driver();
    wait = pages.waiting();
  }

  @Test
  void phongNoiVuTypesTheRangeSeesEachYearsAttainmentAndDownloadsThePdf() throws IOException {
    int first = TestData.ownRounds(3);
    RecordedNominations recorded = new RecordedNominations(nominationRepository);
    recorded.recognisedByTheWard(first, "phuong-bode");
    recorded.recognisedByTheWard(first, "phuong-bode");
    recorded.recognisedByTheDistrict(first + 1, "phuong-viethung");
    recorded.recognisedByTheWard(first + 2, "phuong-viethung");
    recorded.recognisedByTheWard(first + 2, "phuong-viethung");
    recorded.recognisedByTheCity(first + 2, "phuong-bode");
    String exemplar = TestData.nominee("Phạm Thị Điển Hình");
    repeatedExemplars.answer(first, first + 2,
        List.of(new RepeatedExemplar(7, exemplar, "ca-nhan", "phuong-bode", List.of(first, first + 2))));

    pages.signIn("/reports", "quan.noivu");
    driver.findElement(By.linkText("Báo cáo tổng kết giai đoạn (nhiều năm) →")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#tong-ket h2"),
        "Báo cáo tổng kết giai đoạn 2023–2025"));
    WebElement from = driver.findElement(By.id("from"));
    from.clear();
    from.sendKeys(String.valueOf(first), Keys.TAB);
    WebElement to = driver.switchTo().activeElement();
    assertThat(to.getAttribute("id")).as("the keyboard goes from one year to the other").isEqualTo("to");
    to.clear();
    to.sendKeys(String.valueOf(first + 2), Keys.ENTER);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#tong-ket h2"),
        "Báo cáo tổng kết giai đoạn " + first + "–" + (first + 2)));

    WebElement chart = driver.findElement(By.cssSelector("svg.chart[role=img]"));
    assertThat(chart.getAttribute("aria-label")).contains("Năm " + first + " (tạm tính)", "Năm " + (first + 2));
    assertThat(driver.findElement(By.tagName("main")).getText()).contains("Phường Bồ Đề", "Phường Việt Hưng",
        "Điển hình được công nhận nhiều năm", exemplar, first + ", " + (first + 2));
    pages.screenshot("95-tong-ket-giai-doan");
    pages.scrollTo(By.id("bieu-do"));
    pages.screenshot("96-tong-ket-bieu-do");

    WebElement pdf = driver.findElement(By.cssSelector("#tong-ket a[href*='format=pdf']"));
    pages.scrollTo(By.id("tong-ket"));
    pdf.click();
    Path file = pages.downloaded(".pdf");
    assertThat(file.getFileName().toString()).isEqualTo("tong-ket-giai-doan-" + first + "-" + (first + 2) + ".pdf");
    try (PDDocument document = Loader.loadPDF(Files.readAllBytes(file))) {
      assertThat(new PDFTextStripper().getText(document)).contains(
          "Báo cáo tổng kết giai đoạn " + first + "–" + (first + 2), "Mức đạt chỉ tiêu từng năm", exemplar);
      // the PDF's first page as an image, to look at its chart beside the page's
      Path preview = Path.of("target", "e2e-screenshots", "tong-ket-giai-doan-pdf.png");
      Files.createDirectories(preview.getParent());
      ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 80), "png", preview.toFile());
    }

    pages.phone();
    pages.scrollToTop();
    pages.screenshot("97-tong-ket-dien-thoai");
    assertThat(pages.fitsTheScreen()).as("no sideways scrolling at 360 px").isTrue();
    assertThat(pages.chartTextFits()).as("every label and figure inside the chart at 360 px").isTrue();
    pages.scrollTo(By.id("bieu-do"));
    pages.screenshot("98-tong-ket-bieu-do-dien-thoai");
  }

  @Test
  void aBadRangeIsRefusedOnThePageInVietnamese() {
    int year = TestData.sharedRound();
    pages.signIn("/reports/period?from=" + (year + 1) + "&to=" + year, "bode.hoidong");

    assertThat(driver.findElement(By.id("range-error")).getText()).contains("sau năm cuối giai đoạn");
    assertThat(driver.findElement(By.id("from")).getAttribute("aria-invalid")).isEqualTo("true");
    pages.phone();
    pages.screenshot("99-tong-ket-sai-giai-doan-dien-thoai");
    assertThat(pages.fitsTheScreen()).as("no sideways scrolling at 360 px").isTrue();
  }
}
