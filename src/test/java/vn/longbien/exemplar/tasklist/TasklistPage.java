package vn.longbien.exemplar.tasklist;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Camunda Tasklist as an official uses it: log in, start a process, open a task, fill a Camunda Form. */
final class TasklistPage {

  static final Path SCREENSHOTS = Path.of("target/e2e-screenshots");

  private final ChromeDriver driver;
  private final String baseUrl;
  private final WebDriverWait wait;
  private final Map<String, String> typed = new LinkedHashMap<>();

  TasklistPage(ChromeDriver driver, int port) {
    this.driver = driver;
    this.baseUrl = "http://localhost:" + port + "/camunda/app/tasklist/default/";
    this.wait = Chromium.waitFor(driver);
  }


  /** Opening Tasklist without a session leads to the application's sign-in page. */
  TasklistPage openLoginPage() {
    driver.get(baseUrl);
    try {
      visible(By.id("username"));
    } catch (org.openqa.selenium.TimeoutException e) {
      screenshot("loi-trang-dang-nhap");
      throw new AssertionError("No sign-in page at " + driver.getCurrentUrl() + ": " + pageText(), e);
    }
    return this;
  }

  /** Signs in once on the sign-in page, which then opens Tasklist. */
  TasklistPage logIn(String user) {
    openLoginPage();
    visible(By.id("username")).sendKeys(user);
    driver.findElement(By.id("password")).sendKeys("demo");
    driver.findElement(By.cssSelector("button[type=submit]")).click();
    try {
      visible(By.cssSelector(".start-process-action"));
    } catch (org.openqa.selenium.TimeoutException e) {
      screenshot("loi-sau-dang-nhap-" + user);
      throw new AssertionError("Tasklist did not open for " + user + " at " + driver.getCurrentUrl() + ": "
          + pageText(), e);
    }
    return this;
  }

  /** "Đăng xuất" in the account menu of the header, then the sign-out page's button. */
  void signOut() {
    clickable(By.cssSelector("li.account > a, li.account .dropdown-toggle")).click();
    WebElement link = clickable(By.cssSelector("li.account li.logout a"));
    if (!"/logout".equals(link.getDomAttribute("href"))) {
      throw new AssertionError("The webapp's sign-out does not lead to the application's: " + link.getDomAttribute("href"));
    }
    link.click();
    clickable(By.cssSelector("main form[action$='/logout'] button[type=submit]")).click();
    visible(By.id("username"));
  }

  void openStartForm(String processName) {
    clickable(By.cssSelector(".start-process-action a, .start-process-action")).click();
    clickable(By.xpath("//a[normalize-space(.)='" + processName + "']")).click();
    visible(By.cssSelector(".fjs-container"));
  }

  void startProcess() {
    ensureTypedValuesKept();
    clickable(By.cssSelector("button[ng-click='startProcessInstance()']")).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-dialog .fjs-container")));
    typed.clear();
  }

  /** Another webapp ("admin", "cockpit", "welcome") in the same browser, hence the same sign-in. */
  void openWebapp(String app) {
    driver.get(baseUrl.replace("/app/tasklist/", "/app/" + app + "/"));
    visible(By.cssSelector("[cam-widget-header] .navbar-brand"));
  }

  /** Camunda's end-of-life notice above the header, if it is shown. */
  java.util.Optional<WebElement> endOfLifeNotice() {
    return driver.findElements(By.cssSelector(".ce-eol-banner")).stream().filter(WebElement::isDisplayed).findFirst();
  }

  private static final By FILTERS = By.cssSelector(".task-filters .item.task-filter");

  /** Waits until Tasklist has loaded its filters and every filter shows its count. */
  void waitForFilterCounts() {
    wait.until(d -> {
      List<WebElement> items = d.findElements(FILTERS);
      return !items.isEmpty() && items.stream()
          .allMatch(item -> !item.findElement(By.cssSelector(".counter")).getText().isBlank());
    });
  }

