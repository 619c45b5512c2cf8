package de.smartcity.portfolio.reports.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads a generated workbook back the way Excel would, formulas recalculated. */
public final class Workbooks {

  private Workbooks() {}

  public static XSSFWorkbook open(byte[] bytes) {
    try {
      return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Cell cell(Sheet sheet, String address) {
    var reference = new CellReference(address);
    var row = sheet.getRow(reference.getRow());
    assertThat(row).as("row of %s on %s", address, sheet.getSheetName()).isNotNull();
    Cell cell = row.getCell(reference.getCol());
    assertThat(cell).as("%s on %s", address, sheet.getSheetName()).isNotNull();
    return cell;
  }

  /** Evaluates the formula afresh, ignoring the result cached in the file. */
  public static double evaluate(Sheet sheet, String address) {
    Cell cell = cell(sheet, address);
    assertThat(cell.getCellType()).as("%s is a formula", address).isEqualTo(CellType.FORMULA);
    CellValue value =
        sheet.getWorkbook().getCreationHelper().createFormulaEvaluator().evaluate(cell);
    assertThat(value.getCellType())
        .as("%s evaluates to a number", address)
        .isEqualTo(CellType.NUMERIC);
    return value.getNumberValue();
  }

  /** Asserts an evaluated amount equals the expected euro amount to the cent. */
  public static void assertEuros(Sheet sheet, String address, String expected) {
    assertThat(evaluate(sheet, address))
        .as("%s!%s", sheet.getSheetName(), address)
        .isCloseTo(new BigDecimal(expected).doubleValue(), within(1e-6));
  }

  /** Asserts an evaluated share (a fraction) equals the expected percentage, e.g. "12.35". */
  public static void assertPercent(Sheet sheet, String address, String expectedPercent) {
    assertThat(evaluate(sheet, address))
        .as("%s!%s", sheet.getSheetName(), address)
        .isCloseTo(new BigDecimal(expectedPercent).movePointLeft(2).doubleValue(), within(1e-9));
  }

  public static String text(Sheet sheet, String address) {
    Cell cell = cell(sheet, address);
    assertThat(cell.getCellType()).as("%s is text", address).isEqualTo(CellType.STRING);
    return cell.getStringCellValue();
  }
}
