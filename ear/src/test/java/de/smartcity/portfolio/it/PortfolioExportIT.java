package de.smartcity.portfolio.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Files from the workspace: the portfolio's current view exported to Excel (the same projects as
 * the page, all of them), and a project's one-pager.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortfolioExportIT {

  private static final String FILTERED = "/index.xhtml?status=IN_PROGRESS&theme=STM";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.suite();
  }

  @ArquillianResource URL base;

  @Test
  void shouldExportEveryProjectOfTheFilteredViewWithTheVisibleColumns() throws Exception {
    WebSession council = new WebSession(base.toURI().resolve("/"), "de");
    council.signIn("council", "council-demo-2026");
    Document page = Jsoup.parse(council.open(FILTERED).body());
    int shown =
        Integer.parseInt(
            page.select("[id='portfolio:projects'] .ui-datatable-header")
                .text()
                .replaceAll("[^0-9]", ""));
    assertThat(shown).isPositive();

    HttpResponse<byte[]> file = council.download(FILTERED, "portfolio", "exportView");
    assertThat(file.headers().firstValue("Content-Disposition").orElse(""))
        .contains("Projektliste_")
        .contains(".xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
      Sheet sheet = workbook.getSheetAt(0);
      // The table's caption ("13 Projekte") comes first, then the column headers.
      assertThat(texts(sheet.getRow(0))).containsExactly(shown + " Projekte");
      List<String> header = texts(sheet.getRow(1));
      assertThat(header)
          .containsSubsequence("Kürzel", "Titel", "Leitthema", "Federführung", "Status", "Ampel")
          .doesNotContain("Handlungsfeld", "Beginn");
      List<String> statuses = new ArrayList<>();
      List<String> themes = new ArrayList<>();
      List<String> codes = new ArrayList<>();
      for (int r = 2; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        // The cells as written, not stripped: what a user copies out of the workbook.
        statuses.add(row.getCell(header.indexOf("Status")).getStringCellValue());
        themes.add(row.getCell(header.indexOf("Leitthema")).getStringCellValue());
        codes.add(row.getCell(header.indexOf("Kürzel")).getStringCellValue());
      }
      assertThat(statuses).hasSize(shown).containsOnly("In Umsetzung");
      assertThat(themes).containsOnly("Intelligentes Stadtmanagement");
      assertThat(codes).allMatch(code -> code.matches("STM-\\d+"), "a project code such as STM-01");
    }
  }

  @Test
  void shouldWriteDatesAsExcelDatesAndAmountsAsNumbersInEuros() throws Exception {
    // A project of its own from 1 Sep 2025 to 30 Jun 2027, planned 900.00 and then 1,200.00 for
    // 2025 (one line, changed), nothing spent: planned 1,200.00, spent 0.00, remaining 1,200.00.
    String code = ProjectScenario.code("EX");
    ProjectProbeServlet.register(
        base.toURI().resolve("/"),
        code,
        LocalDate.of(2025, 9, 1),
        LocalDate.of(2027, 6, 30),
        "900.00,1200.00");

    WebSession council = new WebSession(base.toURI().resolve("/"), "de");
    council.signIn("council", "council-demo-2026");
    WebSession.Form view = council.form("/index.xhtml?q=" + code, "portfolio");
    // The reader shows Beginn (8), Plankosten (11), Ausgegeben (12), Verbleibend (13).
    for (int column : List.of(8, 11, 12, 13)) {
      show(council, view, column);
    }
    view.values().put("portfolio:exportView", "");
    HttpResponse<byte[]> file = council.postForBytes(view.action(), view.values(), Map.of());
    assertThat(file.statusCode()).isEqualTo(200);

    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
      Sheet sheet = workbook.getSheetAt(0);
      assertThat(texts(sheet.getRow(0))).containsExactly("1 Projekt");
      List<String> header = texts(sheet.getRow(1));
      assertThat(header)
          .containsExactly(
              "Kürzel",
              "Titel",
              "Leitthema",
              "Federführung",
              "Projektleitung",
              "Status",
              "Ampel",
              "Beginn",
              "Ende",
              "Plankosten",
              "Ausgegeben",
              "Verbleibend");
      Row row = sheet.getRow(2);
      assertThat(row.getCell(0).getStringCellValue()).isEqualTo(code);
      Cell start = row.getCell(header.indexOf("Beginn"));
      assertThat(start.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(DateUtil.isCellDateFormatted(start)).isTrue();
      assertThat(start.getLocalDateTimeCellValue().toLocalDate()).isEqualTo("2025-09-01");
      Cell end = row.getCell(header.indexOf("Ende"));
      assertThat(DateUtil.isCellDateFormatted(end)).isTrue();
      assertThat(end.getLocalDateTimeCellValue().toLocalDate()).isEqualTo("2027-06-30");
      assertThat(new DataFormatter(Locale.GERMANY).formatCellValue(start)).isEqualTo("01.09.2025");
      for (String[] amount :
          List.of(
              new String[] {"Plankosten", "1200.0"},
              new String[] {"Ausgegeben", "0.0"},
              new String[] {"Verbleibend", "1200.0"})) {
        Cell cell = row.getCell(header.indexOf(amount[0]));
        assertThat(cell.getCellType()).as(amount[0]).isEqualTo(CellType.NUMERIC);
        assertThat(cell.getNumericCellValue()).as(amount[0]).isEqualTo(Double.valueOf(amount[1]));
        assertThat(cell.getCellStyle().getDataFormatString()).as(amount[0]).contains("€");
      }
    }
  }

  /** Shows a column as the column chooser does: its toggle event, by ajax, in the same view. */
  private static void show(WebSession session, WebSession.Form view, int column) throws Exception {
    Map<String, String> toggle = new LinkedHashMap<>(view.values());
    toggle.put("jakarta.faces.partial.ajax", "true");
    toggle.put("jakarta.faces.source", "portfolio:columnChooser");
    toggle.put("jakarta.faces.partial.execute", "portfolio:columnChooser");
    toggle.put("jakarta.faces.behavior.event", "toggle");
    toggle.put("jakarta.faces.partial.event", "toggle");
    toggle.put("portfolio:columnChooser_visibility", "VISIBLE");
    toggle.put("portfolio:columnChooser_index", String.valueOf(column));
    HttpResponse<byte[]> answer =
        session.postForBytes(view.action(), toggle, Map.of("Faces-Request", "partial/ajax"));
    assertThat(answer.statusCode()).isEqualTo(200);
  }

  @Test
  void shouldHandTheProjectOnePagerToACouncilMemberFromTheProjectPage() throws Exception {
    WebSession council = new WebSession(base.toURI().resolve("/"), "de");
    council.signIn("council", "council-demo-2026");
    HttpResponse<byte[]> file =
        council.download("/project.xhtml?code=INF-01", "sheetForm", "onePager");
    assertThat(file.headers().firstValue("Content-Type").orElse("")).contains("application/pdf");
    assertThat(file.headers().firstValue("Content-Disposition").orElse(""))
        .contains("Projektsteckbrief_INF-01");
    assertThat(ReadBack.pdfText(file.body())).contains("INF-01", "Bochum-App");
  }

  private static List<String> texts(Row row) {
    List<String> texts = new ArrayList<>();
    for (Cell cell : row) {
      texts.add(cell.toString().strip());
    }
    return texts;
  }
}
