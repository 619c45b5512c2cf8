package de.smartcity.portfolio.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real Chromium, headless, driven through Debian's chromedriver, for browser tests: signs in,
 * clicks and types like a user, waits for PrimeFaces' ajax, saves screenshots under {@code
 * target/screenshots}, and checks each page with axe-core for accessibility.
 *
 * <p>Where Chromium or chromedriver is not installed the tests are skipped with a note, unless the
 * build requires them ({@code -Dbrowser.tests=required}, as {@code .ci/run} does).
 */
final class Browser implements AutoCloseable {

  static final Path CHROMIUM = Path.of(System.getProperty("chromium", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER =
      Path.of(System.getProperty("chromedriver", "/usr/bin/chromedriver"));

  /** The accessibility rules public bodies in Germany must meet: WCAG 2.1 A and AA (BITV 2.0). */
  private static final String AXE_RUN =
      "const done = arguments[arguments.length - 1];"
          + "axe.run(document, {runOnly: {type: 'tag', values: "
          + "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
          + ".then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
          + " nodes: v.nodes.slice(0, 5).map(n => n.target.join(' '))}))))"
          + ".catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]));";

  private final ChromeDriver driver;
  private final URI root;
  private final WebDriverWait wait;
  private final Path downloads;

  private Browser(URI root, String language) {
    this.root = root;
    try {
      downloads = Files.createTempDirectory("browser-downloads");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1366,1000",
        "--lang=" + language);
    options.setExperimentalOption(
        "prefs",
        Map.of(
            "intl.accept_languages",
            language,
            "download.default_directory",
            downloads.toString(),
            "download.prompt_for_download",
            false,
            "plugins.always_open_pdf_externally",
            true));
    options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    driver.executeCdpCommand(
        "Browser.setDownloadBehavior",
        Map.of("behavior", "allow", "downloadPath", downloads.toString()));
  }

  /**
   * A file the browser saved.
   *
   * @param name its name as the server gave it
   * @param content its bytes
   */
  record Saved(String name, byte[] content) {}

  /**
   * Presses a download button, as a user does, and returns the file once the browser has saved it
   * completely into its own download folder.
   */
  Saved download(String id) {
    try (var old = Files.list(downloads)) {
      for (Path file : old.toList()) {
        Files.delete(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    WebElement button = element(id);
    executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
    button.click();
    Path saved =
        wait.until(
            d -> {
              try (var files = Files.list(downloads)) {
                List<Path> all = files.toList();
                boolean complete =
                    all.size() == 1
                        && !all.get(0).getFileName().toString().endsWith(".crdownload")
                        && Files.size(all.get(0)) > 0;
                return complete ? all.get(0) : null;
              } catch (IOException e) {
                return null;
              }
            });
    waitForAjax();
    try {
      return new Saved(saved.getFileName().toString(), Files.readAllBytes(saved));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A browser asking for pages in the given language ({@code de} or {@code en}). */
  static Browser start(URI root, String language) {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    String missing =
        "Chromium and chromedriver are not installed ("
            + CHROMIUM
            + ", "
            + CHROMEDRIVER
            + "); install Debian's chromium and chromium-driver to run the browser tests";
    if ("required".equals(System.getProperty("browser.tests"))) {
      assertThat(installed).as(missing).isTrue();
    } else {
      Assumptions.assumeTrue(installed, missing);
    }
    return new Browser(root, language);
  }

  Browser open(String path) {
    driver.get(root.resolve(path).toString());
    waitForPage();
    return this;
  }

  Browser signIn(String username, String password) {
    open("/login.xhtml");
    type("signin:username", username);
    type("signin:password", password);
    clickToLoad("signin:submit");
    assertThat(driver.findElements(By.cssSelector(".app-user-name")))
        .as("signed in as %s", username)
        .isNotEmpty();
    return this;
  }

  Browser signOut() {
    return clickToLoad("session:signOut");
  }

  WebElement element(String id) {
    return wait.until(d -> d.findElement(By.id(id)));
  }

  boolean exists(String id) {
    return !driver.findElements(By.id(id)).isEmpty();
  }

  List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  /** The text of the element now; an element that ajax just replaced is read again. */
  String text(String css) {
    return wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(d -> d.findElement(By.cssSelector(css)).getText());
  }

  String pageText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  Browser type(String id, String text) {
    WebElement field = element(id);
    field.clear();
    field.sendKeys(text);
    return this;
  }

  /** Types into a PrimeFaces date picker and leaves the field, as a user does. */
  Browser typeDate(String id, String text) {
    WebElement field = element(id + "_input");
    field.clear();
    field.sendKeys(text);
    executeScript("arguments[0].blur();", field);
    executeScript("document.body.click();");
    waitForAjax();
    return this;
  }

  Browser click(String id) {
    WebElement target = element(id);
    executeScript("arguments[0].scrollIntoView({block: 'center'});", target);
    target.click();
    waitForAjax();
    return this;
  }

  /** Clicks a control that loads a new page (a full post or a link) and waits for that page. */
  Browser clickToLoad(String id) {
    WebElement oldPage = driver.findElement(By.tagName("html"));
    element(id).click();
    wait.until(d -> belongsToAnEarlierPage(oldPage));
    waitForPage();
    return this;
  }

  /**
   * Whether the browser has left the page an element was found on. Chromium answers for such an
   * element either "stale element" or, while the next page is being built, "node does not belong to
   * the document"; both mean the same.
   */
  private static boolean belongsToAnEarlierPage(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (org.openqa.selenium.StaleElementReferenceException gone) {
      return true;
    } catch (org.openqa.selenium.WebDriverException e) {
      if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
        return true;
      }
      throw e;
    }
  }

  Browser click(WebElement target) {
    executeScript("arguments[0].scrollIntoView({block: 'center'});", target);
    target.click();
    waitForAjax();
    return this;
  }

  /** Picks an option of a PrimeFaces radio group by its position. */
  Browser chooseRadio(String id, int index) {
    return click(driver.findElement(By.cssSelector("label[for='" + id + ":" + index + "']")));
  }

  /** Picks an option of a native select by its visible label, as a user does with the keyboard. */
  Browser select(String id, String label) {
    new Select(element(id)).selectByVisibleText(label);
    waitForAjax();
    return this;
  }

  Object executeScript(String script, Object... arguments) {
    return ((JavascriptExecutor) driver).executeScript(script, arguments);
  }

  void waitForPage() {
    wait.until(
        d ->
            "complete"
                .equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    waitForAjax();
  }

  void waitForAjax() {
    wait.until(
        d ->
            Boolean.TRUE.equals(
                ((JavascriptExecutor) d)
                    .executeScript(
                        "return document.readyState === 'complete'"
                            + " && (!window.jQuery || jQuery.active === 0)"
                            + " && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty());")));
  }

  /** Saves what the user sees now as {@code target/screenshots/<name>.png}. */
  Browser screenshot(String name) {
    Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
    try {
      Files.createDirectories(dir);
      Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
      Files.copy(shot, dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /**
   * Runs axe-core on the page as it is now and fails on any violation of impact serious or
   * critical, naming the rule and the elements.
   */
  Browser assertAccessible(String page) {
    Path axe = Path.of(System.getProperty("axe.script", "target/axe/package/axe.min.js"));
    if (!Files.isReadable(axe)) {
      Assertions.fail("axe-core is missing at " + axe + ": the build fetches it with npm");
    }
    try {
      executeScript(Files.readString(axe));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> violations =
        (List<Map<String, Object>>) ((JavascriptExecutor) driver).executeAsyncScript(AXE_RUN);
    List<String> serious =
        violations.stream()
            .filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact")))
            .map(
                v ->
                    v.get("impact")
                        + " "
                        + v.get("id")
                        + ": "
                        + v.get("help")
                        + " "
                        + v.get("nodes"))
            .collect(Collectors.toList());
    assertThat(serious).as("accessibility violations on %s", page).isEmpty();
    return this;
  }

  /** Answers the browser's "leave this page?" question with "stay". */
  Browser dismissLeavePrompt() {
    wait.until(org.openqa.selenium.support.ui.ExpectedConditions.alertIsPresent()).dismiss();
    return this;
  }

  /**
   * Clicks the given bar of a PrimeFaces (Chart.js) chart where it is drawn, as a user's mouse
   * would; Chart.js knows where each bar's centre is.
   */
  Browser clickChartBar(String chartId, int index) {
    WebElement canvas = element(chartId).findElement(By.tagName("canvas"));
    executeScript("arguments[0].scrollIntoView({block: 'center'});", canvas);
    @SuppressWarnings("unchecked")
    List<Number> point =
        (List<Number>)
            wait.until(
                d ->
                    executeScript(
                        "const chart = Chart.getChart(arguments[0]);"
                            + "if (!chart) return null;"
                            + "const bar = chart.getDatasetMeta(0).data[arguments[1]];"
                            + "const c = bar.getCenterPoint();"
                            + "return [c.x, c.y, arguments[0].clientWidth, arguments[0].clientHeight];",
                        canvas,
                        index));
    int x = (int) Math.round(point.get(0).doubleValue() - point.get(2).doubleValue() / 2);
    int y = (int) Math.round(point.get(1).doubleValue() - point.get(3).doubleValue() / 2);
    new org.openqa.selenium.interactions.Actions(driver)
        .moveToElement(canvas, x, y)
        .click()
        .perform();
    return this;
  }

  /**
   * Scrolls a PrimeFaces chart into view, waits until Chart.js has drawn it and answers what the
   * script returns, which finds the drawn chart as {@code chart}.
   */
  Object chart(String chartId, String script) {
    String drawn =
        "const chart = Chart.getChart(document.getElementById(arguments[0])"
            + ".querySelector('canvas'));";
    executeScript(
        "document.getElementById(arguments[0]).scrollIntoView({block: 'center'});", chartId);
    waitUntil(() -> Boolean.TRUE.equals(executeScript(drawn + "return !!chart;", chartId)));
    return executeScript(drawn + script, chartId);
  }

  /**
   * Waits until what the page shows satisfies the condition; some PrimeFaces widgets send their
   * ajax request only after an animation, so an empty ajax queue alone does not mean "updated".
   */
  Browser waitUntil(java.util.function.BooleanSupplier condition) {
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(d -> condition.getAsBoolean());
    waitForAjax();
    return this;
  }

  /** Waits until the browser has gone to an address containing the text. */
  Browser waitForUrl(String part) {
    wait.until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains(part));
    waitForPage();
    return this;
  }

  /** Sets the window to a device's size, such as a tablet's 820 × 1180. */
  Browser resize(int width, int height) {
    driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
    return this;
  }

  /** What pages wrote to the browser's console since the last call (reading empties the log). */
  List<String> consoleMessages() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .map(LogEntry::getMessage)
        .toList();
  }

  String currentUrl() {
    return driver.getCurrentUrl();
  }

  @Override
  public void close() {
    driver.quit();
    try (var files = Files.list(downloads)) {
      for (Path file : files.toList()) {
        Files.deleteIfExists(file);
      }
      Files.deleteIfExists(downloads);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
