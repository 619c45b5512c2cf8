package de.smartcity.portfolio.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A council member downloads the portfolio report from the portfolio page. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortfolioReportIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.suite();
  }

  @ArquillianResource URL base;

  private WebSession council() throws Exception {
    WebSession session = new WebSession(base.toURI().resolve("/"), "de");
    session.signIn("council", "council-demo-2026");
    return session;
  }

  @Test
  void shouldDownloadEveryProjectOfThePageAsAWorkbookWhoseTotalsAddUp() throws Exception {
    WebSession council = council();
    String header = Jsoup.parse(council.open("/").body()).select(".ui-datatable-header").text();
    int projectsOnPage = Integer.parseInt(header.replaceAll("\\D", ""));

    HttpResponse<byte[]> file = council.download("/", "portfolio", "excel");

    assertThat(file.statusCode()).isEqualTo(200);
    assertThat(file.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(d -> assertThat(d).contains("Portfolio_" + CityDay.today() + ".xlsx"));
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
      XSSFSheet sheet = workbook.getSheetAt(0);
      int projectRows = 0;
      BigDecimal planned = BigDecimal.ZERO;
      Row total = null;
      for (Row row : sheet) {
        Cell code = row.getCell(1);
        if (code != null
            && code.getCellType() == CellType.STRING
            && code.getStringCellValue().matches("[A-Z0-9]+(-[A-Z0-9]+)+")) {
          projectRows++;
          planned = planned.add(BigDecimal.valueOf(row.getCell(10).getNumericCellValue()));
        }
        Cell label = row.getCell(0);
        if (label != null && "Gesamt".equals(label.toString())) {
          total = row;
        }
      }
      assertThat(projectRows).isEqualTo(projectsOnPage);
      assertThat(total).isNotNull();
      double evaluated =
          workbook
              .getCreationHelper()
              .createFormulaEvaluator()
              .evaluate(total.getCell(10))
              .getNumberValue();
      assertThat(BigDecimal.valueOf(evaluated).setScale(2, java.math.RoundingMode.HALF_UP))
          .isEqualByComparingTo(planned.setScale(2, java.math.RoundingMode.HALF_UP));
      assertThat(planned).isPositive();
    }
  }

  @Test
  void shouldOfferTheProofOfUseToAdministratorsButNotToTheCouncil() throws Exception {
    WebSession admin = new WebSession(base.toURI().resolve("/"), "de");
    admin.signIn("admin", "admin-demo-2026");
    var rows =
        Jsoup.parse(admin.open("/finance/grants.xhtml").body()).select("#grants\\:table_data > tr");
    int row = 0;
    while (!rows.get(row).text().contains("MPSC-R3-B-BOCHUM")) {
      row++;
    }
    HttpResponse<byte[]> file =
        admin.download("/finance/grants.xhtml", "grants", "table:" + row + ":excel");

    assertThat(file.statusCode()).isEqualTo(200);
    assertThat(file.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(d -> assertThat(d).contains("Verwendungsnachweis_MPSC-R3-"));
    assertThat(council().get("/finance/grants.xhtml").statusCode()).isEqualTo(403);
  }

  @Test
  void shouldDownloadThePortfolioAsAPdf() throws Exception {
    HttpResponse<byte[]> file = council().download("/", "portfolio", "pdf");

    assertThat(file.headers().firstValue("Content-Type")).contains("application/pdf");
    // The list a council member prints: the demo's INF-01 with its title, as on the page.
    assertThat(ReadBack.pdfText(file.body())).contains("INF-01", "Bochum-App");
  }
}
