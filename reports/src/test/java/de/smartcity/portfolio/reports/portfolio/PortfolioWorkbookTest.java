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
    assertEuros(sheet, "K5", "730000.00");
    assertEuros(sheet, "L5", "544567.45");
    assertEuros(sheet, "K8", "365000.00");
    assertEuros(sheet, "L8", "140981.00");
    assertEuros(sheet, "L10", "0.00");
    assertThat(text(sheet, "A11")).isEqualTo("Gesamt");
    assertThat(cell(sheet, "L11").getCellFormula()).isEqualTo("L5+L8+L10");
    assertEuros(sheet, "K11", "2295000.00");
    assertEuros(sheet, "L11", "685548.45");
    // remaining 2,295,000.00 - 685,548.45 = 1,609,451.55
    assertThat(cell(sheet, "M11").getCellFormula()).isEqualTo("M5+M8+M10");
    assertEuros(sheet, "M11", "1609451.55");
  }

  @Test
  void shouldShowManagerDatesGrantAndRemainingOfEachProject() {
    assertThat(text(sheet, "G2")).isEqualTo("Projektleitung");
    assertThat(text(sheet, "G4")).isEqualTo("Anna Becker");
    assertThat(cell(sheet, "H4").getLocalDateTimeCellValue().toLocalDate())
        .isEqualTo(java.time.LocalDate.of(2023, 1, 1));
    assertThat(cell(sheet, "I4").getLocalDateTimeCellValue().toLocalDate())
        .isEqualTo(java.time.LocalDate.of(2026, 12, 31));
    assertThat(text(sheet, "J4")).isEqualTo("KfW-436-2021-0815");
    // INF-04: 480,000.00 - 301,450.10 = 178,549.90
    assertThat(cell(sheet, "M4").getCellFormula()).isEqualTo("K4-L4");
    assertEuros(sheet, "M4", "178549.90");
    // Infrastruktur: 730,000.00 - 544,567.45 = 185,432.55
    assertThat(cell(sheet, "M5").getCellFormula()).isEqualTo("SUM(M3:M4)");
    assertEuros(sheet, "M5", "185432.55");
  }

  @Test
  void shouldFilterAndPrintLikeAList() {
    Sheet list = sheet;
    assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A2:M10");
    assertThat(list.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
    assertThat(list.getPrintSetup().getLandscape()).isTrue();
    assertThat(list.getRepeatingRows().formatAsString()).isEqualTo("2:2");
    assertThat(cell(sheet, "K3").getCellStyle().getDataFormatString()).isEqualTo("#,##0.00 \"€\"");
  }
}