  /** The filters in Tasklist's order, each with the count it shows, once every filter shows one. */
  Map<String, String> filterCounts() {
    waitForFilterCounts();
    By filters = FILTERS;
    Map<String, String> counts = new LinkedHashMap<>();
    for (WebElement item : driver.findElements(filters)) {
      WebElement name = item.findElement(By.cssSelector(".name a"));
      counts.put(
          ((String) ((JavascriptExecutor) driver).executeScript("return arguments[0].firstChild.textContent", name)).trim(),
          item.findElement(By.cssSelector(".counter")).getText().trim());
    }
    return counts;
  }

  WebElement visibleLink(String cssSelector) {
    return visible(By.cssSelector(cssSelector));
  }

  /** The text of the tooltip shown while the pointer rests on the element. */
  String tooltipOf(String cssSelector) {
    new Actions(driver).moveToElement(visible(By.cssSelector(cssSelector))).perform();
    return visible(By.cssSelector(".tooltip .tooltip-inner")).getText();
  }

  void openDetailTab(String label) {
    clickable(By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space(.)='" + label + "']")).click();
  }

  String historyText() {
    return visible(By.cssSelector(".history-pane .day")).getText();
  }

  String footerText() {
    return visible(By.cssSelector("#footer-timezone")).getText();
  }

  /** What the closed dropdowns of the form show (their placeholder, or the chosen option). */
  List<String> dropdownTexts() {
    return driver.findElements(By.cssSelector(".fjs-container .fjs-select-display")).stream()
        .map(WebElement::getText).toList();
  }

  /** Opens a task the way a link in a reminder would: Tasklist's own task URL. */
  void openTask(String taskId) {
    driver.get(baseUrl + "#/?task=" + taskId);
  }

  /**
   * Waits for the task's form; when Tasklist has left the task pane without it for 20 s (seen once on a loaded
   * machine, no error on the server), reloads the page once, as an official would, and waits again.
   */
  void waitForForm() {
    By form = By.cssSelector(".fjs-container");
    try {
      new WebDriverWait(driver, java.time.Duration.ofSeconds(20))
          .ignoring(org.openqa.selenium.WebDriverException.class)
          .until(ExpectedConditions.visibilityOfElementLocated(form));
    } catch (org.openqa.selenium.TimeoutException notShown) {
      screenshot("loi-bieu-mau-chua-hien");
      driver.navigate().refresh();
      visible(form);
    }
  }

