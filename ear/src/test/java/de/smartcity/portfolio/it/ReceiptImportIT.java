package de.smartcity.portfolio.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import de.smartcity.portfolio.application.FundingService;
import de.smartcity.portfolio.application.ImportLine;
import de.smartcity.portfolio.application.ImportLine.Outcome;
import de.smartcity.portfolio.application.ImportPreview;
import de.smartcity.portfolio.application.ImportProgress;
import de.smartcity.portfolio.application.NarrativeInput;
import de.smartcity.portfolio.application.ProofOfUseService;
import de.smartcity.portfolio.application.ReceiptImportService;
import de.smartcity.portfolio.domain.model.budget.AssignmentKind;
import de.smartcity.portfolio.domain.model.budget.ReceiptImport;
import de.smartcity.portfolio.domain.model.proofofuse.ProofPeriod;
import de.smartcity.portfolio.domain.shared.BusinessRuleViolation;
import de.smartcity.portfolio.domain.shared.Money;
import de.smartcity.portfolio.it.FundedScenario.GrantAndProject;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The receipt import: a finance officer's journey in the browser (preview with a duplicate and two
 * errors, import, the same file again, undo), the running totals after import and undo, and a
 * corpus of bad files of which none stores anything.
 */
@ExtendWith({ArquillianExtension.class, InServerAsEverything.class})
class ReceiptImportIT {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final String HEADER =
      "Buchungsdatum;Belegnummer;Kreditor;Text;Betrag;Kontierung\r\n";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.suite();
  }

  @Inject FundedScenario scenario;
  @Inject ReceiptImportService imports;
  @Inject FundingService funding;
  @Inject ProofOfUseService proofs;
  @Inject de.smartcity.portfolio.application.ConfirmationService confirmations;
  @Inject PersistenceProbe probe;

  @Resource(lookup = "java:jboss/datasources/SmartCityDS")
  DataSource dataSource;

  @Test
  @RunAsClient
  void financeImportsTheBookkeepingsExportOnceAndUndoesIt(@ArquillianResource URL base)
      throws Exception {
    WebSession session = new WebSession(base.toURI().resolve("/"), "de");
    HttpResponse<String> created = session.send("POST", ImportProbeServlet.PATH, null, Map.of());
    assertThat(created.statusCode()).isEqualTo(200);
    String[] own = created.body().split(";");
    String figuresPath = ImportProbeServlet.PATH + "?grant=" + own[0] + "&project=" + own[1];
    String projectCode = own[2];
    String costCentre = own[3];
    String wbs = own[4];
    // Before: the one receipt imported beforehand, 500.00, is all the project and the grant have.
    assertThat(session.send("GET", figuresPath, null, Map.of()).body())
        .isEqualTo("1;500.00;500.00;500.00");

    // Windows-1252, semicolons, German amounts and dates, as the city's SAP export writes them.
    String export =
        HEADER
            + "15.03.2024;5100001;Müller Gebäudetechnik GmbH;Wartung Sensoren März;1.234,56;"
            + costCentre
            + "\r\n"
            + "20.06.2024;5100002;Büro Weiß & Söhne;Schulung Straßensensorik;2.000,10;"
            + wbs
            + "\r\n"
            + "05.02.2025;5100003;Stadtwerke Bochum;Strom für Gateways;333,34;"
            + costCentre
            + "\r\n"
            // the line imported beforehand: already present
            + "10.04.2024;5100000;Ruhr Sensorik GmbH;Vorab importiert;500,00;"
            + costCentre
            + "\r\n"
            // no project has this assignment
            + "12.05.2024;5100004;Unbekannt AG;Falsche Kontierung;99,00;KST-0000-UNBEKANNT\r\n"
            // after the end of the project and of the grant (31.12.2025)
            + "01.03.2026;5100005;Später GmbH;Nach dem Projektende;10,00;"
            + costCentre
            + "\r\n";
    Path file = Files.createTempDirectory("import").resolve("IT-Buchungen-" + projectCode + ".csv");
    Files.write(file, export.getBytes(WINDOWS_1252));

    try (Browser finance = Browser.start(base.toURI().resolve("/"), "de")) {
      finance.signIn("finance", "finance-demo-2026").open("/finance/grants.xhtml");
      finance.clickToLoad("grants:receiptImport");
      assertThat(finance.text("h1")).contains("Belegimport");
      finance.assertAccessible("receipt import");

      ImportFiles.preview(finance, file);
      // 3 to add: 1,234.56 + 2,000.10 + 333.34 = 3,568.00; PERS (cost centre) 1,234.56 + 333.34
      // = 1,567.90, INV (WBS element) 2,000.10.
      assertThat(finance.text("[id='result:countAdd']")).isEqualTo("3");
      assertThat(finance.text("[id='result:countDuplicate']")).isEqualTo("1");
      assertThat(finance.text("[id='result:countError']")).isEqualTo("2");
      assertThat(finance.text("[id='result:totalAmount']")).isEqualTo("3.568,00 €");
      assertThat(finance.text("[id='result:totals']"))
          .contains(projectCode)
          .contains("PERS")
          .contains("1.567,90 €")
          .contains("INV")
          .contains("2.000,10 €");
      String lines = finance.text("[id='result:lines']");
      assertThat(lines)
          .contains("Müller Gebäudetechnik GmbH")
          .contains("Kein Projekt hat die Kontierung KST-0000-UNBEKANNT")
          .contains("01.03.2026");
      finance.screenshot("import-01-preview").assertAccessible("receipt import preview");
      assertThat(session.send("GET", figuresPath, null, Map.of()).body())
          .as("the preview stores nothing")
          .isEqualTo("1;500.00;500.00;500.00");

      finance.clickToLoad("result:import");
      finance.waitUntil(() -> finance.pageText().contains("3 Belege importiert"));
      finance.screenshot("import-02-imported");
      // 500.00 + 3,568.00 = 4,068.00 in the project's receipts, the grant's and the proof's figures
      assertThat(session.send("GET", figuresPath, null, Map.of()).body())
          .isEqualTo("4;4068.00;4068.00;4068.00");

      ImportFiles.preview(finance, file);
      assertThat(finance.text("[id='result:countAdd']")).isEqualTo("0");
      assertThat(finance.text("[id='result:countDuplicate']")).isEqualTo("4");
      assertThat(finance.text("[id='result:countError']")).isEqualTo("2");
      assertThat(finance.element("result:import").isEnabled()).isFalse();
      assertThat(session.send("GET", figuresPath, null, Map.of()).body())
          .as("the same file again adds nothing")
          .isEqualTo("4;4068.00;4068.00;4068.00");

      assertThat(finance.text("[id='result:latest']")).contains(file.getFileName().toString());
      finance.click("result:latest:0:undo");
      finance.click(finance.all(".ui-confirmdialog-yes").get(0));
      finance.waitUntil(() -> finance.pageText().contains("ist rückgängig gemacht"));
      finance.screenshot("import-03-undone");
      assertThat(session.send("GET", figuresPath, null, Map.of()).body())
          .as("undoing removes exactly the three imported receipts")
          .isEqualTo("1;500.00;500.00;500.00");

      // A few bad files through the page: each is refused with a message next to the upload.
      Path garbage = file.resolveSibling("IT-kaputt.xlsx");
      Files.write(
          garbage, "PK\u0003\u0004 kein Arbeitsblatt".getBytes(StandardCharsets.ISO_8859_1));
      ImportFiles.preview(finance, garbage, false);
      finance.waitUntil(() -> finance.pageText().contains("lässt sich nicht als Tabelle lesen"));
      Path noColumns = file.resolveSibling("IT-ohne-Betrag.csv");
      Files.writeString(noColumns, "Buchungsdatum;Belegnummer;Kreditor;Text\n01.02.2024;1;A;B\n");
      ImportFiles.preview(finance, noColumns, false);
      finance.waitUntil(
          () ->
              finance.pageText().contains("Der Kopfzeile fehlen die Spalten: Betrag, Kontierung"));
      finance.screenshot("import-04-refused");
      assertThat(session.send("GET", figuresPath, null, Map.of()).body())
          .isEqualTo("1;500.00;500.00;500.00");
    }
    try (Browser english = Browser.start(base.toURI().resolve("/"), "en")) {
      english.signIn("finance", "finance-demo-2026").open("/finance/import.xhtml");
      assertThat(english.text("h1")).contains("Receipt import");
      english.assertAccessible("receipt import, English");
    }
  }

  @Test
  void shouldKeepTheRunningTotalsEqualToTheReceiptsAfterImportAndUndo() throws Exception {
    GrantAndProject own = ownGrant("Belegimport Summen");
    String order = ProjectScenario.code("IA");
    imports.addAssignment(own.project().getId(), AssignmentKind.INTERNAL_ORDER, order, "SACH");
    // UTF-8, commas, plain amounts, ISO dates, the optional columns in English
    String export =
        "Posting date,Document number,Vendor,Text,Amount,Internal order,Cost category,Eligible amount\n"
            + "2024-02-01,7001,Druckerei,Flyer,\"1,000.00\","
            + order
            + ",,900.00\n"
            + "2025-07-31,7002,Ruhr Personal GmbH,Schulung,250.5,"
            + order.toLowerCase(Locale.ROOT)
            + ",PERS,\n";
    byte[] content = export.getBytes(StandardCharsets.UTF_8);
    ImportPreview preview = imports.preview("IT-summen.csv", content, new ImportProgress()).get();
    assertThat(preview.count(Outcome.ADD)).isEqualTo(2);
    // SACH 1,000.00 (eligible 900.00); PERS 250.50 (eligible = amount)
    assertThat(preview.totals())
        .extracting(t -> t.categoryCode() + " " + t.amount() + " " + t.eligibleAmount())
        .containsExactlyInAnyOrder("SACH 1000.00 900.00", "PERS 250.50 250.50");

    ReceiptImport imported =
        imports.importReceipts("IT-summen.csv", content, new ImportProgress()).get();
    assertThat(imported.getAdded()).isEqualTo(2);
    assertThat(imported.getSha256()).isEqualTo(preview.sha256()).hasSize(64);
    ReceiptTotalsIT.assertTotalsEqualReceipts(probe);
    assertThat(funding.figures(own.grant().getId()).actualCosts()).isEqualTo(Money.of("1250.50"));
    assertThat(funding.figures(own.grant().getId()).eligibleCosts())
        .isEqualTo(Money.of("1150.50")); // 900.00 + 250.50
    assertThat(
            probe.number(
                "SELECT COUNT(*) FROM receipt WHERE receipt_import_id = "
                    + imported.getId()
                    + " AND account_assignment = '"
                    + order
                    + "' AND document_number IN ('7001', '7002')"))
        .isEqualTo(2);

    imports.undoImport(imported.getId(), imported.getVersion());
    ReceiptTotalsIT.assertTotalsEqualReceipts(probe);
    assertThat(funding.figures(own.grant().getId()).actualCosts()).isEqualTo(Money.ZERO);
    ReceiptImport undone =
        imports.latestImports().stream()
            .filter(i -> i.getId().equals(imported.getId()))
            .findFirst()
            .orElseThrow();
    assertThat(undone.isUndone()).isTrue();
    assertThatThrownBy(() -> imports.undoImport(undone.getId(), undone.getVersion()))
        .isInstanceOf(BusinessRuleViolation.class)
        .hasMessage("import.already.undone");

    // Imported again, then an interim proof of 2024 is submitted and confirmed: the import's
    // receipt of
    // 1 February 2024 lies in a submitted period, so the import can no longer be undone.
    ReceiptImport again =
        imports.importReceipts("IT-summen-2.csv", content, new ImportProgress()).get();
    assertThat(again.getAdded()).isEqualTo(2);
    proofs.saveNarrative(
        own.grant().getId(),
        ProofPeriod.interim(2024),
        null,
        new NarrativeInput(
            "Januar 2024",
            "24 Monate",
            "Dezember 2025",
            "keine",
            "Belege importiert",
            "keine",
            "keine"));
    var submitted = proofs.submit(own.grant().getId(), ProofPeriod.interim(2024), Locale.GERMAN);
    // only a confirmed submission has gone to the funder (four eyes; CallsAndConfirmationsIT shows
    // the rest)
    As.user(
        FundedScenario.CONFIRMER,
        de.smartcity.portfolio.domain.model.user.Role.FINANCE,
        () -> confirmations.confirmSubmission(submitted.getId(), submitted.getVersion()));
    assertThatThrownBy(() -> imports.undoImport(again.getId(), again.getVersion()))
        .isInstanceOfSatisfying(
            BusinessRuleViolation.class,
            v -> assertThat(v.getMessageKey()).isEqualTo("import.undo.after.proof"));
    ReceiptTotalsIT.assertTotalsEqualReceipts(probe);
    assertThat(funding.figures(own.grant().getId()).actualCosts()).isEqualTo(Money.of("1250.50"));
  }

  /** More lines than one chunk of the import's writing holds, twice over. */
  private static final int LINES = 2_300;

  @Test
  void shouldImportTheBenchmarksGeneratedExportInBothFormats() throws Exception {
    // ReceiptImportBenchmark's file and service calls at 2,300 lines instead of 100,000: the
    // import stores them in chunks of 1,000, written out and let go of one after the other, so
    // two whole chunks and a part of one must all arrive, each with its line in the history
    GrantAndProject own = ownGrant("Belegimport generiert");
    BigDecimal both = BigDecimal.ZERO;
    ReceiptImport last = null;
    BigDecimal lastTotal = null;
    for (String format : List.of("csv", "xlsx")) {
      String costCentre = ProjectScenario.code("KST");
      String wbsElement = ProjectScenario.code("PSP");
      imports.addAssignment(own.project().getId(), AssignmentKind.COST_CENTRE, costCentre, "PERS");
      imports.addAssignment(own.project().getId(), AssignmentKind.WBS_ELEMENT, wbsElement, "INV");
      GeneratedReceiptExport export =
          new GeneratedReceiptExport(List.of(costCentre, wbsElement), LINES, 7);
      byte[] content = "csv".equals(format) ? export.csv() : export.xlsx();
      String name = "IT-generiert." + format;

      ImportPreview preview = imports.preview(name, content, new ImportProgress()).get();
      assertThat(preview.count(Outcome.ADD)).as(format).isEqualTo(LINES);
      assertThat(preview.totalAmount()).as(format).isEqualTo(Money.of(export.total()));
      // lines 1, 3, 5, ... on the cost centre (PERS), 2, 4, 6, ... on the WBS element (INV)
      assertThat(preview.totals())
          .extracting(ImportPreview.Total::categoryCode, ImportPreview.Total::lines)
          .containsExactly(tuple("PERS", LINES / 2), tuple("INV", LINES / 2));
      ImportProgress progress = new ImportProgress();
      ReceiptImport imported = imports.importReceipts(name, content, progress).get();
      assertThat(progress.percent()).as("progress at the end").isEqualTo(100);
      assertThat(imported.getAdded()).isEqualTo(LINES);
      assertThat(
              probe.number(
                  "SELECT COUNT(*) FROM receipt WHERE receipt_import_id = " + imported.getId()))
          .isEqualTo(LINES);
      assertThat(
              probe.number(
                  "SELECT COUNT(*) FROM audit_entry WHERE action = 'CREATE'"
                      + " AND record_type = 'Receipt' AND record_id IN"
                      + " (SELECT id FROM receipt WHERE receipt_import_id = "
                      + imported.getId()
                      + ")"))
          .as("every imported receipt has its line in the history")
          .isEqualTo(LINES);
      assertThat(
              probe.rows(
                  "SELECT SUM(amount), MIN(payment_date), MAX(payment_date) FROM receipt"
                      + " WHERE receipt_import_id = "
                      + imported.getId()))
          .as("the file's sum, and the first and last day the import names")
          .containsExactly(
              export.total().stripTrailingZeros().toPlainString()
                  + " | "
                  + imported.getFirstPayment().orElseThrow()
                  + " | "
                  + imported.getLastPayment().orElseThrow());
      assertThat(
              imports.preview(name, content, new ImportProgress()).get().count(Outcome.DUPLICATE))
          .as("the same file again adds nothing")
          .isEqualTo(LINES);
      both = both.add(export.total());
      last = imported;
      lastTotal = export.total();
    }
    ReceiptTotalsIT.assertTotalsEqualReceipts(probe);
    assertThat(funding.figures(own.grant().getId()).actualCosts()).isEqualTo(Money.of(both));

    // the undo removes the second import's receipts in chunks too, each with its line in the
    // history, and takes exactly its sum out of the totals
    imports.undoImport(last.getId(), last.getVersion());
    assertThat(
            probe.number("SELECT COUNT(*) FROM receipt WHERE receipt_import_id = " + last.getId()))
        .isZero();
    assertThat(
            probe.number(
                "SELECT COUNT(*) FROM audit_entry WHERE action = 'DELETE'"
                    + " AND record_type = 'Receipt' AND project_id = "
                    + own.project().getId()))
        .isEqualTo(LINES);
    ReceiptTotalsIT.assertTotalsEqualReceipts(probe);
    assertThat(funding.figures(own.grant().getId()).actualCosts())
        .isEqualTo(Money.of(both.subtract(lastTotal)));
  }

  @Test
  void shouldRefuseAnAssignmentAnotherProjectHas() throws Exception {
    GrantAndProject first = ownGrant("Kontierung 1");
    GrantAndProject second = ownGrant("Kontierung 2");
    String code = ProjectScenario.code("KS");
    imports.addAssignment(first.project().getId(), AssignmentKind.COST_CENTRE, code, "PERS");
    assertThatThrownBy(
            () ->
                imports.addAssignment(
                    second.project().getId(),
                    AssignmentKind.COST_CENTRE,
                    " " + code.toLowerCase(Locale.ROOT),
                    "PERS"))
        .isInstanceOfSatisfying(
            BusinessRuleViolation.class,
            v -> {
              assertThat(v.getMessageKey()).isEqualTo("assignment.code.taken");
              assertThat(v.getField()).isEqualTo("assignmentCode");
              assertThat(v.getArguments()).containsExactly(code, first.project().getCode());
            });
    assertThat(imports.assignments(second.project().getId())).isEmpty();
  }

  @Test
  void shouldRefuseEveryBadFileWithAClearMessageAndStoreNothing() throws Exception {
    GrantAndProject own = ownGrant("Belegimport Korpus");
    String ok = ProjectScenario.code("KOR");
    imports.addAssignment(own.project().getId(), AssignmentKind.COST_CENTRE, ok, "PERS");
    Map<String, byte[]> corpus = corpus(ok);
    assertThat(corpus).hasSizeGreaterThanOrEqualTo(50);

    ImportFiles.assertEachRefusedClearly(
        corpus,
        this::refusals,
        (name, content) -> imports.importReceipts(name, content, new ImportProgress()),
        dataSource);
  }

  /** A grant and a project of the test's own, both running from 2024 to 2025. */
  private GrantAndProject ownGrant(String title) throws Exception {
    return As.admin(
        () ->
            scenario.grantWithProject(
                LocalDate.of(2025, 12, 31), LocalDate.of(2025, 12, 31), title));
  }

  /**
   * Why the preview refuses a file: the refusal of the whole file, or the reasons of its lines when
   * every line is refused; empty when some line would be added.
   */
  private List<String> refusals(String name, byte[] content) throws Exception {
    try {
      ImportPreview preview = imports.preview(name, content, new ImportProgress()).get();
      if (preview.count(Outcome.ERROR) != preview.lines().size()) {
        return List.of();
      }
      return preview.lines().stream().map(ImportLine::problem).map(p -> p.messageKey()).toList();
    } catch (ExecutionException e) {
      return List.of(((BusinessRuleViolation) e.getCause()).getMessageKey());
    }
  }

  /** At least 50 files, each wrong in its own way; only {@code assignment} exists. */
  private static Map<String, byte[]> corpus(String assignment) throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    byte[] nothing = new byte[0];
    files.put("IT-leer.csv", nothing);
    files.put("IT-leer.xlsx", nothing);
    files.put("IT-nur-bom.csv", new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf});
    files.put("IT-nur-leerzeilen.csv", "\r\n\r\n;;;\r\n".getBytes(StandardCharsets.UTF_8));
    files.put("IT-nur-kopf.csv", HEADER.getBytes(StandardCharsets.UTF_8));
    files.put(
        "IT-ohne-betrag.csv",
        csv(
            "Buchungsdatum;Belegnummer;Kreditor;Text;Kontierung",
            "01.02.2024;1;A;B;" + assignment));
    files.put(
        "IT-ohne-kontierung.csv",
        csv("Buchungsdatum;Belegnummer;Kreditor;Text;Betrag", "01.02.2024;1;A;B;1,00"));
    files.put(
        "IT-ohne-datum.csv",
        csv("Belegnummer;Kreditor;Text;Betrag;Kontierung", "1;A;B;1,00;" + assignment));
    files.put("IT-fremde-spalten.csv", csv("a;b;c", "1;2;3"));
    files.put(
        "IT-spalte-doppelt.csv",
        csv("Datum;Buchungsdatum;Belegnummer;Kreditor;Text;Betrag;Kontierung", "x"));
    files.put(
        "IT-englisch-unvollstaendig.csv", csv("Posting date,Amount,Vendor", "2024-02-01,1.00,A"));
    Random random = new Random(20);
    byte[] garbage = new byte[4096];
    random.nextBytes(garbage);
    files.put("IT-muell.csv", garbage);
    files.put("IT-muell.xlsx", garbage);
    byte[] zipLike = garbage.clone();
    zipLike[0] = 'P';
    zipLike[1] = 'K';
    files.put("IT-muell-pk.xlsx", zipLike);
    files.put("IT-bild.png", garbage);
    files.put("IT-alt.xls", garbage);
    files.put("IT-zip-bombe.xlsx", ImportFiles.zipBomb());
    files.put(
        "IT-zip-ohne-mappe.xlsx",
        ImportFiles.zip("hallo.txt", "Hallo".getBytes(StandardCharsets.UTF_8)));
    files.put("IT-zu-gross.csv", new byte[21 * 1024 * 1024]);
    files.put("IT-eine-million-zeilen.csv", millionRows(assignment));
    ByteArrayOutputStream mixed = new ByteArrayOutputStream();
    mixed.writeBytes(
        (HEADER + "01.02.2024;1;Müller;Größe;1,00;" + assignment + "\r\n")
            .getBytes(StandardCharsets.UTF_8));
    mixed.writeBytes("02.02.2024;2;Bäcker;Straße;2,00;X\r\n".getBytes(WINDOWS_1252));
    files.put("IT-gemischte-kodierung.csv", mixed.toByteArray());
    // Files that can be read, whose every line is refused for a reason of its own.
    String[][] lines = {
      {"betrag-tausender-komma", "01.02.2024;1;A;B;12,345;" + assignment},
      {"betrag-text", "01.02.2024;1;A;B;zwölf;" + assignment},
      {"betrag-punkte", "01.02.2024;1;A;B;1.23.4;" + assignment},
      {"betrag-drei-stellen", "01.02.2024;1;A;B;1.234,567;" + assignment},
      {"betrag-formel", "01.02.2024;1;A;B;=SUMME(A1:A3);" + assignment},
      {"betrag-zu-gross", "01.02.2024;1;A;B;999.999.999.999,00;" + assignment},
      {"betrag-riesig", "01.02.2024;1;A;B;" + "9".repeat(40) + ";" + assignment},
      {"betrag-negativ", "01.02.2024;1;A;B;-5,00;" + assignment},
      {"betrag-negativ-sap", "01.02.2024;1;A;B;5,00-;" + assignment},
      {"betrag-null", "01.02.2024;1;A;B;0,00;" + assignment},
      {"betrag-leer", "01.02.2024;1;A;B;;" + assignment},
      {"datum-31-februar", "31.02.2024;1;A;B;1,00;" + assignment},
      {"datum-amerikanisch", "02/01/2024;1;A;B;1,00;" + assignment},
      {"datum-kurz", "01.02.24;1;A;B;1,00;" + assignment},
      {"datum-leer", ";1;A;B;1,00;" + assignment},
      {"datum-vor-projektbeginn", "31.12.2023;1;A;B;1,00;" + assignment},
      {"datum-nach-projektende", "01.01.2026;1;A;B;1,00;" + assignment},
      {"datum-zukunft", "01.01.2099;1;A;B;1,00;" + assignment},
      {"kontierung-unbekannt", "01.02.2024;1;A;B;1,00;KST-GIBT-ES-NICHT"},
      {"kontierung-leer", "01.02.2024;1;A;B;1,00;"},
      {"kontierung-zu-lang", "01.02.2024;1;A;B;1,00;" + "K".repeat(41)},
      {"beleg-leer", "01.02.2024;;A;B;1,00;" + assignment},
      {"beleg-zu-lang", "01.02.2024;" + "1".repeat(61) + ";A;B;1,00;" + assignment},
      {"kreditor-leer", "01.02.2024;1;;B;1,00;" + assignment},
      {"kreditor-zu-lang", "01.02.2024;1;" + "A".repeat(201) + ";B;1,00;" + assignment},
      {"kreditor-formel", "01.02.2024;1;=HYPERLINK(\"http://x\");B;1,00;" + assignment},
      {"text-leer", "01.02.2024;1;A;;1,00;" + assignment},
      {"text-zu-lang", "01.02.2024;1;A;" + "B".repeat(501) + ";1,00;" + assignment},
      {"zeile-zu-kurz", "01.02.2024;1;A"},
    };
    for (String[] line : lines) {
      files.put("IT-" + line[0] + ".csv", csv(HEADER.strip(), line[1]));
    }
    String withCategory = HEADER.strip() + ";Kostenkategorie;Zuwendungsfähiger Betrag";
    String base = "01.02.2024;1;A;B;100,00;" + assignment;
    files.put("IT-kategorie-unbekannt.csv", csv(withCategory, base + ";KEINE;"));
    files.put("IT-foerderfaehig-zu-hoch.csv", csv(withCategory, base + ";;100,01"));
    files.put("IT-foerderfaehig-negativ.csv", csv(withCategory, base + ";;-1,00"));
    files.put("IT-foerderfaehig-text.csv", csv(withCategory, base + ";;viel"));
    files.put("IT-formel.xlsx", workbook(assignment, true));
    files.put("IT-mappe-ohne-kontierung.xlsx", workbook("KST-GIBT-ES-NICHT", false));
    return files;
  }

  private static byte[] csv(String header, String line) {
    return (header + "\r\n" + line + "\r\n").getBytes(WINDOWS_1252);
  }

  private static byte[] millionRows(String assignment) {
    StringBuilder rows = new StringBuilder(HEADER);
    String line = "1.2.2024;1;A;B;1;" + assignment + "\n";
    rows.append(line.repeat(1_000_000));
    return rows.toString().getBytes(StandardCharsets.US_ASCII);
  }

  /** A workbook whose one line has an amount computed by a formula, or names an unknown order. */
  private static byte[] workbook(String assignment, boolean formula) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Row header = workbook.createSheet("Belege").createRow(0);
      String[] names = HEADER.strip().split(";");
      for (int i = 0; i < names.length; i++) {
        header.createCell(i).setCellValue(names[i]);
      }
      Row line = workbook.getSheet("Belege").createRow(1);
      line.createCell(0).setCellValue("01.02.2024");
      line.createCell(1).setCellValue("4711");
      line.createCell(2).setCellValue("Firma");
      line.createCell(3).setCellValue("Text");
      if (formula) {
        line.createCell(4).setCellFormula("10*10");
      } else {
        line.createCell(4).setCellValue(100);
      }
      line.createCell(5).setCellValue(assignment);
      workbook.write(out);
      return out.toByteArray();
    }
  }
}
