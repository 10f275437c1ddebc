package vn.longbien.exemplar.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.longbien.exemplar.tasklist.Chromium;

/**
 * The review models as an administrator sees them in Camunda Modeler: drawn by bpmn-js (served by this test,
 * with the page {@code diagrams/diagram.html}) at their own size, with a screenshot in
 * {@code target/e2e-screenshots/}. No label lies over an element or another label, no flow runs through a shape
 * or a label, no task's name overflows its box, and the names say what each step is, without expressions.
 */
class ModelDiagramsBrowserTest {

  private static final Path SCREENSHOTS = Path.of("target/e2e-screenshots");
  private static final Map<String, String> TYPES = Map.of(
      "html", "text/html; charset=utf-8", "js", "text/javascript", "css", "text/css", "bpmn", "application/xml");

  private static HttpServer server;
  private ChromeDriver driver;

  /** The page and bpmn-js from the test's resources, the models from bpmn/ as administrators edit them. */
  @BeforeAll
  static void serveThePageAndTheModels() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      String path = exchange.getRequestURI().getPath();
      if (path.startsWith("/models/") && path.endsWith(".bpmn") && !path.contains("..")) {
        send(exchange, path, Files.readAllBytes(Path.of("bpmn", path.substring("/models/".length()))));
        return;
      }
      try (InputStream resource = ModelDiagramsBrowserTest.class.getResourceAsStream("/diagrams" + path)) {
        if (resource == null || path.contains("..")) {
          exchange.sendResponseHeaders(404, -1);
          exchange.close();
          return;
        }
        send(exchange, path, resource.readAllBytes());
      }
    });
    server.start();
  }

  @AfterAll
  static void stopServing() {
    server.stop(0);
  }

  @BeforeEach
  void openChromium() {
    Chromium.requireInstalled();
    driver = Chromium.start();
  }

  @AfterEach
  void closeChromium() {
    if (driver != null) {
      driver.quit();
    }
  }

  @SuppressWarnings("unchecked")
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"nomination-review", "level-review"})
  void theDiagramReadsAtAGlance(String model) throws IOException {
    List<String> problems = draw(model);

    screenshot("so-do-" + model);
    assertThat(problems).as("what overlaps in %s", model).isEmpty();
    assertThat((List<String>) driver.executeScript(
            "return window.viewer.get('elementRegistry').getAll().map(e => e.businessObject.name).filter(n => n);"))
        .as("names in %s", model)
        .isNotEmpty()
        .noneMatch(name -> name.contains("${") || name.contains("#{"));
  }

  /** The model drawn at its own size (the window as large as the diagram); what the page found overlapping. */
  @SuppressWarnings("unchecked")
  private List<String> draw(String model) {
    String url = "http://localhost:" + server.getAddress().getPort() + "/diagram.html?model=models/" + model + ".bpmn";
    driver.get(url);
    Chromium.waitFor(driver).until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-rendered", "true"));
    Map<String, Number> size = (Map<String, Number>) driver.executeScript(
        "const inner = window.viewer.get('canvas').viewbox().inner;"
            + "return {width: inner.x + inner.width, height: inner.y + inner.height};");
    // A page as large as the diagram, whatever the headless screen's size.
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
        "width", size.get("width").intValue() + 60, "height", size.get("height").intValue() + 60,
        "deviceScaleFactor", 1, "mobile", false));
    return (List<String>) driver.executeScript("const canvas = window.viewer.get('canvas'); canvas.resized();"
        + "const size = canvas.getSize(); canvas.viewbox({x: 0, y: 0, width: size.width, height: size.height});"
        + "return window.findProblems();");
  }

  private void screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void send(HttpExchange exchange, String path, byte[] body) throws IOException {
    String extension = path.substring(path.lastIndexOf('.') + 1);
    exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(extension, "application/octet-stream"));
    exchange.sendResponseHeaders(200, body.length);
    exchange.getResponseBody().write(body);
    exchange.close();
  }
}
