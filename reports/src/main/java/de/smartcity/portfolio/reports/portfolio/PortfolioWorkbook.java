package de.smartcity.portfolio.reports.portfolio;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The portfolio list as an Excel workbook: one row per project under a frozen, filterable header.
 */
public final class PortfolioWorkbook {

  private final List<String> headings;

  /**
   * @param headings the column headings in the reader's language: code, title, theme, lead
   *     organisation, status
   */
  public PortfolioWorkbook(List<String> headings) {
    if (headings.size() != 5) {
      throw new IllegalArgumentException("Five headings expected, got " + headings.size());
    }
    this.headings = List.copyOf(headings);
  }

  public byte[] write(List<PortfolioLine> lines) {
    try (Workbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("Portfolio");
      writeHeader(sheet, headerStyle(workbook));
      int rowIndex = 1;
      for (PortfolioLine line : lines) {
        Row row = sheet.createRow(rowIndex++);
        // setCellValue(String) always stores text, so a title like "=HYPERLINK(..)" stays inert.
        row.createCell(0).setCellValue(line.code());
        row.createCell(1).setCellValue(line.title());
        row.createCell(2).setCellValue(line.theme());
        row.createCell(3).setCellValue(line.leadOrganisation());
        row.createCell(4).setCellValue(line.status());
      }
      sheet.createFreezePane(0, 1);
      sheet.setAutoFilter(
          new CellRangeAddress(0, Math.max(0, rowIndex - 1), 0, headings.size() - 1));
      for (int column = 0; column < headings.size(); column++) {
        sheet.autoSizeColumn(column);
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the portfolio workbook", e);
    }
  }

  private void writeHeader(Sheet sheet, CellStyle style) {
    Row header = sheet.createRow(0);
    for (int column = 0; column < headings.size(); column++) {
      var cell = header.createCell(column);
      cell.setCellValue(headings.get(column));
      cell.setCellStyle(style);
    }
  }

  private static CellStyle headerStyle(Workbook workbook) {
    Font bold = workbook.createFont();
    bold.setBold(true);
    CellStyle style = workbook.createCellStyle();
    style.setFont(bold);
    return style;
  }
}
