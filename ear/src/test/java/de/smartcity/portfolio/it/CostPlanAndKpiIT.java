package de.smartcity.portfolio.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Issue 18 in a real browser: a project manager of the test's own proposes cost-plan lines, which
 * count nowhere until finance approves them on the proposals page; a line is removed with a reason;
 * a milestone's completion is back-dated; a key figure keeps its measurements. Every project and
 * user is the test's own ({@code IT-CP-…}, {@code it-cp-…}), so the demo data stays as it is.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CostPlanAndKpiIT {

  private static final DateTimeFormatter GERMAN = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  private static final String FIRST_PASSWORD = "erstes-passwort-2026";
  private static final String OWN_PASSWORD = "Kostenplan-Passwort-7319-zx";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.suite();
  }

  @ArquillianResource URL base;

  /** The period of every project here: from 1 January last year to 31 December next year. */
  private static LocalDate start() {
    return LocalDate.of(CityDay.today().getYear() - 1, 1, 1);
  }

  private static LocalDate end() {
    return LocalDate.of(CityDay.today().getYear() + 1, 12, 31);
  }

  @Test
  void proposalsCountOnlyOnceFinanceApprovesThemAndARemovalKeepsItsReason() throws Exception {
    Own own = ownProjectAndManager();
    int year = CityDay.today().getYear();
    try (Browser pm = Browser.start(base.toURI().resolve("/"), "de");
        Browser finance = Browser.start(base.toURI().resolve("/"), "de")) {
      finance.signIn("finance", "finance-demo-2026");
      BigDecimal before = dashboardPlanned(finance);

      pm.signIn(own.username(), OWN_PASSWORD).open("/project.xhtml?code=" + own.code());
      pm.click(WorkspaceJourneyIT.tab(pm, "Kostenplan")).screenshot("cp-01-cost-plan-empty");
      assertThat(pm.text("[id='tabs:costPlan']")).contains("Planansatz vorschlagen");

      // A year outside the period (2030 on a project ending 31.12. next year) is refused, with
      // the year written as a year, and nothing is stored.
      int outside = year + 4;
      proposeLine(pm, outside, "SACH", "500,00", "500,00");
      assertThat(pm.text("[id='tabs:costPlan:planYearMessage']"))
          .isEqualTo(
              "Das Jahr "
                  + outside
                  + " liegt außerhalb der Projektlaufzeit ("
                  + start().format(GERMAN)
                  + " bis "
                  + end().format(GERMAN)
                  + ").");
      assertThat(planLineCount(pm)).isZero();

      // Bad amounts: eligible above planned is refused next to the field, nothing stored.
      proposeLine(pm, year, "SACH", "100,00", "200,00");
      assertThat(pm.text("[id='tabs:costPlan:plannedEligibleMessage']"))
          .contains("darf den geplanten Betrag")
          .contains("100,00");
      assertThat(planLineCount(pm)).isZero();
      pm.screenshot("cp-02-refused");

      // Two proposals: 1.234,56 € Sachausgaben this year, 7.000,00 € Personalausgaben next year.
      proposeLine(pm, year, "SACH", "1234,56", "1000,00");
      assertThat(pm.text("[id='tabs:costPlan:messages']"))
          .contains("Vorschlag zum Planansatz " + year + " für Sachausgaben gespeichert");
      proposeLine(pm, year + 1, "PERS", "7000,00", "7000,00");
      assertThat(planLineCount(pm)).isEqualTo(2);
      assertThat(pm.text("[id='tabs:costPlan:planLines']"))
          .contains("1.234,56 €")
          .contains("7.000,00 €");
      pm.screenshot("cp-03-two-proposals").assertAccessible("cost plan tab with proposals (de)");
      assertThat(dashboardPlanned(finance))
          .as("a proposal counts nowhere before finance approves it")
          .isEqualByComparingTo(before);

      // Finance sees both among the open proposals and decides: approve one, reject the other.
      finance.open("/finance/proposals.xhtml").screenshot("cp-04-proposals");
      finance.assertAccessible("proposals page (de)");
      finance.click(decideButton(finance, own.code(), year));
      finance.type("proposals:decisionReason", "").click("proposals:reject");
      assertThat(finance.text("[id='proposals:decisionReasonMessage']"))
          .isEqualTo("Bitte geben Sie eine Begründung an.");
      finance.click("proposals:approve");
      assertThat(finance.text("[id='proposals:messages']"))
          .contains("Vorschlag für " + own.code() + ", " + year + " Sachausgaben genehmigt.");
      finance.click(decideButton(finance, own.code(), year + 1));
      finance
          .type("proposals:decisionReason", "Personal ist über den Stellenplan finanziert")
          .click("proposals:reject")
          .screenshot("cp-05-decided");
      assertThat(finance.text("[id='proposals:messages']")).contains("abgelehnt");
      assertThat(finance.text("[id='proposals:table']")).doesNotContain(own.code());

      // The dashboard's plan figure moves by exactly the approved 1.234,56 €.
      assertThat(dashboardPlanned(finance).subtract(before))
          .isEqualByComparingTo(new BigDecimal("1234.56"));

      // The manager sees the approved line; the rejected one is gone, its reason in the history.
      pm.open("/project.xhtml?code=" + own.code()).click(WorkspaceJourneyIT.tab(pm, "Kostenplan"));
      assertThat(planLineCount(pm)).isEqualTo(1);
      assertThat(pm.text("table.matrix")).contains("1.234,56 €").contains("1.000,00 €");

      // Removing needs a reason; with one it becomes a proposal that finance approves.
      pm.click(pm.element("tabs:costPlan:planLines:0:removeLine"))
          .click("tabs:costPlan:confirmRemoval");
      assertThat(pm.text("[id='tabs:costPlan:removalReasonMessage']"))
          .isEqualTo("Bitte geben Sie eine Begründung an.");
      pm.type("tabs:costPlan:removalReason", "Beschaffung entfällt nach Ratsbeschluss")
          .click("tabs:costPlan:confirmRemoval")
          .screenshot("cp-06-removal-proposed");
      assertThat(pm.text("[id='tabs:costPlan:planLines']")).contains("Entfernen vorgeschlagen");
      assertThat(dashboardPlanned(finance).subtract(before))
          .as("still approved until finance decides")
          .isEqualByComparingTo(new BigDecimal("1234.56"));

      finance.open("/finance/proposals.xhtml");
      finance.click(decideButton(finance, own.code(), year)).click("proposals:approve");
      assertThat(dashboardPlanned(finance)).isEqualByComparingTo(before);

      pm.open("/project.xhtml?code=" + own.code()).click(WorkspaceJourneyIT.tab(pm, "Kostenplan"));
      assertThat(planLineCount(pm)).isZero();
      pm.click(WorkspaceJourneyIT.tab(pm, "Verlauf")).screenshot("cp-07-history");
      assertThat(pm.text("[id='tabs:history']"))
          .contains("Beschaffung entfällt nach Ratsbeschluss")
          .contains("Personal ist über den Stellenplan finanziert");
    }
  }

  @Test
  void theCostPlanTabAndTheProposalsPageReadWellInEnglishAndOthersCannotDecide() throws Exception {
    Own own = ownProjectAndManager();
    int year = CityDay.today().getYear();
    try (Browser pm = Browser.start(base.toURI().resolve("/"), "en")) {
      pm.signIn(own.username(), OWN_PASSWORD).open("/project.xhtml?code=" + own.code());
      pm.click(WorkspaceJourneyIT.tab(pm, "Cost plan"));
      proposeLine(pm, year, "SACH", "250.00", "250.00");
      assertThat(pm.text("[id='tabs:costPlan:planLines']")).contains("€250.00");
      pm.screenshot("cp-08-cost-plan-en").assertAccessible("cost plan tab (en)");
      assertThat(pm.exists("session:navProposals")).isFalse();
    }
    try (Browser finance = Browser.start(base.toURI().resolve("/"), "en")) {
      finance.signIn("finance", "finance-demo-2026").clickToLoad("session:navProposals");
      assertThat(finance.text("h1")).isEqualTo("Cost-plan proposals");
      assertThat(finance.text("[id='proposals:table']")).contains(own.code());
      finance.click(decideButton(finance, own.code(), year));
      finance.screenshot("cp-09-proposals-en").assertAccessible("proposals page (en)");
    }
    // Neither the council nor a project manager may open the page or post a decision.
    for (String[] user :
        List.of(
            new String[] {"council", "council-demo-2026"},
            new String[] {own.username(), OWN_PASSWORD})) {
      WebSession session = new WebSession(base.toURI().resolve("/"), "de");
      session.signIn(user[0], user[1]);
      assertThat(session.get("/finance/proposals.xhtml").statusCode()).as(user[0]).isEqualTo(403);
    }
    try (Browser finance = Browser.start(base.toURI().resolve("/"), "de")) {
      finance.signIn("finance", "finance-demo-2026").open("/finance/proposals.xhtml");
      assertThat(finance.text("[id='proposals:table']"))
          .as("the proposal is still open")
          .contains(own.code());
    }
  }

  @Test
  void aMilestonesCompletionIsBackDatedNeverInTheFutureAndReopeningClearsIt() throws Exception {
    Own own = ownProjectAndManager();
    LocalDate today = CityDay.today();
    String title = "Abnahme Ladesäulen";
    try (Browser pm = Browser.start(base.toURI().resolve("/"), "de")) {
      pm.signIn(own.username(), OWN_PASSWORD).open("/project.xhtml?code=" + own.code());
      pm.click(WorkspaceJourneyIT.tab(pm, "Meilensteine"))
          .type("tabs:milestones:title", title)
          .typeDate("tabs:milestones:dueDate", today.format(GERMAN))
          .click("tabs:milestones:save");
      pm.click(
          WorkspaceJourneyIT.milestoneRow(pm, title).findElement(By.cssSelector("[id$=':edit']")));

      pm.typeDate("tabs:milestones:completedOn", today.plusDays(1).format(GERMAN))
          .click("tabs:milestones:saveCompletion");
      assertThat(pm.text("[id='tabs:milestones:completedOnMessage']"))
          .isEqualTo(
              "Ein Meilenstein kann nicht in der Zukunft erreicht werden ("
                  + today.plusDays(1).format(GERMAN)
                  + ").");
      // Each attempt from a freshly opened form, as a user who tries again would.
      pm.click(
          WorkspaceJourneyIT.milestoneRow(pm, title).findElement(By.cssSelector("[id$=':edit']")));
      pm.typeDate("tabs:milestones:completedOn", start().minusDays(1).format(GERMAN))
          .click("tabs:milestones:saveCompletion");
      assertThat(pm.text("[id='tabs:milestones:completedOnMessage']"))
          .contains("vor Projektbeginn (" + start().format(GERMAN) + ")");
      assertThat(WorkspaceJourneyIT.milestoneRow(pm, title).getText()).contains("offen");
      pm.screenshot("cp-10-completion-refused");

      LocalDate done = today.minusDays(10);
      pm.click(
          WorkspaceJourneyIT.milestoneRow(pm, title).findElement(By.cssSelector("[id$=':edit']")));
      pm.typeDate("tabs:milestones:completedOn", done.format(GERMAN))
          .click("tabs:milestones:saveCompletion");
      assertThat(WorkspaceJourneyIT.milestoneRow(pm, title).getText())
          .contains("erreicht")
          .contains(done.format(GERMAN));
      pm.screenshot("cp-11-back-dated").assertAccessible("milestones tab (de)");

      pm.click(
          WorkspaceJourneyIT.milestoneRow(pm, title)
              .findElement(By.cssSelector("[id$=':reopen']")));
      assertThat(WorkspaceJourneyIT.milestoneRow(pm, title).getText())
          .doesNotContain("erreicht")
          .doesNotContain(done.format(GERMAN));
      pm.click(
          WorkspaceJourneyIT.milestoneRow(pm, title).findElement(By.cssSelector("[id$=':edit']")));
      assertThat(pm.element("tabs:milestones:completedOn_input").getAttribute("value")).isEmpty();
    }
  }

  @Test
  void aKeyFigureKeepsThreeMeasurementsShownInItsChartAndTableAndRefusesBadInput()
      throws Exception {
    Own own = ownProjectAndManager();
    LocalDate today = CityDay.today();
    String measure = "IT-Angebundene Sensoren";
    try (Browser pm = Browser.start(base.toURI().resolve("/"), "de")) {
      pm.signIn(own.username(), OWN_PASSWORD).open("/project.xhtml?code=" + own.code());
      // The header names the person linked to the account, not the login.
      assertThat(pm.text(".app-user-name")).isEqualTo("Kostenplan " + own.username());

      // The figure: from 0 sensors towards 240, more is better.
      pm.click("tabs:overview:addKpi");
      pm.type("tabs:overview:kpiLines:0:measure", measure)
          .type("tabs:overview:kpiLines:0:unit", "Sensoren")
          .type("tabs:overview:kpiLines:0:baseline", "0")
          .type("tabs:overview:kpiLines:0:target", "240")
          .click("tabs:overview:saveKpis");
      assertThat(pm.text("[id='tabs:overview:messages']"))
          .contains("Die Kennzahlen sind gespeichert.");

      pm.click(WorkspaceJourneyIT.tab(pm, "Kennzahlen")).screenshot("kpi-01-tab-empty");
      assertThat(pm.text("[id='tabs:kpis:standings']"))
          .contains(measure)
          .contains("≥ 240 Sensoren");

      // Not a number: refused next to the field, nothing stored.
      measure(pm, today.minusDays(60), "zwölf", null);
      assertThat(pm.text("[id='tabs:kpis:valueMessage']"))
          .startsWith("Bitte geben Sie eine Zahl ein");
      assertThat(measurementRows(pm)).isZero();
      // Tomorrow: refused next to the date, nothing stored.
      measure(pm, today.plusDays(1), "5", null);
      assertThat(pm.text("[id='tabs:kpis:measuredOnMessage']"))
          .isEqualTo(
              "Das Messdatum ("
                  + today.plusDays(1).format(GERMAN)
                  + ") liegt nach dem heutigen Tag ("
                  + today.format(GERMAN)
                  + ").");
      assertThat(measurementRows(pm)).isZero();
      pm.screenshot("kpi-02-refused");

      // Three measurements, the second with a decimal comma and a note.
      measure(pm, today.minusDays(60), "40", null);
      assertThat(pm.text("[id='tabs:kpis:messages']"))
          .contains("Die Messung zu „" + measure + "“ ist gespeichert.");
      measure(pm, today.minusDays(30), "110,5", "nach Ausbau Nord");
      measure(pm, today, "180", null);
      pm.screenshot("kpi-03-three-measurements").assertAccessible("key figures tab (de)");

      assertThat(measurementRows(pm)).isEqualTo(3);
      assertThat(pm.text("[id='tabs:kpis:figures:0:measurements']"))
          .contains(today.minusDays(60).format(GERMAN) + " 40 Sensoren")
          .contains(today.minusDays(30).format(GERMAN) + " 110,5 Sensoren nach Ausbau Nord")
          .contains(today.format(GERMAN) + " 180 Sensoren");
      // The latest against the target: 180 of 240 from a baseline of 0 = 75 %.
      assertThat(pm.text("[id='tabs:kpis:standings']"))
          .contains("180 Sensoren")
          .contains("Ziel noch nicht erreicht (75 %)");

      // The chart draws the same three values on their days, and the target beside them.
      @SuppressWarnings("unchecked")
      Map<String, Object> data =
          (Map<String, Object>)
              pm.chart(
                  "tabs:kpis:figures:0:chart",
                  "return {labels: chart.data.labels,"
                      + " values: chart.data.datasets[0].data.map(String),"
                      + " target: chart.data.datasets[1].data.map(String)};");
      assertThat(data.get("labels"))
          .isEqualTo(
              List.of(
                  today.minusDays(60).format(GERMAN),
                  today.minusDays(30).format(GERMAN),
                  today.format(GERMAN)));
      assertThat(data.get("values")).isEqualTo(List.of("40", "110.5", "180"));
      assertThat(data.get("target")).isEqualTo(List.of("240", "240", "240"));

      // The history tells of each measurement in words.
      pm.click(WorkspaceJourneyIT.tab(pm, "Verlauf"));
      assertThat(pm.text("[id='tabs:history']"))
          .contains("Messung " + measure + ", " + today.minusDays(30).format(GERMAN) + ": 110,5");
    }
    // The council reads the figure and its history and has no form to add one.
    try (Browser council = Browser.start(base.toURI().resolve("/"), "de")) {
      council.signIn("council", "council-demo-2026").open("/project.xhtml?code=" + own.code());
      council.click(WorkspaceJourneyIT.tab(council, "Kennzahlen"));
      assertThat(measurementRows(council)).isEqualTo(3);
      assertThat(council.exists("tabs:kpis:record")).isFalse();
    }
  }

  // --- helpers ---

  private record Own(String code, String username) {}

  /** A project manager of the test's own, signed in once to replace the first password. */
  private Own ownProjectAndManager() throws Exception {
    HttpResponse<String> created =
        new WebSession(base.toURI().resolve("/"), "de")
            .send(
                "POST",
                CostPlanProbeServlet.PATH
                    + "?start="
                    + start()
                    + "&end="
                    + end()
                    + "&password="
                    + FIRST_PASSWORD,
                null,
                Map.of());
    assertThat(created.statusCode()).as("project and manager set up").isEqualTo(200);
    String[] parts = created.body().split(";");
    WebSession user = new WebSession(base.toURI().resolve("/"), "de");
    user.signIn(parts[1], FIRST_PASSWORD);
    user.submit(
        "/account/password.xhtml",
        "password",
        Map.of(
            "currentPassword", FIRST_PASSWORD,
            "newPassword", OWN_PASSWORD,
            "confirmation", OWN_PASSWORD,
            "submit", ""));
    return new Own(parts[0], parts[1]);
  }

  private static void proposeLine(
      Browser browser, int year, String category, String planned, String eligible) {
    retype(browser, "tabs:costPlan:planYear_input", String.valueOf(year));
    browser.executeScript(
        "document.getElementById(arguments[0]).value = arguments[1];",
        "tabs:costPlan:planCategory_input",
        category);
    retype(browser, "tabs:costPlan:planned_input", planned);
    retype(browser, "tabs:costPlan:plannedEligible_input", eligible);
    browser.click("tabs:costPlan:savePlan");
  }

  /** Replaces what a number field holds as a user does: select all, delete, type. */
  private static void retype(Browser browser, String id, String text) {
    WebElement field = browser.element(id);
    field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    field.sendKeys(text);
  }

  /** Enters a measurement of the project's only key figure on the key-figures tab. */
  private static void measure(Browser browser, LocalDate day, String value, String note) {
    browser.executeScript(
        "document.getElementById(arguments[0]).value = arguments[1];", "tabs:kpis:kpi_input", "1");
    browser.typeDate("tabs:kpis:measuredOn", day.format(GERMAN));
    browser.type("tabs:kpis:value", value);
    browser.type("tabs:kpis:note", note == null ? "" : note);
    browser.click("tabs:kpis:record");
  }

  private static int measurementRows(Browser browser) {
    return (int)
        browser.all("[id='tabs:kpis:figures:0:measurements_data'] tr").stream()
            .filter(row -> !row.getAttribute("class").contains("ui-datatable-empty-message"))
            .count();
  }

  private static int planLineCount(Browser browser) {
    return (int)
        browser.all("[id='tabs:costPlan:planLines_data'] tr").stream()
            .filter(row -> !row.getAttribute("class").contains("ui-datatable-empty-message"))
            .count();
  }

  /** The dashboard's planned tile, read as a finance user, in euros. */
  private static BigDecimal dashboardPlanned(Browser browser) {
    browser.open("/dashboard.xhtml");
    String text = browser.text("#tile-planned .tile-value");
    // "12.345.678,90 €": the digits are the cents.
    return new BigDecimal(text.replaceAll("[^0-9]", "")).movePointLeft(2);
  }

  private static WebElement decideButton(Browser browser, String code, int year) {
    return browser.all("[id='proposals:table_data'] tr").stream()
        .filter(row -> row.getText().contains(code))
        .filter(row -> row.findElement(By.cssSelector("[id$=':year']")).getText().equals("" + year))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No proposal " + code + " " + year))
        .findElement(By.cssSelector("[id$=':decide']"));
  }
}
