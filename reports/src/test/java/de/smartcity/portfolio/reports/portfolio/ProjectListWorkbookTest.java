package de.smartcity.portfolio.reports.portfolio;

import static de.smartcity.portfolio.reports.testing.Workbooks.cell;
import static de.smartcity.portfolio.reports.testing.Workbooks.text;
import static org.assertj.core.api.Assertions.assertThat;

import de.smartcity.portfolio.reports.common.Health;
import de.smartcity.portfolio.reports.common.Issuer;
import de.smartcity.portfolio.reports.common.ProjectStatus;
import de.smartcity.portfolio.reports.testing.Workbooks;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ProjectListWorkbookTest {

  private static final ProjectListRow ROW =
      new ProjectListRow(
          "MOB-07",
          "Parkleitsystem",
          "Mobilität",
          "",
          "USB",
          "Anna Becker",
          ProjectStatus.IN_PROGRESS,
          Health.AMBER,
          LocalDate.of(2025, 9, 1),
          null,
          "MPSC-R3",
          new BigDecimal("1234.50"),
          new BigDecimal("234.50"),
          new BigDecimal("1000.00"));

  @Test
  void shouldWriteTheShownColumnsWithDatesAsDatesAndAmountsAsEuros() throws Exception {
    List<ProjectListColumn> columns =
        List.of(
            ProjectListColumn.CODE,
            ProjectListColumn.STATUS,
            ProjectListColumn.START,
            ProjectListColumn.END,
            ProjectListColumn.PLANNED,
            ProjectListColumn.REMAINING);
    try (XSSFWorkbook workbook = Workbooks.open(render(columns, List.of(ROW), Locale.GERMAN))) {
      Sheet sheet = workbook.getSheetAt(0);
      assertThat(text(sheet, "A1")).isEqualTo("1 Projekt");
      assertThat(List.of(text(sheet, "A2"), text(sheet, "C2"), text(sheet, "E2")))
          .containsExactly("Kürzel", "Beginn", "Plankosten");
      assertThat(text(sheet, "B3")).isEqualTo("In Umsetzung");
      assertThat(DateUtil.isCellDateFormatted(cell(sheet, "C3"))).isTrue();
      assertThat(cell(sheet, "C3").getLocalDateTimeCellValue().toLocalDate())
          .isEqualTo(LocalDate.of(2025, 9, 1));
      assertThat(sheet.getRow(2).getCell(3)).as("no end, no value").isNull();
      assertThat(cell(sheet, "E3").getNumericCellValue()).isEqualTo(1234.50);
      assertThat(cell(sheet, "E3").getCellStyle().getDataFormatString()).contains("€");
      assertThat(cell(sheet, "F3").getNumericCellValue()).isEqualTo(1000.00);
    }
  }

  @Test
  void shouldCountInTheReadersLanguage() throws Exception {
    List<ProjectListColumn> code = List.of(ProjectListColumn.CODE);
    try (XSSFWorkbook none = Workbooks.open(render(code, List.of(), Locale.ENGLISH));
        XSSFWorkbook two = Workbooks.open(render(code, List.of(ROW, ROW), Locale.GERMAN))) {
      assertThat(text(none.getSheetAt(0), "A1")).isEqualTo("No projects");
      assertThat(text(two.getSheetAt(0), "A1")).isEqualTo("2 Projekte");
    }
  }

  private static byte[] render(
      List<ProjectListColumn> columns, List<ProjectListRow> rows, Locale locale) {
    return new ProjectListWorkbook()
        .render(
            new ProjectListReport(
                new Issuer("Stadt Bochum", "Bochum"), LocalDate.of(2026, 12, 3), columns, rows),
            locale);
  }
}
