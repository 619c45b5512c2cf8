package de.smartcity.portfolio.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.smartcity.portfolio.application.AuditService;
import de.smartcity.portfolio.application.MasterDataService;
import de.smartcity.portfolio.application.NewProject;
import de.smartcity.portfolio.application.ProjectFacts;
import de.smartcity.portfolio.application.ProjectService;
import de.smartcity.portfolio.application.ReportService;
import de.smartcity.portfolio.domain.model.organisation.Organisation;
import de.smartcity.portfolio.domain.model.organisation.Person;
import de.smartcity.portfolio.domain.model.project.Kpi;
import de.smartcity.portfolio.domain.model.project.Project;
import de.smartcity.portfolio.domain.model.project.ProjectStatus;
import de.smartcity.portfolio.domain.model.project.ProjectSummary;
import de.smartcity.portfolio.domain.shared.BusinessRuleViolation;
import de.smartcity.portfolio.reports.ReportFormat;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 18, points 1 and 2: registering a project and the master data pages. The browser journey
 * sets up a new project manager from scratch (organisation, person and user) and registers their
 * first project; the in-server tests check retiring, the registration's rules and the audit trail.
 * Everything is created under {@code IT-}/{@code it-} names; no demo record is renamed or retired.
 */
@ExtendWith(ArquillianExtension.class)
class MasterDataIT {

