package de.smartcity.portfolio.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
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
