package de.smartcity.portfolio.reports.portfolio;

import static de.smartcity.portfolio.reports.testing.Workbooks.assertEuros;
import static de.smartcity.portfolio.reports.testing.Workbooks.cell;
import static de.smartcity.portfolio.reports.testing.Workbooks.text;
import static org.assertj.core.api.Assertions.assertThat;

import de.smartcity.portfolio.reports.testing.PortfolioScenario;
import de.smartcity.portfolio.reports.testing.Workbooks;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PortfolioWorkbookTest {

  private XSSFWorkbook workbook;
  private XSSFSheet sheet;

  @BeforeEach
  void writeThePortfolio() {
    workbook =
        Workbooks.open(
            new PortfolioWorkbook().render(PortfolioScenario.portfolio(), Locale.GERMAN));
    sheet = workbook.getSheet("Portfolio");
  }

  @AfterEach
  void close() throws Exception {
    workbook.close();
  }

  @Test
  void shouldGroupProjectsByThemeWithStatusAndHealth() {
    assertThat(text(sheet, "A1"))
        .isEqualTo("Portfolio der Smart-City-Projekte – Stand: 31.03.2025");
    assertThat(text(sheet, "B2")).isEqualTo("Kürzel");
    assertThat(text(sheet, "A3")).isEqualTo("Zukunftsfähige Infrastruktur");
    assertThat(text(sheet, "B4")).isEqualTo("INF-04");
    assertThat(text(sheet, "D4")).isEqualTo("In Umsetzung");
    assertThat(text(sheet, "E4")).isEqualTo("Gelb");
    assertThat(text(sheet, "F6")).isEqualTo("USB Umweltservice Bochum");
    assertThat(text(sheet, "E7")).isEqualTo("Rot");
  }

  @Test
  void shouldSumEachThemeAndAddUpTheSubtotals() {
    assertThat(text(sheet, "C5")).isEqualTo("Zwischensumme");
    assertEuros(sheet, "G5", "730000.00");
    assertEuros(sheet, "H5", "544567.45");
    assertEuros(sheet, "G8", "365000.00");
    assertEuros(sheet, "H8", "140981.00");
    assertEuros(sheet, "H10", "0.00");
    assertThat(text(sheet, "A11")).isEqualTo("Gesamt");
    assertThat(cell(sheet, "H11").getCellFormula()).isEqualTo("H5+H8+H10");
    assertEuros(sheet, "G11", "2295000.00");
    assertEuros(sheet, "H11", "685548.45");
  }

  @Test
  void shouldFilterAndPrintLikeAList() {
    Sheet list = sheet;
    assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A2:H10");
    assertThat(list.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
    assertThat(list.getPrintSetup().getLandscape()).isTrue();
    assertThat(list.getRepeatingRows().formatAsString()).isEqualTo("2:2");
    assertThat(cell(sheet, "G3").getCellStyle().getDataFormatString()).isEqualTo("#,##0.00 \"€\"");
  }
}
