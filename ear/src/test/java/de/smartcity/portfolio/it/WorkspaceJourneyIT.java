package de.smartcity.portfolio.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The project workspace in a real browser, journey by journey, as the people who use it every day.
 * Each journey edits a project of its own that the demo project manager manages, and the language
 * choice is made by a user of its own, so the demo data stays as it is. Screenshots of every step
 * land in {@code target/screenshots}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WorkspaceJourneyIT {

  private static final DateTimeFormatter GERMAN = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  private static final String FIRST_PASSWORD = "erstes-passwort-2026";
  private static final String OWN_PASSWORD = "Sprachwahl-Passwort-4821-kq";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.suite();
  }

  @ArquillianResource URL base;

  @Test
  void projectManagerKeepsTheirProjectCurrentFromPortfolioToOverview() throws Exception {
    String code = ownProject();
    try (Browser pm = Browser.start(base.toURI().resolve("/"), "de")) {
      pm.signIn("pm", "pm-demo-2026").screenshot("pm-01-portfolio");
      int all = projectCount(pm);

      pm.click(pm.element("portfolio:mine").findElement(By.cssSelector(".ui-chkbox-box")));
      pm.waitUntil(() -> projectCount(pm) < all);
      pm.waitForUrl("mine=true");
      pm.select("portfolio:status", "In Umsetzung");
      pm.waitUntil(() -> columnTexts(pm, 6).stream().allMatch("In Umsetzung"::equals));
      pm.screenshot("pm-02-my-projects");
      int mine = projectCount(pm);
      assertThat(mine).isPositive().isLessThan(all);
      assertThat(columnTexts(pm, 6)).containsOnly("In Umsetzung");

      // The filter is in the address: a bookmark of it opens the same view.
      URI bookmark = URI.create(pm.currentUrl());
      assertThat(bookmark.getQuery()).isEqualTo("status=IN_PROGRESS&mine=true");
      pm.open(bookmark.getRawPath() + "?" + bookmark.getRawQuery());
      assertThat(projectCount(pm)).isEqualTo(mine);
      assertThat(pm.element("portfolio:mine_input").isSelected()).isTrue();
      assertThat(columnTexts(pm, 6)).containsOnly("In Umsetzung");
      pm.assertAccessible("portfolio opened from its address");

      pm.type("portfolio:text", code);
      pm.waitUntil(() -> projectCount(pm) == 1);
      pm.click(pm.element("portfolio").findElement(By.linkText(code)));
      assertThat(pm.text("h1")).startsWith(code);
      pm.screenshot("pm-03-project-overview").assertAccessible("project overview");

      pm.chooseRadio("tabs:overview:health", 1)
          .type("tabs:overview:healthReason", "Lieferverzug bei den Sensoren")
          .click("tabs:overview:saveHealth");
      assertThat(pm.text("[id='tabs:overview:messages']")).contains("Die Ampel ist gespeichert.");
      assertThat(pm.text(".project-heading")).contains("Gelb");

      String summary = "Sensoren für Bürgerservice, geprüft am " + System.nanoTime();
      pm.click("tabs:overview:editFacts").assertAccessible("key facts form");
      pm.type("tabs:overview:factSummary", summary).click("tabs:overview:saveFacts");
      assertThat(pm.text("[id='tabs:overview:messages']"))
          .contains("Die Eckdaten sind gespeichert.");
      assertThat(pm.text("[id='tabs:overview'] .summary")).isEqualTo(summary);

      String kpi = "Angebundene Sensoren " + System.nanoTime();
      pm.click("tabs:overview:addKpi");
      List<WebElement> measures = pm.all("[id^='tabs:overview:kpiLines:'][id$=':measure']");
      WebElement newMeasure = measures.get(measures.size() - 1);
      newMeasure.sendKeys(kpi);
      String kpiRow = newMeasure.getAttribute("id").replace(":measure", "");
      pm.type(kpiRow + ":target", "240").click("tabs:overview:saveKpis");
      assertThat(pm.text("[id='tabs:overview:messages']"))
          .contains("Die Kennzahlen sind gespeichert.");

      String milestone = "Abnahme Sensorik " + System.nanoTime();
      pm.click(tab(pm, "Meilensteine"))
          .type("tabs:milestones:title", milestone)
          .typeDate("tabs:milestones:dueDate", CityDay.today().format(GERMAN))
          .click("tabs:milestones:save")
          .screenshot("pm-04-milestone-added");
      assertThat(pm.text("[id='tabs:milestones:messages']")).contains("angelegt");
      WebElement row = milestoneRow(pm, milestone);
      assertThat(row.getText()).contains("offen");
      pm.click(row.findElement(By.cssSelector("[id$=':complete']")));
      assertThat(milestoneRow(pm, milestone).getText()).contains("erreicht");
      pm.screenshot("pm-05-milestone-done").assertAccessible("milestones tab");

      String progress = "Sensoren an drei Standorten montiert " + System.nanoTime();
      pm.click(tab(pm, "Statusberichte"))
          .chooseRadio("tabs:reports:reportHealth", 1)
          .type("tabs:reports:healthReason", "Lieferverzug bei den Sensoren")
          .type("tabs:reports:progress", progress)
          .type("tabs:reports:nextSteps", "Restliche Standorte im nächsten Quartal")
          .type("tabs:reports:risks", "Lieferketten")
          .click("tabs:reports:submit")
          .screenshot("pm-06-status-report");
      assertThat(pm.text("[id='tabs:reports:messages']")).contains("Statusbericht ist gespeichert");
      pm.assertAccessible("status reports tab");

      // Everything shows on the overview, also after opening the page afresh.
      pm.open("/project.xhtml?code=" + code).screenshot("pm-07-overview-after");
      assertThat(pm.text(".project-heading")).contains("Gelb");
      assertThat(pm.text("[id='tabs:overview']"))
          .contains("Lieferverzug bei den Sensoren")
          .contains(progress);
      assertThat(pm.all("[id^='tabs:overview:kpiLines:'][id$=':measure']"))
          .extracting(field -> field.getAttribute("value"))
          .contains(kpi);
      pm.click(tab(pm, "Meilensteine"));
      assertThat(milestoneRow(pm, milestone).getText()).contains("erreicht");
      pm.click(tab(pm, "Verlauf")).screenshot("pm-08-history");
      assertThat(pm.text("[id='tabs:history']")).contains("Anna Becker").contains("Ampel");
      pm.assertAccessible("history tab");
    }
  }

  @Test
  void aBadDateIsRefusedWithAMessageAndNothingIsSaved() throws Exception {
    String code = ownProject();
    try (Browser pm = Browser.start(base.toURI().resolve("/"), "de")) {
      pm.signIn("pm", "pm-demo-2026");
      pm.open("/project.xhtml?code=" + code).click(tab(pm, "Meilensteine"));
      int before = milestoneCount(pm);

      pm.type("tabs:milestones:title", "Meilenstein mit falschem Datum")
          .typeDate("tabs:milestones:dueDate", "31.02.2026")
          .click("tabs:milestones:save")
          .screenshot("pm-09-unreadable-date");
      assertThat(pm.text("[id='tabs:milestones']"))
          .contains("Bitte geben Sie ein Datum wie 31.12.2026 ein.");
      assertThat(pm.element("tabs:milestones:dueDate_input").getAttribute("value"))
          .as("the refused date stays as typed, to be corrected")
          .isEqualTo("31.02.2026");
      assertThat(milestoneCount(pm)).isEqualTo(before);

      pm.typeDate("tabs:milestones:dueDate", "31.12.2099")
          .click("tabs:milestones:save")
          .screenshot("pm-10-date-outside-project");
      assertThat(pm.text("[id='tabs:milestones']")).contains("muss im Projektzeitraum liegen");
      assertThat(pm.element("tabs:milestones:title").getAttribute("value"))
          .as("what the user typed stays in the form")
          .isEqualTo("Meilenstein mit falschem Datum");

      pm.open("/project.xhtml?code=" + code).click(tab(pm, "Meilensteine"));
      assertThat(milestoneCount(pm)).isEqualTo(before);
      assertThat(pm.text("[id='tabs:milestones:list']"))
          .doesNotContain("Meilenstein mit falschem Datum");
    }
  }

  @Test
  void aDateTypedAfterAClickIntoTheEmptyFieldIsTakenWithoutAnEarlyError() throws Exception {
    String code = ownProject();
    LocalDate due = CityDay.today().plusDays(10);
    try (Browser pm = Browser.start(base.toURI().resolve("/"), "de")) {
      pm.signIn("pm", "pm-demo-2026");
      pm.open("/project.xhtml?code=" + code).click(tab(pm, "Meilensteine"));
      String milestone = "Termin per Maus " + System.nanoTime();
      pm.type("tabs:milestones:title", milestone);

      // A click into the empty field, as with a mouse; the focus stays there and typing lands in
      // it.
      WebElement date = pm.element("tabs:milestones:dueDate_input");
      pm.click(date);
      assertThat(pm.executeScript("return document.activeElement.id"))
          .isEqualTo("tabs:milestones:dueDate_input");
      date.sendKeys(due.format(GERMAN));
      pm.screenshot("pm-12-date-typed-after-click");
      assertThat(date.getAttribute("value")).isEqualTo(due.format(GERMAN));
      assertThat(pm.text("[id='tabs:milestones:dueDateMessage']"))
          .as("no message while typing")
          .isEmpty();

      pm.click("tabs:milestones:save");
      assertThat(pm.text("[id='tabs:milestones:messages']")).contains("angelegt");
      assertThat(milestoneRow(pm, milestone).getText()).contains(due.format(GERMAN));
    }
  }

  @Test
  void aTooLongStatusReportIsRefusedWithAMessageAndTheCounterShowsWhatIsLeft() throws Exception {
    String code = ownProject();
    try (Browser pm = Browser.start(base.toURI().resolve("/"), "de")) {
      pm.signIn("pm", "pm-demo-2026");
      pm.open("/project.xhtml?code=" + code).click(tab(pm, "Statusberichte"));
      int before = reportCount(pm);

      // 4,000 characters fit (StatusReport.nextSteps); "abc" leaves 3,997.
      pm.type("tabs:reports:nextSteps", "abc");
      assertThat(pm.text("[id='tabs:reports:nextSteps_left']")).isEqualTo("Noch 3.997 Zeichen");

      // 5,000 characters pasted: none is cut, the counter says 1,000 too many.
      WebElement progress = pm.element("tabs:reports:progress");
      // PrimeFaces writes its default, the largest int, when no limit is given: nothing is cut.
      String maxlength = progress.getDomAttribute("maxlength");
      assertThat(maxlength == null ? Integer.MAX_VALUE : Integer.parseInt(maxlength))
          .as("no maxlength cuts a pasted text")
          .isEqualTo(Integer.MAX_VALUE);
      String tooLong = "Fortschritt ".repeat(417).substring(0, 5000);
      pm.executeScript(
          "arguments[0].value = arguments[1];"
              + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
          progress,
          tooLong);
      assertThat(pm.text("[id='tabs:reports:progress_left']")).isEqualTo("1.000 Zeichen zu viel");
      pm.screenshot("pm-13-text-too-long").assertAccessible("status report with a long text");

      pm.chooseRadio("tabs:reports:reportHealth", 0).click("tabs:reports:submit");
      pm.screenshot("pm-14-text-refused");
      assertThat(pm.text("[id='tabs:reports:progress_left'] + .ui-message"))
          .contains(
              "Der Text ist 1.000 Zeichen zu lang; höchstens 4.000 Zeichen sind möglich."
                  + " Bitte kürzen Sie ihn.");
      assertThat(pm.element("tabs:reports:progress").getAttribute("value"))
          .as("the text stays whole, to be shortened")
          .hasSize(5000);
      assertThat(reportCount(pm)).isEqualTo(before);

      pm.open("/project.xhtml?code=" + code).click(tab(pm, "Statusberichte"));
      assertThat(reportCount(pm)).as("nothing stored").isEqualTo(before);
    }
  }

  @Test
  void theHistorySaysWhatChangedInTheReadersWords() throws Exception {
    // Planned 900.00, then 1,200.00 for the start year's Sachausgaben (by the probe).
    LocalDate today = CityDay.today();
    LocalDate end = today.plusYears(1);
    LocalDate laterEnd = end.plusDays(30);
    String code = ownProject("900.00,1200.00");
    String planLine = "Sachausgaben " + today.minusYears(1).getYear();
    try (Browser pm = Browser.start(base.toURI().resolve("/"), "de")) {
      pm.signIn("pm", "pm-demo-2026").open("/project.xhtml?code=" + code);
      pm.chooseRadio("tabs:overview:health", 1)
          .type("tabs:overview:healthReason", "Verzug")
          .click("tabs:overview:saveHealth");
      assertThat(pm.text(".project-heading")).contains("Gelb");
      pm.click("tabs:overview:editFacts")
          .typeDate("tabs:overview:factEnd", laterEnd.format(GERMAN))
          .click("tabs:overview:saveFacts");
      assertThat(pm.text("[id='tabs:overview:messages']"))
          .contains("Die Eckdaten sind gespeichert.");

      pm.click(tab(pm, "Verlauf")).screenshot("pm-15-history-in-words");
      // when, who, what, field, before, after
      assertThat(historyRow(pm, "Ampel")).containsExactly("Anna Becker", "Grün", "Gelb");
      assertThat(historyRow(pm, "Ende"))
          .containsExactly("Anna Becker", end.format(GERMAN), laterEnd.format(GERMAN));
      assertThat(historyRow(pm, "Geplant")).containsSequence("900,00 €", "1.200,00 €");
      assertThat(pm.text("[id='tabs:history']")).contains("Planansatz " + planLine);
      pm.assertAccessible("history tab in words");
    }
    try (Browser pm = Browser.start(base.toURI().resolve("/"), "en")) {
      pm.signIn("pm", "pm-demo-2026").open("/project.xhtml?code=" + code);
      pm.click(tab(pm, "History")).screenshot("pm-16-history-in-english");
      DateTimeFormatter english = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
      assertThat(historyRow(pm, "Health")).containsExactly("Anna Becker", "Green", "Amber");
      assertThat(historyRow(pm, "End"))
          .containsExactly("Anna Becker", end.format(english), laterEnd.format(english));
      assertThat(historyRow(pm, "Planned")).containsSequence("€900.00", "€1,200.00");
      pm.assertAccessible("history tab in words, English");
    }
  }

  @Test
  void aSaveThatLosesToAnotherEditSaysSoAndOffersToReload() throws Exception {
    String code = ownProject();
    try (Browser first = Browser.start(base.toURI().resolve("/"), "de");
        Browser second = Browser.start(base.toURI().resolve("/"), "de")) {
      first.signIn("pm", "pm-demo-2026").open("/project.xhtml?code=" + code);
      second.signIn("pm", "pm-demo-2026").open("/project.xhtml?code=" + code);

      first
          .chooseRadio("tabs:overview:health", 2)
          .type("tabs:overview:healthReason", "Zuerst gespeichert")
          .click("tabs:overview:saveHealth");
      assertThat(first.text(".project-heading")).contains("Rot");

      second
          .chooseRadio("tabs:overview:health", 0)
          .type("tabs:overview:healthReason", "Zu spät gespeichert")
          .click("tabs:overview:saveHealth")
          .screenshot("pm-11-concurrent-edit");
      assertThat(second.text("#conflict"))
          .contains("Jemand anderes hat dieses Projekt inzwischen geändert");
      assertThat(second.text(".project-heading")).doesNotContain("Rot");

      second.clickToLoad("conflictForm:reload");
      assertThat(second.text(".project-heading")).contains("Rot");
      assertThat(second.text("[id='tabs:overview']")).contains("Zuerst gespeichert");
      assertThat(second.exists("conflictForm:reload")).isFalse();
    }
  }

  @Test
  void aCouncilMemberSeesNoEditControlsAndAForgedRequestChangesNothing() throws Exception {
    try (Browser council = Browser.start(base.toURI().resolve("/"), "de")) {
      council.signIn("council", "council-demo-2026").open("/project.xhtml?code=INF-01");
      council.screenshot("council-01-project").assertAccessible("project page for the council");
      // Every tab is opened first: all but the overview are fetched when they are first shown.
      for (String tab : List.of("Meilensteine", "Statusberichte", "Kostenplan", "Belege")) {
        council.click(tab(council, tab));
      }
      assertThat(council.all("[id='tabs:receipts'], [id='tabs:costPlan'], [id='tabs:reports']"))
          .as("the opened tabs")
          .hasSize(3);
      for (String control :
          List.of(
              "tabs:overview:saveHealth",
              "tabs:overview:saveStatus",
              "tabs:milestones:save",
              "tabs:reports:submit",
              "tabs:costPlan:savePlan",
              "tabs:receipts:saveReceipt")) {
        assertThat(council.exists(control)).as(control).isFalse();
      }
      council.click(tab(council, "Überblick"));
      assertThat(council.all("[id$=':complete'], [id$=':edit'], [id$=':delete']")).isEmpty();
      String healthBefore = council.text(".project-heading");

      // The council member forges the project manager's health form with a valid view state.
      council.executeScript(
          "const form = document.createElement('form');"
              + "form.method = 'post'; form.action = location.href;"
              + "const add = (n, v) => { const i = document.createElement('input');"
              + "  i.type = 'hidden'; i.name = n; i.value = v; form.appendChild(i); };"
              + "add('tabs:overview', 'tabs:overview');"
              + "add('tabs:overview:health', 'RED');"
              + "add('tabs:overview:healthReason', 'gefälscht');"
              + "add('tabs:overview:saveHealth', '');"
              + "add('jakarta.faces.ViewState',"
              + "  document.querySelector(\"input[name='jakarta.faces.ViewState']\").value);"
              + "add('primefaces.nonce', document.querySelector('script[nonce]').nonce);"
              + "document.body.appendChild(form); form.submit();");
      council.waitForPage();
      council.open("/project.xhtml?code=INF-01").screenshot("council-02-after-forgery");
      assertThat(council.text(".project-heading")).isEqualTo(healthBefore);
      assertThat(council.pageText()).doesNotContain("gefälscht", "Exception");
    }
  }

  @Test
  void eachUserChoosesTheirLanguageAndKeepsIt() throws Exception {
    // A council member of the test's own: the demo users keep following their browser's language.
    String username = ownCouncilMember();
    try (Browser user = Browser.start(base.toURI().resolve("/"), "de")) {
      user.signIn(username, OWN_PASSWORD);
      assertThat(user.text("h1")).isEqualTo("Projektportfolio");
      user.clickToLoad("session:languageEn");
      assertThat(user.text("h1")).isEqualTo("Project portfolio");
      user.open("/project.xhtml?code=INF-01").click(tab(user, "Cost plan"));
      assertThat(user.text("table.matrix"))
          .contains("€")
          .containsPattern("€[0-9]{1,3}(,[0-9]{3})*\\.[0-9]{2}");
      user.screenshot("council-03-english-cost-plan");

      user.signOut().signIn(username, OWN_PASSWORD);
      assertThat(user.text("h1"))
          .as("the choice outlives the session")
          .isEqualTo("Project portfolio");

      user.clickToLoad("session:languageDe");
      assertThat(user.text("h1")).isEqualTo("Projektportfolio");
      user.open("/project.xhtml?code=INF-01").click(tab(user, "Kostenplan"));
      assertThat(user.text("table.matrix")).containsPattern("[0-9]{1,3}(\\.[0-9]{3})*,[0-9]{2} €");
    }
  }

  /**
   * A project of the test's own, in progress from a year ago to a year ahead and managed by the
   * demo project manager, registered through {@link ProjectProbeServlet}; its code.
   */
  private String ownProject() throws Exception {
    return ownProject(null);
  }

  /** As {@link #ownProject()}, with its start year's SACH plan line set to each amount in turn. */
  private String ownProject(String plannedAmounts) throws Exception {
    String code = ProjectScenario.code("WJ");
    LocalDate today = CityDay.today();
    ProjectProbeServlet.register(
        base.toURI().resolve("/"), code, today.minusYears(1), today.plusYears(1), plannedAmounts);
    return code;
  }

  /**
   * A council member of the test's own who has replaced the first password by {@link
   * #OWN_PASSWORD}.
   */
  private String ownCouncilMember() throws Exception {
    String username = ProjectScenario.code("wj").toLowerCase(Locale.ROOT);
    WebSession admin = new WebSession(base.toURI().resolve("/"), "de");
    admin.signIn("admin", "admin-demo-2026");
    HttpResponse<String> created =
        admin.submit(
            "/admin/users.xhtml",
            "create",
            Map.of(
                "username", username,
                "displayName", "Sprachwahl",
                "initialPassword", FIRST_PASSWORD,
                "newRoles", "COUNCIL",
                "submit", ""));
    assertThat(created.body()).contains("Benutzer " + username + " angelegt");
    WebSession user = new WebSession(base.toURI().resolve("/"), "de");
    user.signIn(username, FIRST_PASSWORD);
    user.submit(
        "/account/password.xhtml",
        "password",
        Map.of(
            "currentPassword", FIRST_PASSWORD,
            "newPassword", OWN_PASSWORD,
            "confirmation", OWN_PASSWORD,
            "submit", ""));
    return username;
  }

  private static int projectCount(Browser browser) {
    String header = browser.text("[id='portfolio:projects'] .ui-datatable-header");
    return Integer.parseInt(header.replaceAll("[^0-9]", ""));
  }

  private static List<String> columnTexts(Browser browser, int column) {
    return browser.all("[id='portfolio:projects_data'] tr").stream()
        .map(row -> row.findElements(By.tagName("td")).get(column).getText().strip())
        .toList();
  }

  static WebElement tab(Browser browser, String title) {
    return browser.all("[id='tabs'] .ui-tabs-nav li a").stream()
        .filter(a -> title.equals(a.getText().strip()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No tab " + title));
  }

  static WebElement milestoneRow(Browser browser, String title) {
    return browser.all("[id='tabs:milestones:list_data'] tr").stream()
        .filter(row -> row.getText().contains(title))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No milestone " + title));
  }

  /** Who, before and after of the newest change of a field, as the history tab shows them. */
  private static List<String> historyRow(Browser browser, String field) {
    WebElement row =
        browser.all("[id='tabs:history:changes_data'] tr").stream()
            .filter(r -> field.equals(r.findElements(By.tagName("td")).get(3).getText().strip()))
            .findFirst()
            .orElseThrow(() -> new AssertionError("No change of " + field));
    List<WebElement> cells = row.findElements(By.tagName("td"));
    return List.of(cells.get(1), cells.get(4), cells.get(5)).stream()
        .map(cell -> cell.getText().replace('\u00a0', ' ').strip())
        .toList();
  }

  private static int reportCount(Browser browser) {
    return (int)
        browser.all("[id='tabs:reports:history_data'] tr").stream()
            .filter(row -> !row.getAttribute("class").contains("ui-datatable-empty-message"))
            .count();
  }

  private static int milestoneCount(Browser browser) {
    return (int)
        browser.all("[id='tabs:milestones:list_data'] tr").stream()
            .filter(row -> !row.getAttribute("class").contains("ui-datatable-empty-message"))
            .count();
  }
}
