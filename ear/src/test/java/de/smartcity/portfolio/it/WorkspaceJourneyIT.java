package de.smartcity.portfolio.it;

import static org.assertj.core.api.Assertions.assertThat;

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
    return Deployments.applicationWithProjectProbe();
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
      pm.select("portfolio:status", "In Umsetzung");
      pm.waitUntil(() -> columnTexts(pm, 6).stream().allMatch("In Umsetzung"::equals));
      pm.screenshot("pm-02-my-projects");
      int mine = projectCount(pm);
      assertThat(mine).isPositive().isLessThan(all);
      assertThat(columnTexts(pm, 6)).containsOnly("In Umsetzung");

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
      pm.type(kpiRow + ":target", "240")
          .type(kpiRow + ":value", "72")
          .click("tabs:overview:saveKpis");
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
      assertThat(pm.text("[id='tabs:history']")).contains("pm").contains("Ampel");
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
          .containsAnyOf(
              "Bitte geben Sie ein Datum wie 31.12.2026 ein.", "Bitte geben Sie einen Termin an.");
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
    String code = ProjectScenario.code("WJ");
    LocalDate today = CityDay.today();
    HttpResponse<String> created =
        new WebSession(base.toURI().resolve("/"), "de")
            .send(
                "POST",
                ProjectProbeServlet.PATH
                    + "?code="
                    + code
                    + "&manager="
                    + As.PM_EMAIL
                    + "&start="
                    + today.minusYears(1)
                    + "&end="
                    + today.plusYears(1),
                null,
                Map.of());
    assertThat(created.statusCode()).as("project registered").isEqualTo(201);
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

  private static int milestoneCount(Browser browser) {
    return (int)
        browser.all("[id='tabs:milestones:list_data'] tr").stream()
            .filter(row -> !row.getAttribute("class").contains("ui-datatable-empty-message"))
            .count();
  }
}
