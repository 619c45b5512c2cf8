package de.smartcity.portfolio.it;

import static org.assertj.core.api.Assertions.assertThat;

import de.smartcity.portfolio.application.AccountService;
import de.smartcity.portfolio.application.BudgetService;
import de.smartcity.portfolio.application.ProjectService;
import de.smartcity.portfolio.application.StatusReportService;
import de.smartcity.portfolio.application.UserAdministrationService;
import de.smartcity.portfolio.domain.model.budget.CostPlanLine;
import de.smartcity.portfolio.domain.model.project.Project;
import de.smartcity.portfolio.domain.model.user.Role;
import de.smartcity.portfolio.domain.shared.Money;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Dates, amounts and texts out of bounds, sent over HTTP as the project page's forms send them
 * (issue 16, findings 4 and 7): each is refused with a message in the user's language next to its
 * field, and nothing is stored. Runs inside the server to set up its own grant, project and users
 * (a project manager and a finance user), and to read back what was stored; it posts to the server
 * over loopback like a browser.
 */
@ExtendWith(ArquillianExtension.class)
class InputBoundsIT {

  private static final String PASSWORD = "Grenzwert-Probe-Kx9!qZ7#mW2";
  private static final String PAGE = "/project.xhtml?code=";

  @Deployment
  static EnterpriseArchive deployment() throws Exception {
    return Deployments.suite();
  }

  @Inject FundedScenario scenario;
  @Inject ProjectService projects;
  @Inject BudgetService budgets;
  @Inject StatusReportService reports;
  @Inject UserAdministrationService users;
  @Inject AccountService accounts;

  private String suffix;
  private Project project;
  private String projectManager;
  private String finance;

  /**
   * A project from 2024 to 2026 of its own grant, funded from 1 January 2024 to 31 December 2025,
   * with 17,970.99 planned for staff in 2025; its manager and a finance user, who have chosen their
   * own password.
   */
  @BeforeEach
  void setUp() throws Exception {
    suffix = UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
    project =
        As.admin(
            () -> {
              Project created =
                  scenario
                      .grantWithProject(
                          LocalDate.of(2025, 12, 31), LocalDate.of(2026, 12, 31), "SEC Grenzen")
                      .project();
              budgets.planCost(
                  created.getId(),
                  2025,
                  "PERS",
                  new BigDecimal("17970.99"),
                  new BigDecimal("17970.99"));
              return created;
            });
    projectManager = user("it-pm-" + suffix, Role.PROJECT_MANAGER, As.PM_EMAIL);
    finance = user("it-fin-" + suffix, Role.FINANCE, null);
  }

  private String user(String username, Role role, String person) throws Exception {
    String first = "Erstes-Passwort-" + UUID.randomUUID();
    As.admin(
        () -> users.createUser(username, "SEC " + username, Set.of(role), person, null, first));
    As.user(
        username,
        role,
        () -> {
          accounts.changeOwnPassword(first, PASSWORD);
          return null;
        });
    return username;
  }

  private WebSession signedIn(String username) throws Exception {
    int offset = Integer.getInteger("jboss.socket.binding.port-offset", 0);
    WebSession session =
        new WebSession(URI.create("http://127.0.0.1:" + (8080 + offset) + "/"), "de");
    session.signIn(username, PASSWORD);
    return session;
  }

  /** The project page's tabs that hold a form, by the form's id: the tab's id and position. */
  private static final Map<String, Map.Entry<String, Integer>> TABS =
      Map.of(
          "reports", Map.entry("reportsTab", 3),
          "costPlan", Map.entry("costPlanTab", 4),
          "receipts", Map.entry("receiptsTab", 5));

  private static final Pattern VIEW_STATE =
      Pattern.compile("ViewState[^\"]*\"><!\\[CDATA\\[([^\\]]*)\\]\\]>");