  void claim() {
    By claim = By.xpath("//button[normalize-space(.)='Nhận việc']");
    clickable(claim).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(claim));
  }

  void complete() {
    ensureTypedValuesKept();
    clickable(By.cssSelector("button[ng-click='complete()']")).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".fjs-container")));
    typed.clear();
  }

  String formText() {
    return visible(By.cssSelector(".fjs-container")).getText();
  }

  void waitForText(String text) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), text));
  }

  String pageText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  /**
   * Types into a form-js field. form-js re-renders its fields when another field changes (a radio button
   * showing the person's fields, say), and keystrokes that arrive meanwhile are lost; so the page keeps
   * what it typed, and {@link #startProcess()} and {@link #complete()} check it is all still there.
   */
  void type(String label, String text) {
    typed.put(label, text);
    enter(label, text);
  }

  private void enter(String label, String text) {
    WebElement input = field(label);
    input.clear();
    input.sendKeys(text);
  }

  /** Types again whatever a re-render swallowed, until every typed field holds its text. */
  private void ensureTypedValuesKept() {
    for (int attempt = 1; attempt <= 3; attempt++) {
      Map<String, String> lost = new LinkedHashMap<>();
      typed.forEach((label, text) -> {
        if (!text.equals(field(label).getDomProperty("value"))) {
          lost.put(label, text);
        }
      });
      if (lost.isEmpty()) {
        return;
      }
      lost.forEach(this::enter);
    }
    throw new AssertionError("form-js did not keep the typed values: " + typed);
  }

  /** form-js date fields accept typing in their own format (MM/DD/YYYY) followed by Enter. */
  void date(String label, String monthDayYear) {
    WebElement input = field(label);
    input.sendKeys(monthDayYear, Keys.ENTER);
  }

  /**
   * Chooses a form-js select's option with the keyboard, as an official can: the list scrolls to the option the
   * arrow keys reach (an option low in a long list is out of the list's view, where a click cannot reach it).
   * form-js may re-render the form while the list is open and drop the choice (seen once on a loaded machine: the
   * movement's criteria never showed); the page then chooses again, as an official would who sees the empty field.
   */
  void choose(String label, String optionLabel) {
    for (int attempt = 1; attempt <= 3; attempt++) {
      pick(label, optionLabel);
      if (optionLabel.equals(chosen(label))) {
        return;
      }
    }
    throw new AssertionError("form-js did not keep the choice " + optionLabel + " in " + label + ": " + chosen(label));
  }

  /** What the closed select shows: its display for a plain select, the input's value for a searchable one. */
  private String chosen(String label) {
    WebElement input = field(label);
    WebElement group = input.findElement(By.xpath("./ancestor::div[contains(@class,'fjs-form-field')][1]"));
    return group.findElements(By.cssSelector(".fjs-select-display")).stream().map(WebElement::getText).map(String::strip)
        .findFirst().orElseGet(() -> input.getDomProperty("value").strip());
  }

  private void pick(String label, String optionLabel) {
    WebElement input = field(label);
    WebElement group = input.findElement(By.xpath("./ancestor::div[contains(@class,'fjs-form-field')][1]"));
    group.findElement(By.cssSelector(".fjs-input-group, .fjs-select-display")).click();
    visible(By.cssSelector(".fjs-dropdownlist-item"));
    List<String> options = driver.findElements(By.cssSelector(".fjs-dropdownlist-item")).stream()
        .map(item -> item.getAttribute("textContent").strip()).toList();
    int index = options.indexOf(optionLabel);
    if (index < 0) {
      throw new IllegalArgumentException("no option " + optionLabel + " in " + options);
    }
    // Arrow keys until the option has the focus (the list may take the first key before it listens).
    for (int keys = 0; keys <= 2 * options.size() && !optionLabel.equals(focusedOption()); keys++) {
      int focused = options.indexOf(focusedOption());
      new Actions(driver).sendKeys(focused > index ? Keys.ARROW_UP : Keys.ARROW_DOWN).perform();
    }
    new Actions(driver).sendKeys(Keys.ENTER).perform();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".fjs-dropdownlist")));
  }

  private String focusedOption() {
    return driver.findElements(By.cssSelector(".fjs-dropdownlist-item.focused")).stream()
        .map(item -> item.getAttribute("textContent").strip()).findFirst().orElse(null);
  }

  void radio(String optionLabel) {
    clickable(By.xpath("//div[contains(@class,'fjs-container')]//label[normalize-space(.)=\"" + optionLabel + "\"]"))
        .click();
  }

  void tick(String label) {
    WebElement box = field(label);
    if (!box.isSelected()) {
      ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'})", box);
      box.click();
    }
  }

  /** The option labels of the form-js checklist whose label starts with the text; empty while it is hidden. */
  List<String> checklistOptions(String label) {
    return driver.findElements(By.xpath("//div[contains(@class,'fjs-container')]//div[contains(@class,'fjs-form-field-checklist')]"
            + "[./label[not(@for) and starts-with(normalize-space(.), \"" + label + "\")]]/label[@for]"))
        .stream().map(WebElement::getText).map(String::strip).toList();
  }

  void screenshot(String name) {
    ensureTypedValuesKept();
    try {
      Files.createDirectories(SCREENSHOTS);
      ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
      Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The form-js input whose label starts with the given text (labels of required fields end with "*"). */
  private WebElement field(String label) {
    WebElement labelElement = visible(By.xpath("//div[contains(@class,'fjs-container')]//label[starts-with(normalize-space(.), \""
        + label + "\")]"));
    return driver.findElement(By.id(labelElement.getAttribute("for")));
  }

  private WebElement visible(By by) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  private WebElement clickable(By by) {
    return wait.until(ExpectedConditions.elementToBeClickable(by));
  }

}
