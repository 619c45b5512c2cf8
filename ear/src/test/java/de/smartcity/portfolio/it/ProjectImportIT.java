package de.smartcity.portfolio.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.smartcity.portfolio.application.AuditLine;
import de.smartcity.portfolio.application.AuditService;
import de.smartcity.portfolio.application.BudgetService;
import de.smartcity.portfolio.application.ImportLine.Outcome;
import de.smartcity.portfolio.application.ImportProgress;
import de.smartcity.portfolio.application.ProjectImportLine;
import de.smartcity.portfolio.application.ProjectImportPreview;
import de.smartcity.portfolio.application.ProjectImportService;
import de.smartcity.portfolio.application.ProjectService;
import de.smartcity.portfolio.domain.model.budget.CostPlanLine;
import de.smartcity.portfolio.domain.model.organisation.Organisation;
import de.smartcity.portfolio.domain.model.organisation.Person;
import de.smartcity.portfolio.domain.model.project.Health;
import de.smartcity.portfolio.domain.model.project.Project;
import de.smartcity.portfolio.domain.model.project.ProjectImport;
import de.smartcity.portfolio.domain.model.project.ProjectStatus;
import de.smartcity.portfolio.domain.shared.BusinessRuleViolation;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import javax.sql.DataSource;
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
 * The project import: an administrator's journey in the browser (template, preview with three
 * projects to add and two in error, import, the same file again), the facts, approved cost plans
 * and history of the imported projects, the role check, and a corpus of bad files of which none
 * stores anything.
 */
@ExtendWith({ArquillianExtension.class, InServerAsEverything.class})
class ProjectImportIT {

