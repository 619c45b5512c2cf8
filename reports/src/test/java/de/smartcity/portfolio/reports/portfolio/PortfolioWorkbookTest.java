package de.smartcity.portfolio.reports.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class PortfolioWorkbookTest {

  private final PortfolioWorkbook workbook =
      new PortfolioWorkbook(List.of("Kürzel", "Titel", "Leitthema", "Federführung", "Status"));

  @Test
  void shouldListEveryProjectBelowAFrozenHeader() throws IOException {
    byte[] bytes =
        workbook.write(
            List.of(
                new PortfolioLine(
                    "INF-01",
                    "Bochum-App",
                    "Zukunftsfähige Infrastruktur",
                    "Stadt Bochum",
                    "Umgesetzt"),
                new PortfolioLine(
                    "MOB-03",
                    "Bodenfeuchtesensoren",
                    "Nachhaltige Mobilität und Umweltschutz",
                    "USB Umweltservice Bochum",
                    "In Umsetzung")));

    try (var read = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      Sheet sheet = read.getSheet("Portfolio");
      assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Titel");
      assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("INF-01");
      assertThat(sheet.getRow(2).getCell(3).getStringCellValue())
          .isEqualTo("USB Umweltservice Bochum");
      assertThat(sheet.getLastRowNum()).isEqualTo(2);
      assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
    }
  }

  @Test
  void shouldKeepATitleThatLooksLikeAFormulaAsText() throws IOException {
    byte[] bytes =
        workbook.write(
            List.of(new PortfolioLine("X-1", "=HYPERLINK(\"http://evil\")", "T", "O", "S")));

    try (var read = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      var cell = read.getSheet("Portfolio").getRow(1).getCell(1);
      assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
      assertThat(cell.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://evil\")");
    }
  }

  @Test
  void shouldRefuseHeadingsThatDoNotMatchTheColumns() {
    assertThatThrownBy(() -> new PortfolioWorkbook(List.of("only one")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
