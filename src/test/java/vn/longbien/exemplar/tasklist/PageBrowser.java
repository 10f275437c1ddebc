package vn.longbien.exemplar.tasklist;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The application's pages in Chromium as an official opens them: signed in through the sign-in page, on a
 * 1366×768 laptop or a 360 px wide phone, with screenshots in {@link TasklistPage#SCREENSHOTS}.
 */
final class PageBrowser {

  private final ChromeDriver driver;
  private final int port;
  private final WebDriverWait wait;

  PageBrowser(ChromeDriver driver, int port) {
    this.driver = driver;
    this.port = port;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
  }

  WebDriverWait waiting() {
    return wait;
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