  /**
   * Presses a button of one of the project page's tab forms as PrimeFaces' script does: opens the
   * tab (its content loads on demand), then posts the form's fields by ajax. Field names are the
   * inputs' client ids below the form; returns the text of the answer.
   */
  private String press(WebSession session, String form, String button, Map<String, String> fields)
      throws Exception {
    WebSession.Form page = session.form(PAGE + project.getCode(), "sheetForm");
    Map.Entry<String, Integer> tab = TABS.get(form);
    Map<String, String> open = ajax(page, "tabs", "tabs");
    open.put("tabs_contentLoad", "true");
    open.put("tabs_currentTab", "tabs:" + tab.getKey());
    open.put("tabs_tabindex", String.valueOf(tab.getValue()));
    open.put("tabs_activeIndex", String.valueOf(tab.getValue()));
    String opened = post(session, page, open);
    Matcher state = VIEW_STATE.matcher(opened);
    if (state.find()) {
      page.values().put("jakarta.faces.ViewState", state.group(1));
    }

    String formId = "tabs:" + form;
    Map<String, String> values = ajax(page, formId + ":" + button, formId);
    values.put(formId + ":" + button, formId + ":" + button);
    values.put(formId, formId);
    fields.forEach((name, value) -> values.put(formId + ":" + name, value));
    String body = post(session, page, values);
    return Jsoup.parse(body.replace("<![CDATA[", "").replace("]]>", "")).text();
  }

