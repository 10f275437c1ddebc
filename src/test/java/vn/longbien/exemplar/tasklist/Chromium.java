package vn.longbien.exemplar.tasklist;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from the operating system (Debian's chromium and chromium-driver), driven by Selenium.
 * Nothing is downloaded: the browser and driver are given by path, so Selenium Manager is never asked.
 *
 * <p>Without them the browser tests are skipped with the reason printed, unless the environment variable
 * E2E_REQUIRED=true (set by .ci/run), which turns the missing browser into a failure.
 */
public final class Chromium {

  static final Path BROWSER = Path.of(System.getenv().getOrDefault("CHROMIUM_BINARY", "/usr/bin/chromium"));
  static final Path DRIVER = Path.of(System.getenv().getOrDefault("CHROMEDRIVER_BINARY", "/usr/bin/chromedriver"));

  private Chromium() {}

  /** Skips (or, when E2E_REQUIRED=true, fails) the calling test when Chromium or its driver is missing. */
  public static void requireInstalled() {
    if (Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER)) {
      return;
    }
    String reason = "Browser tests SKIPPED: no headless Chromium (" + BROWSER + ") or chromedriver (" + DRIVER
        + ") on this machine. Install them with: apt-get install -y chromium chromium-driver";
    if ("true".equalsIgnoreCase(System.getenv("E2E_REQUIRED"))) {
      Assertions.fail(reason.replace("SKIPPED", "REQUIRED (E2E_REQUIRED=true) but cannot run"));
    }
    System.out.println("[WARNING] " + reason);
    Assumptions.abort(reason);
  }

  /** A fresh browser: its own profile, Hà Nội's time zone, no background networking. */
  public static ChromeDriver start() {
    return start(ZoneId.of("Asia/Ho_Chi_Minh"));
  }

  /** A fresh browser whose operating system's time zone (TZ) is the given one. */
  public static ChromeDriver start(ZoneId zone) {
    try {
      ChromeOptions options = new ChromeOptions();
      options.setBinary(BROWSER.toFile());
      options.addArguments(
          "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
          "--disable-background-networking", "--disable-component-update", "--disable-sync",
          "--disable-dev-shm-usage", "--window-size=1400,2400",
          "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
      ChromeDriverService service = new ChromeDriverService.Builder()
          .usingDriverExecutable(DRIVER.toFile())
          .withEnvironment(Map.of("TZ", zone.getId()))
          .withLogFile(new File("target/chromedriver.log"))
          .build();
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
      return driver;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Waits up to 30 seconds. While a click or Enter swaps the page, Chromium answers a read of the old page's node
   * with "Node with given id does not belong to the document" (an unknown error, not a stale element): the wait
   * asks again instead of failing; a condition that never holds still times out with the last error as its cause.
   */
  public static WebDriverWait waitFor(ChromeDriver driver) {
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    wait.ignoring(WebDriverException.class);
    return wait;
  }
}
