package de.smartcity.portfolio.reports.excel;

import de.smartcity.portfolio.reports.common.Health;
import de.smartcity.portfolio.reports.text.SafeText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Writes one sheet from top to bottom; the only way the reports put values into cells.
 *
 * <p>Rows are written strictly in order because the workbook streams: rows far above the current
 * one are already on disk. Text always becomes a text cell, so a payee called {@code
 * =HYPERLINK(..)} can never turn into a formula; only {@code *Formula} methods write formulas, and
 * only ones the reports build themselves.
 */
public final class SheetWriter {

  private static final float LINE_HEIGHT_POINTS = 15f;
  private static final int DEFAULT_WIDTH_CHARACTERS = 10;

  private final Sheet sheet;
  private final ExcelStyles styles;
  private int[] widths = new int[0];
  private Row row;
  private int next;

  SheetWriter(Sheet sheet, ExcelStyles styles) {
    this.sheet = sheet;
    this.styles = styles;
  }

  public String name() {
    return sheet.getSheetName();
  }

  /** Sets column widths in characters; call first, wrapped rows estimate their height from it. */
  public void columnWidths(int... characters) {
    widths = characters.clone();
    for (int column = 0; column < characters.length; column++) {
      sheet.setColumnWidth(column, characters[column] * 256);
    }
  }

  /** Starts the next row and returns its index (counting from zero). */
  public int newRow() {
    row = sheet.createRow(next);
    return next++;
  }

  public void skipRows(int count) {
    next += count;
  }

  /** The index of the next row to be written. */
  public int nextRowIndex() {
    return next;
  }

  public void title(String text) {
    newRow();
    put(0, SafeText.clean(text), styles.title);
    row.setHeightInPoints(2 * LINE_HEIGHT_POINTS);
  }

  /** A header row; returns its index for freezing, filtering and repeating it. */
  public int headerRow(List<String> headings) {
    int index = newRow();
    for (int column = 0; column < headings.size(); column++) {
      put(column, SafeText.clean(headings.get(column)), styles.header);
    }
    fitHeight(headings);
    return index;
  }

  public void text(int column, String value) {
    String clean = SafeText.clean(value);
    put(column, clean, SafeText.looksLikeFormula(clean) ? styles.quotedText : styles.text);
  }

  /** Text that may be long: wraps inside its column, the row grows to show it. */
  public void wrappedText(int column, String value) {
    String clean = SafeText.clean(value);
    put(column, clean, SafeText.looksLikeFormula(clean) ? styles.quotedWrapped : styles.wrapped);
    growToFit(column, clean);
  }

  public void label(int column, String value) {
    String clean = SafeText.clean(value);
    put(column, clean, styles.label);
    growToFit(column, clean);
  }

  public void totalLabel(int column, String value) {
    put(column, SafeText.clean(value), styles.totalLabel);
  }

  public void health(int column, Health health, String label) {
    put(column, SafeText.clean(label), styles.health(health));
  }

  public void money(int column, BigDecimal amount) {
    // Excel stores every number as a binary double; this is the one place money is converted.
    cell(column, styles.money).setCellValue(amount.doubleValue());
  }

  /** A rate such as 65.00 (percent), stored as the fraction Excel's percent format expects. */
  public void percent(int column, BigDecimal percent) {
    cell(column, styles.percent).setCellValue(percent.movePointLeft(2).doubleValue());
  }

  public void date(int column, LocalDate date) {
    if (date != null) {
      cell(column, styles.date).setCellValue(date);
    }
  }

  public void number(int column, long value) {
    cell(column, styles.number).setCellValue(value);
  }

  /**
   * A formula that computes an amount the record already holds; the record's value is stored as the
   * cached result so that viewers which do not calculate still show the right figure.
   */
  public void moneyFormula(int column, String formula, BigDecimal expected) {
    formula(column, formula, expected.doubleValue(), styles.money);
  }

  public void totalMoneyFormula(int column, String formula, BigDecimal expected) {
    formula(column, formula, expected.doubleValue(), styles.moneyTotal);
  }

  /** A share formula (see {@link Formulas#share}) checking a percentage such as 65.00. */
  public void shareFormula(int column, String formula, BigDecimal expectedPercent) {
    formula(column, formula, expectedPercent.movePointLeft(2).doubleValue(), styles.percent);
  }

  public void totalShareFormula(int column, String formula, BigDecimal expectedPercent) {
    formula(column, formula, expectedPercent.movePointLeft(2).doubleValue(), styles.percentTotal);
  }

  /** Joins cells of the current row, e.g. a heading over the two columns it groups. */
  public void merge(int firstColumn, int lastColumn) {
    int index = row.getRowNum();
    sheet.addMergedRegion(new CellRangeAddress(index, index, firstColumn, lastColumn));
  }

  /** Keeps the rows above {@code row} in view while scrolling. */
  public void freezeRowsAbove(int row) {
    sheet.createFreezePane(0, row);
  }

  public void autoFilter(int headerRow, int lastRow, int lastColumn) {
    sheet.setAutoFilter(
        new CellRangeAddress(headerRow, Math.max(headerRow, lastRow), 0, lastColumn));
  }

  /** Prints these rows on top of every page. */
  public void repeatRowsOnEachPage(int firstRow, int lastRow) {
    sheet.setRepeatingRows(new CellRangeAddress(firstRow, lastRow, -1, -1));
  }

  private void formula(int column, String formula, double cached, CellStyle style) {
    Cell cell = cell(column, style);
    cell.setCellFormula(formula);
    cell.setCellValue(cached);
  }

  private void put(int column, String value, CellStyle style) {
    cell(column, style).setCellValue(value);
  }

  private Cell cell(int column, CellStyle style) {
    if (row == null) {
      throw new IllegalStateException("newRow() first");
    }
    Cell cell = row.createCell(column);
    cell.setCellStyle(style);
    return cell;
  }

  private void fitHeight(List<String> texts) {
    for (int column = 0; column < texts.size(); column++) {
      growToFit(column, texts.get(column));
    }
  }

  /**
   * Excel does not size rows to wrapped text when it opens a file, so the height is estimated from
   * the text's length against the column width.
   */
  private void growToFit(int column, String text) {
    int width = column < widths.length ? widths[column] : DEFAULT_WIDTH_CHARACTERS;
    int lines =
        Arrays.stream(text.split("\n", -1))
            .mapToInt(line -> Math.max(1, (line.length() + width - 1) / Math.max(1, width - 1)))
            .sum();
    float height = lines * LINE_HEIGHT_POINTS;
    if (height > row.getHeightInPoints()) {
      row.setHeightInPoints(Math.min(height, 409f));
    }
  }
}