  private static final String FIRST_PASSWORD = "erstes-passwort-2026";
  private static final String OWN_PASSWORD = "Stammdaten-Passwort-7215-qz";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.suite();
  }

  @Inject MasterDataService masterData;
  @Inject ProjectService projects;
  @Inject ReportService reports;
  @Inject AuditService audit;

  @Test
  @RunAsClient
  void anAdministratorSetsUpANewManagerWhoFindsTheirFirstProjectUnderMyProjects(
      @ArquillianResource URL base) throws Exception {
    String code = ProjectScenario.code("MD");
    String suffix = code.substring(code.lastIndexOf('-') + 1);
    String shortName = "IT-O-" + suffix;
    String organisation = "IT-Organisation " + suffix;
    String username = "it-md-" + suffix.toLowerCase(Locale.ROOT);
    String personName = "IT-Leitung " + suffix;
    String title = "IT-Registrierung " + suffix;
    try (Browser admin = Browser.start(base.toURI().resolve("/"), "de")) {
      admin.signIn("admin", "admin-demo-2026");

      admin.clickToLoad("session:navMasterData").screenshot("md-01-themes");
      assertThat(admin.text("h1")).isEqualTo("Leitthemen");
      admin.assertAccessible("master data: themes");
      admin.clickToLoad("tabOrganisations");
      admin
          .type("editor:shortName", shortName)
          .type("editor:name", organisation)
          .clickToLoad("editor:save")
          .screenshot("md-02-organisation-added");
      assertThat(admin.text("[id='records:messages']"))
          .contains(organisation + " ist gespeichert.");
      assertThat(admin.text("[id='records:table']")).contains(shortName, organisation);
      admin.assertAccessible("master data: organisations");

      // the user and, in the same step, the person they are
      admin.open("/admin/users.xhtml");
      admin.type("create:username", username).type("create:displayName", personName);
      MasterDataPages.clickLabel(admin, "create", "Projektleitung");
      MasterDataPages.choose(admin, "create:organisation", shortName);
      MasterDataPages.tick(admin, "create:createPerson");
      admin
          .type("create:personEmail", username + "@example.org")
          .type("create:initialPassword", FIRST_PASSWORD)
          .clickToLoad("create:submit")
          .screenshot("md-03-user-and-person");
      assertThat(admin.pageText()).contains("Benutzer " + username + " angelegt");
      admin.open("/admin/people.xhtml");
      assertThat(admin.text("[id='records:table']")).contains(personName, organisation, username);
      admin.assertAccessible("master data: people");

      // the portfolio's button leads to the registration, which proposes the theme's next code
      admin.open("/").clickToLoad("portfolio:registerProject").screenshot("md-04-register");
      assertThat(admin.text("h1")).isEqualTo("Projekt anlegen");
      admin.assertAccessible("register a project");
      MasterDataPages.choose(admin, "register:theme", "INF");
      assertThat(admin.element("register:code").getAttribute("value")).matches("INF-[0-9]{2,}");
      admin
          .type("register:code", code)
          .type("register:title", title)
          .type("register:summary", "Angelegt von MasterDataIT");
      MasterDataPages.choose(admin, "register:leadOrganisation", shortName);
      MasterDataPages.choose(admin, "register:projectManager", username + "@example.org");
      admin
          .type("register:kpi:0:measure", "IT-Sensoren angebunden")
          .type("register:kpi:0:target", "120")
          .clickToLoad("register:submit")
          .screenshot("md-05-registered");
      // it opens on its project page, as an idea, with its manager and organisation
      assertThat(admin.text("h1")).startsWith(code);
      assertThat(admin.pageText())
          .contains("Projekt " + code + " ist angelegt.", title, "Idee", personName, organisation);
    }

    // the new manager replaces the first password and finds the project under "my projects"
    WebSession first = new WebSession(base.toURI().resolve("/"), "de");
    first.signIn(username, FIRST_PASSWORD);
    first.submit(
        "/account/password.xhtml",
        "password",
        Map.of(
            "currentPassword", FIRST_PASSWORD,
            "newPassword", OWN_PASSWORD,
            "confirmation", OWN_PASSWORD,
            "submit", ""));
    try (Browser manager = Browser.start(base.toURI().resolve("/"), "de")) {
      manager.signIn(username, OWN_PASSWORD);
      MasterDataPages.tick(manager, "portfolio:mine");
      manager.waitUntil(() -> MasterDataPages.projectCount(manager) == 1);
      manager.screenshot("md-06-my-projects");
      assertThat(manager.text("[id='portfolio:projects']")).contains(code, title);

      // a project manager registers with themself as manager, which they cannot change
      manager.open("/project-new.xhtml").screenshot("md-07-register-as-manager");
      assertThat(manager.exists("register:projectManager")).isFalse();
      assertThat(manager.text("[id='register:managerFixed']")).isEqualTo(personName);
    }

    // retired, the organisation leaves every choice and stays on its project's page
    WebSession admin = new WebSession(base.toURI().resolve("/"), "de");
    admin.signIn("admin", "admin-demo-2026");
    MasterDataPages.pressInRow(admin, "/admin/organisations.xhtml", shortName, "retire");
    assertThat(admin.open("/admin/organisations.xhtml").body()).contains("stillgelegt");
    assertThat(MasterDataPages.optionLabels(admin, "/project-new.xhtml"))
        .isNotEmpty()
        .doesNotContain(organisation);
    assertThat(MasterDataPages.optionLabels(admin, "/admin/users.xhtml"))
        .isNotEmpty()
        .doesNotContain(organisation);
    assertThat(MasterDataPages.optionLabels(admin, "/")).isNotEmpty().doesNotContain(organisation);
    assertThat(MasterDataPages.text(admin, "/project.xhtml?code=" + code)).contains(organisation);
  }

  @Test
  @RunAsClient
  void theNewPagesHaveNoSeriousAccessibilityIssuesInEnglishOrGerman(@ArquillianResource URL base)
      throws Exception {
    try (Browser admin = Browser.start(base.toURI().resolve("/"), "en")) {
      admin.signIn("admin", "admin-demo-2026");
      for (String page :
          List.of("themes", "fields", "organisations", "people", "cost-categories", "users")) {
        admin.open("/admin/" + page + ".xhtml").screenshot("md-en-" + page);
        admin.assertAccessible("admin/" + page + " (English)");
      }
      admin.open("/admin/fields.xhtml");
      assertThat(admin.text("h1")).isEqualTo("Fields of action");
      admin.open("/project-new.xhtml").screenshot("md-en-register");
      assertThat(admin.text("h1")).isEqualTo("Register a project");
      admin.assertAccessible("register a project (English)");
    }
    try (Browser admin = Browser.start(base.toURI().resolve("/"), "de")) {
      admin.signIn("admin", "admin-demo-2026");
      for (String page :
          List.of("themes", "fields", "organisations", "people", "cost-categories")) {
        admin.open("/admin/" + page + ".xhtml").screenshot("md-de-" + page);
        admin.assertAccessible("admin/" + page + " (German)");
      }
      admin.open("/project-new.xhtml").screenshot("md-de-register");
      assertThat(admin.text("h1")).isEqualTo("Projekt anlegen");
      admin.assertAccessible("register a project (German)");
    }
  }

  @Test
  @RunAsClient
  void badInputOnEveryNewFormGetsAMessageNextToTheFieldAndStoresNothing(
      @ArquillianResource URL base) throws Exception {
    String code = ProjectScenario.code("MB");
    for (String language : List.of("de", "en")) {
      boolean de = language.equals("de");
      WebSession admin = new WebSession(base.toURI().resolve("/"), language);
      admin.signIn("admin", "admin-demo-2026");

      // registration: nothing filled in, then a malformed code and an unreadable date
      var page =
          MasterDataPages.page(
              admin.submit("/project-new.xhtml", "register", Map.of("submit", "")));
      MasterDataPages.assertMessageAt(
          page,
          "register:code",
          de
              ? "Bitte geben Sie ein Kürzel wie INF-16 ein."
              : "Please enter a code such as INF-16.");
      MasterDataPages.assertMessageAt(
          page, "register:title", de ? "Bitte geben Sie einen Titel an." : "Please enter a title.");
      MasterDataPages.assertMessageAt(
          page,
          "register:leadOrganisation",
          de
              ? "Bitte wählen Sie die federführende Organisation."
              : "Please choose the lead organisation.");
      page =
          MasterDataPages.register(
              admin, "it md!", "IT-Fehleingabe " + code, "startDate_input", "31.02.2026");
      assertThat(MasterDataPages.messageNear(page, "register:startDate"))
          .contains(de ? "Bitte geben Sie ein Datum wie" : "Please enter a date such as");
      page = MasterDataPages.register(admin, "it md!", "IT-Fehleingabe " + code);
      assertThat(MasterDataPages.messageNear(page, "register:code")).isNotBlank();
      // a code that is taken, next to the code field
      page = MasterDataPages.register(admin, "INF-01", "IT-Fehleingabe " + code);
      MasterDataPages.assertMessageAt(
          page,
          "register:code",
          de
              ? "Das Projektkürzel INF-01 ist bereits vergeben."
              : "The project code INF-01 is already in use.");
      assertThat(admin.open("/?q=IT-Fehleingabe").body()).doesNotContain("IT-Fehleingabe " + code);

      // master data forms
      page =
          MasterDataPages.page(
              admin.submit("/admin/organisations.xhtml", "editor", Map.of("save", "")));
      MasterDataPages.assertMessageAt(
          page,
          "editor:shortName",
          de ? "Bitte geben Sie einen Kurznamen ein." : "Please enter a short name.");
      MasterDataPages.assertMessageAt(
          page, "editor:name", de ? "Bitte geben Sie einen Namen ein." : "Please enter a name.");
      page =
          MasterDataPages.page(
              admin.submit(
                  "/admin/fields.xhtml",
                  "editor",
                  Map.of(
                      "theme_input", "INF",
                      "code", "IT-F" + language,
                      "name", "IT-Feld " + code,
                      "sortOrder", "vier",
                      "save", "")));
      MasterDataPages.assertMessageAt(
          page,
          "editor:sortOrder",
          de
              ? "Bitte geben Sie eine ganze Zahl wie 4 ein."
              : "Please enter a whole number such as 4.");
      page =
          MasterDataPages.page(
              admin.submit(
                  "/admin/people.xhtml",
                  "editor",
                  Map.of(
                      "name", "IT-Person " + code,
                      "email", "keine-adresse",
                      "organisation_input", "STADT",
                      "save", "")));
      assertThat(MasterDataPages.messageNear(page, "editor:email")).isNotBlank();
      page =
          MasterDataPages.page(
              admin.submit("/admin/cost-categories.xhtml", "editor", Map.of("save", "")));
      MasterDataPages.assertMessageAt(
          page, "editor:code", de ? "Bitte geben Sie ein Kürzel ein." : "Please enter a code.");
      page =
          MasterDataPages.page(
              admin.submit(
                  "/admin/users.xhtml",
                  "create",
                  Map.of(
                      "username",
                      "it-mb-" + language + code.substring(6).toLowerCase(Locale.ROOT),
                      "displayName",
                      "IT-Benutzer " + code,
                      "createPerson_input",
                      "on",
                      "personEmail",
                      "",
                      "initialPassword",
                      FIRST_PASSWORD,
                      "submit",
                      "")));
      MasterDataPages.assertMessageAt(
          page,
          "create:personEmail",
          de
              ? "Bitte geben Sie die E-Mail-Adresse der Person ein."
              : "Please enter the e-mail address of the new person.");
      String pages =
          admin.open("/admin/fields.xhtml").body()
              + admin.open("/admin/people.xhtml").body()
              + admin.open("/admin/users.xhtml").body();
      assertThat(pages)
          .doesNotContain("IT-Feld " + code, "IT-Person " + code, "IT-Benutzer " + code);
    }
  }

  @Test
  @RunAsClient
  void onlyAdministratorsReachTheMasterDataPagesAndCouncilAndFinanceCannotRegister(
      @ArquillianResource URL base) throws Exception {
    for (String[] user :
        List.of(
            new String[] {"pm", "pm-demo-2026"},
            new String[] {"finance", "finance-demo-2026"},
            new String[] {"council", "council-demo-2026"})) {
      WebSession session = new WebSession(base.toURI().resolve("/"), "de");
      session.signIn(user[0], user[1]);
      for (String page :
          List.of("themes", "fields", "organisations", "people", "cost-categories")) {
        assertThat(session.get("/admin/" + page + ".xhtml").statusCode())
            .as("%s on %s", user[0], page)
            .isEqualTo(403);
      }
      assertThat(session.get("/project-new.xhtml").statusCode())
          .as("%s on the registration", user[0])
          .isEqualTo(user[0].equals("pm") ? 200 : 403);
    }
  }

  @Test
  void aRetiredOrganisationLeavesTheChoicesButStaysOnItsProjectAndInTheReports() throws Exception {
    String code = ProjectScenario.code("MR");
    String shortName = "IT-R-" + code.substring(code.lastIndexOf('-') + 1);
    String name = "IT-Stillgelegt " + shortName;
    Organisation added = As.admin(() -> masterData.addOrganisation(shortName, name, false));
    Person person =
        As.admin(
            () ->
                masterData.addPerson(
                    "IT-Person " + shortName,
                    shortName.toLowerCase(Locale.ROOT) + "@example.org",
                    shortName));
    As.admin(
        () ->
            projects.register(
                new NewProject(code, ProjectStatus.IDEA, facts("IT-Alt " + code, shortName, null)),
                List.of(Kpi.of("IT-Kennzahl", new java.math.BigDecimal("10")))));

    Organisation retired =
        As.admin(() -> masterData.retireOrganisation(shortName, added.getVersion(), true));

    assertThat(retired.isRetired()).isTrue();
    assertThat(As.council(() -> masterData.organisations()))
        .extracting(Organisation::getShortName)
        .doesNotContain(shortName)
        .contains("STADT");
    assertThat(As.admin(() -> masterData.register().organisations()))
        .filteredOn(o -> o.getShortName().equals(shortName))
        .singleElement()
        .satisfies(o -> assertThat(o.isRetired()).isTrue());
    // the person keeps their organisation; the project keeps its lead organisation and KPI
    assertThat(As.council(() -> masterData.people()))
        .filteredOn(p -> p.getId().equals(person.getId()))
        .singleElement()
        .satisfies(p -> assertThat(p.getOrganisation().getName()).isEqualTo(name));
    long id = As.council(() -> projects.findProject(code)).orElseThrow().id();
    Project project = As.council(() -> projects.loadProject(id)).orElseThrow();
    assertThat(project.getLeadOrganisation().getName()).isEqualTo(name);
    assertThat(project.getStatus()).isEqualTo(ProjectStatus.IDEA);
    assertThat(project.getKpis()).extracting(Kpi::getMeasure).containsExactly("IT-Kennzahl");

    // a new project cannot name it any more
    assertThatThrownBy(
            () ->
                As.admin(
                    () ->
                        projects.register(
                            new NewProject(
                                ProjectScenario.code("MR"),
                                ProjectStatus.IDEA,
                                facts("IT-Neu " + code, shortName, null)),
                            List.of())))
        .isInstanceOfSatisfying(
            BusinessRuleViolation.class,
            refused -> {
              assertThat(refused.getMessageKey()).isEqualTo("masterdata.retired");
              assertThat(refused.getField()).isEqualTo("leadOrganisation");
            });

    // the regenerated portfolio report still names it on the project's line, Excel and PDF
    byte[] excel =
        As.council(() -> reports.portfolioReport(ReportFormat.XLSX, Locale.GERMAN)).content();
    try (XSSFWorkbook workbook = ReadBack.workbook(excel)) {
      Sheet sheet = workbook.getSheetAt(0);
      Row line = null;
      for (Row candidate : sheet) {
        if (candidate.getCell(1) != null && code.equals(candidate.getCell(1).toString())) {
          line = candidate;
        }
      }
      assertThat(line).as("the project's line").isNotNull();
      assertThat(line.getCell(5).toString()).isEqualTo(name);
    }
    byte[] pdf =
        As.council(() -> reports.portfolioReport(ReportFormat.PDF, Locale.GERMAN)).content();
    // a narrow column may break a name over lines: compared without white space
    assertThat(ReadBack.pdfText(pdf).replaceAll("\\s+", ""))
        .contains(code)
        .contains(name.replaceAll("\\s+", ""));

    // the audit trail holds the retirement, with the administrator who made it
    assertThat(As.admin(() -> audit.recordHistory("Organisation", added.getId())))
        .anySatisfy(
            line -> {
              assertThat(line.field()).isEqualTo("retired");
              assertThat(line.newValue()).isEqualTo("true");
              assertThat(line.username()).isEqualTo("admin");
            });

    // brought back, it can be chosen again
    As.admin(() -> masterData.retireOrganisation(shortName, retired.getVersion(), false));
    assertThat(As.council(() -> masterData.organisations()))
        .extracting(Organisation::getShortName)
        .contains(shortName);
  }

  @Test
  void registrationRefusesTakenCodesAndTitlesAndAProjectManagerRegistersOnlyForThemself()
      throws Exception {
    String code = ProjectScenario.code("MT");
    String title = "IT-Titel " + code;
    Project first =
        As.projectManager(
            () ->
                projects.register(
                    new NewProject(code, ProjectStatus.PLANNED, facts(title, "STADT", As.PM_EMAIL)),
                    List.of()));
    assertThat(first.getProjectManager()).map(Person::getEmail).contains(As.PM_EMAIL);

    assertRefused(
        () ->
            projects.register(
                new NewProject(code, ProjectStatus.IDEA, facts("IT-Anders " + code, "STADT", null)),
                List.of()),
        "project.code.taken",
        "code");
    // the same title in other letters' case and with blanks around it is the same title
    assertRefused(
        () ->
            projects.register(
                new NewProject(
                    ProjectScenario.code("MT"),
                    ProjectStatus.IDEA,
                    facts("  " + title.toUpperCase(Locale.ROOT) + " ", "STADT", null)),
                List.of()),
        "project.title.taken",
        "title");

    // the demo manager can neither hand a new project to someone else nor leave it without one
    String otherManager =
        As.council(() -> masterData.people()).stream()
            .map(Person::getEmail)
            .filter(email -> !email.equals(As.PM_EMAIL))
            .findFirst()
            .orElseThrow();
    for (String manager : new String[] {otherManager, null}) {
      String other = ProjectScenario.code("MT");
      assertThatThrownBy(
              () ->
                  As.projectManager(
                      () ->
                          projects.register(
                              new NewProject(
                                  other,
                                  ProjectStatus.IDEA,
                                  facts("IT-Fremd " + other, "STADT", manager)),
                              List.of())))
          .isInstanceOfSatisfying(
              BusinessRuleViolation.class,
              refused -> assertThat(refused.getMessageKey()).isEqualTo("project.manager.self"));
      assertThat(As.council(() -> projects.findProject(other))).isEmpty();
    }

    // the proposal: the theme's code and one more than the highest number in use
    int highest =
        As.council(() -> projects.listProjects()).stream()
            .map(ProjectSummary::code)
            .filter(c -> c.matches("WIS-[0-9]+"))
            .mapToInt(c -> Integer.parseInt(c.substring(4)))
            .max()
            .orElse(0);
    assertThat(As.council(() -> projects.proposeCode("WIS")))
        .isEqualTo("WIS-%02d".formatted(highest + 1));
  }

  private void assertRefused(As.Work<?> work, String key, String field) {
    assertThatThrownBy(() -> As.admin(work))
        .isInstanceOfSatisfying(
            BusinessRuleViolation.class,
            refused -> {
              assertThat(refused.getMessageKey()).isEqualTo(key);
              assertThat(refused.getField()).isEqualTo(field);
            });
  }

  private static ProjectFacts facts(String title, String lead, String managerEmail) {
    return new ProjectFacts(
        title,
        null,
        "INF",
        null,
        lead,
        Set.of(),
        managerEmail,
        Set.of(),
        LocalDate.of(2026, 1, 1),
        LocalDate.of(2027, 12, 31),
        null);
  }
}
