package vn.longbien.exemplar.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The application's pages in Chromium as an official opens them: signed in through the sign-in page, on a
 * 1366×768 laptop or a 360 px wide phone, with screenshots in {@link TasklistPage#SCREENSHOTS}. A test registers it
 * ({@code @RegisterExtension final PageBrowser pages = new PageBrowser();}): each test gets a fresh browser on the
 * application's server, at laptop size, closed after the test. A test that downloads files registers
 * {@link #downloading()} instead.
 */
final class PageBrowser implements BeforeEachCallback, AfterEachCallback {

  private final boolean keepsDownloads;
  private ChromeDriver driver;
  private int port;
  private WebDriverWait wait;
  private Path downloads;

  PageBrowser() {
    this(false);
  }

  private PageBrowser(boolean keepsDownloads) {
    this.keepsDownloads = keepsDownloads;
  }

  /**
   * A browser whose downloads go to a new directory of each test instead of asking where to save: read them with
   * {@link #downloaded} and {@link #downloadedFiles}.
   */
  static PageBrowser downloading() {
    return new PageBrowser(true);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    Chromium.requireInstalled();
    port = SpringExtension.getApplicationContext(context).getEnvironment()
        .getRequiredProperty("local.server.port", Integer.class);
    driver = Chromium.start();
    wait = Chromium.waitFor(driver);
    laptop();
    if (keepsDownloads) {
      try {
        downloadTo(Files.createTempDirectory("tai-ve"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (driver != null) {
      driver.quit();
    }
  }

  ChromeDriver driver() {
    return driver;
  }

  WebDriverWait waiting() {
    return wait;
  }

  private void downloadTo(Path directory) {
    downloads = directory;
    driver.executeCdpCommand("Browser.setDownloadBehavior",
        Map.of("behavior", "allow", "downloadPath", directory.toString()));
  }

  /** The one file the browser finished downloading, with the extension. */
  Path downloaded(String extension) {
    wait.until(d -> downloadedFiles().stream().anyMatch(f -> f.getFileName().toString().endsWith(extension)));
    List<Path> files = downloadedFiles();
    assertThat(files).hasSize(1);
    return files.get(0);
  }

  /** The files the browser finished downloading. */
  List<Path> downloadedFiles() {
    if (downloads == null) {
      throw new IllegalStateException("Register PageBrowser.downloading() to read what the browser downloaded");
    }
    try (Stream<Path> files = Files.list(downloads)) {
      return files.filter(f -> !f.getFileName().toString().endsWith(".crdownload")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void scrollTo(By what) {
    driver.executeScript("arguments[0].scrollIntoView(true);", driver.findElement(what));
  }

  void scrollToTop() {
    driver.executeScript("window.scrollTo(0, 0);");
  }

  /** Whether every text of the page's charts ends inside its image (the labels are not cut off). */
  boolean chartTextFits() {
    Object fits = driver.executeScript(
        "return Array.from(document.querySelectorAll('svg.chart text')).every(function (t) {"
            + " var box = t.getBBox(); return box.x >= -0.5 && box.x + box.width <= t.ownerSVGElement.viewBox.baseVal.width + 0.5; });");
    return Boolean.TRUE.equals(fits);
  }

  String url(String path) {
    return "http://localhost:" + port + path;
  }

  /** Opens a page without a session: the sign-in page comes first, then the page asked for. */
  void signIn(String path, String user) {
    driver.get(url(path));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(user);
    driver.findElement(By.id("password")).sendKeys("demo");
    screenshot("dang-nhap");
    driver.findElement(By.cssSelector("main button[type=submit]")).click();
    wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
  }

  void laptop() {
    driver.manage().window().setSize(new Dimension(1366, 768));
  }

  void phone() {
    driver.manage().window().setSize(new Dimension(360, 740));
  }

  /** No sideways scrolling: the page is no wider than the window. */
  boolean fitsTheScreen() {
    Object fits = ((JavascriptExecutor) driver).executeScript(
        "return document.documentElement.scrollWidth <= window.innerWidth;");
    return Boolean.TRUE.equals(fits);
  }

  void screenshot(String name) {
    try {
      Files.createDirectories(TasklistPage.SCREENSHOTS);
      Files.write(TasklistPage.SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