  static final String[] PROJECT_HEADER = {
    "Projektcode",
    "Titel",
    "Leitthema",
    "Handlungsfeld",
    "Federführende Organisation",
    "Partner",
    "Projektleitung",
    "Stellvertretung",
    "Beginn",
    "Ende",
    "Status",
    "Ampel",
    "Ampelbegründung"
  };
  static final String[] COST_HEADER = {
    "Projektcode", "Jahr", "Kostenkategorie", "Geplant", "Zuwendungsfähig"
  };

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.suite();
  }

  @Inject ProjectImportService imports;
  @Inject ProjectService projects;
  @Inject BudgetService budgets;
  @Inject AuditService audit;

  @Resource(lookup = "java:jboss/datasources/SmartCityDS")
  DataSource dataSource;

  @Test
  @RunAsClient
  void administratorImportsTheOfficesListOnceWithItsErrorsShownBeside(@ArquillianResource URL base)
      throws Exception {
    WebSession admin = new WebSession(base.toURI().resolve("/"), "de");
    admin.signIn("admin", "admin-demo-2026");
    // the template button as a browser presses it, without a file chosen
    WebSession.Form upload = admin.form("/admin/project-import.xhtml", "upload");
    upload.values().put("upload:file", "");
    upload.values().put("upload:template", "");
    HttpResponse<byte[]> template =
        admin.postMultipartForBytes(
            upload.action(), upload.values(), java.util.Set.of("upload:file"));
    assertThat(template.statusCode()).isEqualTo(200);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template.body()))) {
      assertThat(workbook.getSheet("Projekte").getRow(0).getCell(0).getStringCellValue())
          .isEqualTo("Projektcode");
      assertThat(workbook.getSheet("Kostenplan").getRow(0).getCell(1).getStringCellValue())
          .isEqualTo("Jahr");
      assertThat(workbook.getSheet("Werte")).isNotNull();
    }

    String a = ProjectScenario.code("PIA");
    String b = ProjectScenario.code("PIB");
    String c = ProjectScenario.code("PIC");
    String badOrganisation = ProjectScenario.code("PID");
    String badDates = ProjectScenario.code("PIE");
    byte[] content =
        workbook(
            List.<String[]>of(
                project(
                    a,
                    "Sensorik " + a,
                    "INF",
                    "INF-KOM",
                    "STW",
                    "BOGESTRA; UNIV",
                    As.PM_EMAIL,
                    "",
                    "01.01.2025",
                    "31.12.2026",
                    "In Umsetzung",
                    "Gelb",
                    "Lieferverzug"),
                project(
                    b,
                    "Plattform " + b,
                    "Intelligentes Stadtmanagement",
                    "",
                    "Stadt Bochum",
                    "",
                    "",
                    "",
                    "2025-03-01",
                    "2025-12-31",
                    "Planned",
                    "green",
                    ""),
                project(c, "Idee " + c, "GES", "", "STADT", "", "", "", "", "", "Idee", "", ""),
                project(
                    badOrganisation,
                    "Fehler " + badOrganisation,
                    "INF",
                    "",
                    "IT-UNBEKANNT",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "Idee",
                    "",
                    ""),
                project(
                    badDates,
                    "Fehler " + badDates,
                    "INF",
                    "",
                    "STADT",
                    "",
                    "",
                    "",
                    "31.12.2026",
                    "01.01.2026",
                    "Geplant",
                    "",
                    "")),
            List.<String[]>of(
                new String[] {a, "2025", "PERS", "100000", "90000"},
                new String[] {a, "2026", "INV", "50000.50", ""},
                new String[] {b, "2025", "Sachausgaben", "12345.67", ""}));
    Path file = Files.createTempDirectory("import").resolve("IT-Projektliste-" + a + ".xlsx");
    Files.write(file, content);

    try (Browser browser = Browser.start(base.toURI().resolve("/"), "de")) {
      browser.signIn("admin", "admin-demo-2026").open("/admin/themes.xhtml");
      browser.clickToLoad("tabProjectImport");
      assertThat(browser.text("h1")).contains("Projektimport");
      browser.assertAccessible("project import");

      ImportFiles.preview(browser, file);
      assertThat(browser.text("[id='result:countAdd']")).isEqualTo("3");
      assertThat(browser.text("[id='result:countError']")).isEqualTo("2");
      assertThat(browser.text("[id='result:countCostAdd']")).isEqualTo("3");
      // 100,000.00 + 50,000.50 + 12,345.67 = 162,346.17
      assertThat(browser.text("[id='result:plannedTotal']")).isEqualTo("162.346,17 €");
      String lines = browser.text("[id='result:lines']");
      assertThat(lines)
          .contains("Eine Organisation IT-UNBEKANNT gibt es nicht.")
          .contains("darf nicht vor dem Beginn")
          .contains("Sensorik " + a);
      browser.screenshot("project-import-01-preview").assertAccessible("project import preview");
      assertThat(admin.get("/project.xhtml?code=" + a).body()).doesNotContain("Sensorik " + a);

      browser.clickToLoad("result:import");
      browser.waitUntil(
          () -> browser.pageText().contains("3 Projekte mit 3 Kostenplanzeilen importiert"));
      browser.screenshot("project-import-02-imported");
      assertThat(browser.text("[id='result:latest']")).contains(file.getFileName().toString());

      browser.open("/project.xhtml?code=" + a);
      assertThat(browser.pageText())
          .contains("Sensorik " + a)
          .contains("Stadtwerke Bochum")
          .contains("In Umsetzung");

      browser.open("/admin/project-import.xhtml");
      ImportFiles.preview(browser, file);
      assertThat(browser.text("[id='result:countAdd']")).isEqualTo("0");
      assertThat(browser.text("[id='result:countError']")).isEqualTo("5");
      assertThat(browser.text("[id='result:lines']"))
          .contains("Das Projektkürzel " + a + " ist bereits vergeben.");
      assertThat(browser.element("result:import").isEnabled()).isFalse();

      Path csv = file.resolveSibling("IT-Projekte.csv");
      Files.writeString(csv, "Projektcode;Titel\nIT-X;Y\n");
      ImportFiles.preview(browser, csv, false);
      browser.waitUntil(() -> browser.pageText().contains("ist keine Excel-Mappe (.xlsx)"));
    }

    WebSession pm = new WebSession(base.toURI().resolve("/"), "de");
    pm.signIn("pm", "pm-demo-2026");
    assertThat(pm.get("/admin/project-import.xhtml").statusCode()).isEqualTo(403);
  }

  @Test
  void shouldRegisterEachProjectWithItsFactsApprovedPlanAndAHistoryNamingTheImport()
      throws Exception {
    String code = ProjectScenario.code("PIF");
    byte[] content =
        workbook(
            List.<String[]>of(
                project(
                    code,
                    "Klimamessnetz " + code,
                    "Nachhaltige Mobilität und Umweltschutz",
                    "",
                    "USB",
                    "STW, Stadt Bochum",
                    As.PM_EMAIL,
                    "",
                    "01.07.2025",
                    "30.06.2027",
                    "In progress",
                    "Rot",
                    "Sensoren fehlen")),
            List.<String[]>of(
                new String[] {code, "2025", "INV", "1.234,56", "1.000,00"},
                new String[] {code, "2027", "PERS", "200", ""}));
    String name = "IT-" + code + ".xlsx";
    ProjectImportPreview preview = imports.preview(name, content, new ImportProgress()).get();
    assertThat(preview.projects())
        .extracting(ProjectImportLine::outcome)
        .containsExactly(Outcome.ADD);
    assertThat(projects.findProject(code)).as("the preview stores nothing").isEmpty();

    ProjectImport imported = imports.importProjects(name, content, new ImportProgress()).get();
    assertThat(imported.getAdded()).isEqualTo(1);
    assertThat(imported.getCostLines()).isEqualTo(2);
    assertThat(imported.getErrors()).isZero();
    assertThat(imported.getSha256()).isEqualTo(preview.sha256()).hasSize(64);
    assertThat(imports.latestImports()).extracting(ProjectImport::getId).contains(imported.getId());

    long id = projects.findProject(code).orElseThrow().id();
    Project project = projects.loadProject(id).orElseThrow();
    assertThat(project.getTheme().getCode()).isEqualTo("MOB");
    assertThat(project.getLeadOrganisation().getShortName()).isEqualTo("USB");
    assertThat(project.getPartners())
        .extracting(Organisation::getShortName)
        .containsExactlyInAnyOrder("STW", "STADT");
    assertThat(project.getProjectManager().map(Person::getEmail)).contains(As.PM_EMAIL);
    assertThat(project.getStartDate()).isEqualTo(LocalDate.of(2025, 7, 1));
    assertThat(project.getStatus()).isEqualTo(ProjectStatus.IN_PROGRESS);
    assertThat(project.getHealth()).isEqualTo(Health.RED);
    // approved at once, as the office's own approved list: 1,234.56 (eligible 1,000.00) in 2025
    // INV, 200.00 (eligible = planned) in 2027 PERS
    assertThat(budgets.costPlan(id))
        .extracting(
            l ->
                l.getYear()
                    + " "
                    + l.getCategory().getCode()
                    + " "
                    + l.getPlanned()
                    + " "
                    + l.getEligible()
                    + " "
                    + l.isApproved())
        .containsExactlyInAnyOrder("2025 INV 1234.56 1000.00 true", "2027 PERS 200.00 200.00 true");
    assertThat(budgets.costPlan(id)).noneMatch(CostPlanLine::hasProposal);
    assertThat(audit.projectHistory(id, 50))
        .extracting(AuditLine::newValue)
        .anySatisfy(v -> assertThat(v).startsWith("Import " + name + " (SHA-256 "));

    assertThatThrownBy(() -> imports.importProjects(name, content, new ImportProgress()).get())
        .as("the same file again adds nothing")
        .hasCauseInstanceOf(BusinessRuleViolation.class);
  }

  @Test
  void shouldLetOnlyAdministratorsImport() {
    byte[] nothing = new byte[] {1};
    assertThatThrownBy(() -> As.finance(imports::template)).isInstanceOf(EJBAccessException.class);
    assertThatThrownBy(() -> As.projectManager(imports::latestImports))
        .isInstanceOf(EJBAccessException.class);
    // an asynchronous method is refused when its work starts: the refusal comes with the answer
    assertThatThrownBy(
            () -> As.council(() -> imports.preview("x.xlsx", nothing, new ImportProgress()).get()))
        .isInstanceOf(ExecutionException.class)
        .hasCauseInstanceOf(EJBAccessException.class);
  }

  @Test
  void shouldRefuseEveryBadFileWithAClearMessageAndStoreNothing() throws Exception {
    Map<String, byte[]> corpus = corpus();
    assertThat(corpus).hasSizeGreaterThanOrEqualTo(15);
    ImportFiles.assertEachRefusedClearly(
        corpus,
        this::refusals,
        (name, content) -> imports.importProjects(name, content, new ImportProgress()),
        dataSource);
  }

  /**
   * The reasons the preview gives: the whole file's refusal, or every row's when all are refused.
   */
  private List<String> refusals(String name, byte[] content) throws Exception {
    try {
      ProjectImportPreview preview = imports.preview(name, content, new ImportProgress()).get();
      if (preview.count(Outcome.ADD) > 0) {
        return List.of();
      }
      return preview.projects().stream().map(l -> l.problem().messageKey()).toList();
    } catch (ExecutionException e) {
      return List.of(((BusinessRuleViolation) e.getCause()).getMessageKey());
    }
  }

  private static Map<String, byte[]> corpus() throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    String code = ProjectScenario.code("PIK");
    files.put("IT-leer.xlsx", new byte[0]);
    files.put(
        "IT-projekte.csv", "Projektcode;Titel\r\nIT-X;Y\r\n".getBytes(StandardCharsets.UTF_8));
    Random random = new Random(20);
    byte[] garbage = new byte[4096];
    random.nextBytes(garbage);
    files.put("IT-muell.xlsx", garbage);
    byte[] zipLike = garbage.clone();
    zipLike[0] = 'P';
    zipLike[1] = 'K';
    files.put("IT-muell-pk.xlsx", zipLike);
    files.put("IT-alt.xls", garbage);
    files.put("IT-zip-bombe.xlsx", ImportFiles.zipBomb());
    files.put("IT-zu-gross.xlsx", new byte[21 * 1024 * 1024]);
    files.put("IT-falsches-blatt.xlsx", sheets("Tabelle1", PROJECT_HEADER, List.of()));
    files.put("IT-nur-kopf.xlsx", workbook(List.of(), List.of()));
    files.put(
        "IT-ohne-status.xlsx",
        sheets(
            "Projekte",
            new String[] {"Projektcode", "Titel", "Leitthema", "Federführende Organisation"},
            List.<String[]>of(new String[] {code, "T", "INF", "STADT"})));
    files.put(
        "IT-spalte-doppelt.xlsx",
        sheets("Projekte", new String[] {"Projektcode", "Code", "Titel"}, List.of()));
    String[][] rows = {
      {
        "thema-unbekannt", code, "T1 " + code, "KEIN-THEMA", "", "STADT", "", "", "", "", "", "Idee"
      },
      {
        "feld-unbekannt",
        code,
        "T2 " + code,
        "INF",
        "KEIN-FELD",
        "STADT",
        "",
        "",
        "",
        "",
        "",
        "Idee"
      },
      {
        "feld-anderes-thema",
        code,
        "T3 " + code,
        "INF",
        "STM-VER",
        "STADT",
        "",
        "",
        "",
        "",
        "",
        "Idee"
      },
      {
        "partner-unbekannt",
        code,
        "T4 " + code,
        "INF",
        "",
        "STADT",
        "NIEMAND",
        "",
        "",
        "",
        "",
        "Idee"
      },
      {
        "person-unbekannt",
        code,
        "T5 " + code,
        "INF",
        "",
        "STADT",
        "",
        "it-niemand@example.org",
        "",
        "",
        "",
        "Idee"
      },
      {
        "stellvertretung-unbekannt",
        code,
        "T6 " + code,
        "INF",
        "",
        "STADT",
        "",
        "",
        "Niemand",
        "",
        "",
        "Idee"
      },
      {"status-unbekannt", code, "T7 " + code, "INF", "", "STADT", "", "", "", "", "", "Fertig"},
      {
        "datum-kaputt", code, "T8 " + code, "INF", "", "STADT", "", "", "", "31.02.2025", "", "Idee"
      },
      {
        "ende-vor-beginn",
        code,
        "T9 " + code,
        "INF",
        "",
        "STADT",
        "",
        "",
        "",
        "2026-01-01",
        "2025-01-01",
        "Idee"
      },
      {"code-kaputt", "IT PI !", "T10 " + code, "INF", "", "STADT", "", "", "", "", "", "Idee"},
      {"code-vorhanden", "INF-01", "T11 " + code, "INF", "", "STADT", "", "", "", "", "", "Idee"},
      {"titel-leer", code, "", "INF", "", "STADT", "", "", "", "", "", "Idee"},
    };
    for (String[] row : rows) {
      files.put(
          "IT-" + row[0] + ".xlsx",
          workbook(List.<String[]>of(java.util.Arrays.copyOfRange(row, 1, row.length)), List.of()));
    }
    files.put(
        "IT-ampel-unbekannt.xlsx",
        workbook(
            List.<String[]>of(
                project(
                    code,
                    "T12 " + code,
                    "INF",
                    "",
                    "STADT",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "Idee",
                    "Blau",
                    "")),
            List.of()));
    files.put(
        "IT-ampel-ohne-grund.xlsx",
        workbook(
            List.<String[]>of(
                project(
                    code,
                    "T13 " + code,
                    "INF",
                    "",
                    "STADT",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "Idee",
                    "Rot",
                    "")),
            List.of()));
    files.put(
        "IT-code-doppelt.xlsx",
        workbook(
            List.<String[]>of(
                project(
                    code,
                    "T14 " + code,
                    "INF",
                    "",
                    "IT-UNBEKANNT",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "Idee",
                    "",
                    ""),
                project(
                    code, "T15 " + code, "INF", "", "STADT", "", "", "", "", "", "Idee", "", "")),
            List.of()));
    String[] valid =
        project(
            code,
            "T16 " + code,
            "INF",
            "",
            "STADT",
            "",
            "",
            "",
            "01.01.2025",
            "31.12.2025",
            "Idee",
            "",
            "");
    String[][] costs = {
      {"kosten-jahr-ausserhalb", code, "2027", "PERS", "100", ""},
      {"kosten-betrag-kaputt", code, "2025", "PERS", "zwölf", ""},
      {"kosten-betrag-zu-gross", code, "2025", "PERS", "999999999999999", ""},
      {"kosten-negativ", code, "2025", "PERS", "-5", ""},
      {"kosten-kategorie-unbekannt", code, "2025", "KEINE", "5", ""},
      {"kosten-zuwendungsfaehig-zu-hoch", code, "2025", "PERS", "5", "6"},
      {"kosten-jahr-kaputt", code, "2025/26", "PERS", "5", ""},
    };
    for (String[] cost : costs) {
      files.put(
          "IT-" + cost[0] + ".xlsx",
          workbook(
              List.<String[]>of(valid),
              List.<String[]>of(java.util.Arrays.copyOfRange(cost, 1, cost.length))));
    }
    files.put("IT-formel.xlsx", formula(valid));
    return files;
  }

  static String[] project(String... cells) {
    return cells;
  }

  /** A project list: the sheet "Projekte" with these rows, "Kostenplan" with these. */
  static byte[] workbook(List<String[]> projectRows, List<String[]> costRows) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      fill(workbook.createSheet("Projekte"), PROJECT_HEADER, projectRows);
      fill(workbook.createSheet("Kostenplan"), COST_HEADER, costRows);
      workbook.write(out);
      return out.toByteArray();
    }
  }

  private static byte[] sheets(String sheetName, String[] header, List<String[]> rows)
      throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      fill(workbook.createSheet(sheetName), header, rows);
      workbook.write(out);
      return out.toByteArray();
    }
  }

  /** A list whose one cost line has its amount computed by a formula. */
  private static byte[] formula(String[] project) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      fill(workbook.createSheet("Projekte"), PROJECT_HEADER, List.<String[]>of(project));
      Sheet costs = workbook.createSheet("Kostenplan");
      fill(
          costs, COST_HEADER, List.<String[]>of(new String[] {project[0], "2025", "PERS", "", ""}));
      costs.getRow(1).getCell(3).setCellFormula("10*10");
      workbook.write(out);
      return out.toByteArray();
    }
  }

  private static void fill(Sheet sheet, String[] header, List<String[]> rows) {
    Row first = sheet.createRow(0);
    for (int i = 0; i < header.length; i++) {
      first.createCell(i).setCellValue(header[i]);
    }
    for (int r = 0; r < rows.size(); r++) {
      Row row = sheet.createRow(r + 1);
      for (int i = 0; i < rows.get(r).length; i++) {
        row.createCell(i).setCellValue(rows.get(r)[i]);
      }
    }
  }
}