  private static Map<String, String> ajax(WebSession.Form page, String source, String target) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("jakarta.faces.partial.ajax", "true");
    values.put("jakarta.faces.source", source);
    values.put("jakarta.faces.partial.execute", target);
    values.put("jakarta.faces.partial.render", target);
    values.put("jakarta.faces.ViewState", page.values().get("jakarta.faces.ViewState"));
    if (page.values().containsKey("primefaces.nonce")) {
      values.put("primefaces.nonce", page.values().get("primefaces.nonce"));
    }
    return values;
  }

  private static String post(WebSession session, WebSession.Form page, Map<String, String> values)
      throws Exception {
    HttpResponse<byte[]> answer =
        session.postForBytes(
            page.action(),
            values,
            Map.of("Faces-Request", "partial/ajax", "X-Requested-With", "XMLHttpRequest"));
    String body = new String(answer.body(), StandardCharsets.UTF_8);
    assertThat(answer.statusCode()).as(body).isEqualTo(200);
    assertThat(body).doesNotContain("Exception", "<error>");
    return body;
  }

  /** A date picker sends its text; a number input its plain value; a menu its chosen value. */
  private static Map<String, String> date(String id, String text) {
    return Map.of(id + "_input", text);
  }

  private static Map<String, String> number(String id, String plain) {
    return Map.of(id + "_hinput", plain, id + "_input", plain);
  }

  private static Map<String, String> choice(String id, String value) {
    return Map.of(id + "_input", value, id, value);
  }

  @SafeVarargs
  private static Map<String, String> fields(Map<String, String>... parts) {
    Map<String, String> all = new LinkedHashMap<>();
    for (Map<String, String> part : parts) {
      all.putAll(part);
    }
    return all;
  }

  private String report(WebSession session, String date, String progress) throws Exception {
    return press(
        session,
        "reports",
        "submit",
        fields(
            date("reportDate", date),
            Map.of("reportHealth", "GREEN", "progress", progress, "nextSteps", "weiter")));
  }

  @Test
  void shouldRefuseAStatusReportDatedAfterTodayOrBeforeTheProjectAndStoreNone() throws Exception {
    WebSession pm = signedIn(projectManager);

    String future = report(pm, "01.01.2099", "Bericht aus der Zukunft");
    String early = report(pm, "31.12.2023", "Bericht vor dem Start");

    assertThat(future)
        .contains("Das Berichtsdatum 01.01.2099 liegt nach dem heutigen Tag")
        .doesNotContain("Der Statusbericht ist gespeichert");
    assertThat(early)
        .contains("Das Berichtsdatum 31.12.2023 liegt vor dem Projektbeginn (01.01.2024)");
    assertThat(As.admin(() -> reports.reports(project.getId()))).isEmpty();
  }

  private String plan(WebSession session, String year, String category, String planned)
      throws Exception {
    return press(
        session,
        "costPlan",
        "savePlan",
        fields(
            number("planYear", year),
            choice("planCategory", category),
            number("planned", planned),
            number("plannedEligible", "0")));
  }

  private List<CostPlanLine> costPlan() throws Exception {
    return As.admin(() -> budgets.costPlan(project.getId()));
  }

  @Test
  void shouldRefuseCostPlanYearsOutsideTheProjectAndANegativePlanInsteadOfClampingThem()
      throws Exception {
    WebSession pm = signedIn(projectManager);

    String before = plan(pm, "1999", "SACH", "100");
    String after = plan(pm, "2101", "SACH", "100");
    String negative = plan(pm, "2025", "PERS", "-1");
    String tooLarge = plan(pm, "2025", "PERS", "100000000000");

    assertThat(before)
        .contains("Das Jahr 1999 liegt außerhalb der Projektlaufzeit (01.01.2024 bis 31.12.2026)");
    assertThat(after).contains("Das Jahr 2101 liegt außerhalb der Projektlaufzeit");
    assertThat(negative).contains("Beträge dürfen nicht negativ sein");
    assertThat(tooLarge).contains("Beträge dürfen 99.999.999.999,99");
    assertThat(costPlan())
        .singleElement()
        .satisfies(
            line -> {
              assertThat(line.getYear()).isEqualTo(2025);
              assertThat(line.getPlanned()).isEqualTo(Money.of("17970.99"));
            });
  }

  private String receipt(
      WebSession session, String date, String payee, String category, String amount)
      throws Exception {
    return press(
        session,
        "receipts",
        "saveReceipt",
        fields(
            date("paymentDate", date),
            Map.of("payee", payee, "purpose", "Grenzprobe", "referenceNumber", "SEC-" + suffix),
            choice("receiptCategory", category),
            number("amount", amount),
            number("eligibleAmount", amount)));
  }

  @Test
  void shouldRefusePaymentDatesOutsideTheProjectTheGrantOrAfterTodayNamingThePeriod()
      throws Exception {
    WebSession fin = signedIn(finance);

    String ancient = receipt(fin, "01.01.1900", "Firma", "SACH", "10");
    String future = receipt(fin, "01.01.2099", "Firma", "SACH", "10");
    String afterGrant = receipt(fin, "01.06.2026", "Firma", "SACH", "10");
    String tooLarge = receipt(fin, "01.06.2025", "Firma", "SACH", "100000000000");

    assertThat(ancient)
        .contains(
            "Das Zahlungsdatum 01.01.1900 liegt außerhalb der Projektlaufzeit (01.01.2024 bis 31.12.2026)");
    assertThat(future).contains("Das Zahlungsdatum 01.01.2099 liegt nach dem heutigen Tag");
    assertThat(afterGrant)
        .contains(
            "Das Zahlungsdatum 01.06.2026 liegt außerhalb des Förderzeitraums der Zuwendung IT-GRANT-",
            "(01.01.2024 bis 31.12.2025)");
    assertThat(tooLarge).contains("Beträge dürfen 99.999.999.999,99");
    assertThat(As.admin(() -> budgets.receipts(project.getId()))).isEmpty();
    assertThat(As.admin(() -> budgets.projectBudget(project.getId()).years()))
        .containsExactly(2025);
  }

  @Test
  void shouldRefuseControlCharactersAndForgedChoicesWithAMessageNextToTheField() throws Exception {
    WebSession fin = signedIn(finance);
    WebSession pm = signedIn(projectManager);

    String nullByte = receipt(fin, "01.06.2025", "Firma\u0000GmbH", "SACH", "10");
    String forged = receipt(fin, "01.06.2025", "Firma", "NOPE", "10");
    String bell = report(pm, "01.06.2025", "Fortschritt\u0007");
    String forgedHealth =
        press(
            pm,
            "reports",
            "submit",
            fields(date("reportDate", "01.06.2025"), Map.of("reportHealth", "PURPLE")));

    assertThat(nullByte).contains("Bitte entfernen Sie das Steuerzeichen U+0000");
    assertThat(forged).contains("Bitte wählen Sie einen der angebotenen Werte");
    assertThat(bell).contains("Bitte entfernen Sie das Steuerzeichen U+0007");
    assertThat(forgedHealth).contains("Bitte wählen Sie einen der angebotenen Werte");
    assertThat(As.admin(() -> budgets.receipts(project.getId()))).isEmpty();
    assertThat(As.admin(() -> reports.reports(project.getId()))).isEmpty();

    // Line breaks and tabs are text in a multi-line field, and such a report is stored.
    String lines = report(pm, "01.06.2025", "Erste Zeile\r\nZweite\tZeile");
    assertThat(lines).doesNotContain("Steuerzeichen");
    assertThat(As.admin(() -> reports.reports(project.getId())))
        .singleElement()
        .satisfies(
            r ->
                assertThat(r.getProgress())
                    .isEqualToNormalizingNewlines("Erste Zeile\nZweite\tZeile"));
  }
}
