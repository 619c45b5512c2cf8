package de.smartcity.portfolio.it;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads generated files back as an auditor would: workbooks with their formulas evaluated by POI,
 * PDFs as the text PDFBox extracts, and files as their SHA-256 checksum.
 */
final class ReadBack {

  private ReadBack() {}

  static XSSFWorkbook workbook(byte[] content) {
    try {
      return new XSSFWorkbook(new ByteArrayInputStream(content));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The row whose first cell holds the label; fails when there is none. */
  static Row row(Sheet sheet, String label) {
    return firstRow(sheet, label::equals, "labelled " + label);
  }

  /** The first row whose first cell starts with the text, for labels that name a date or rate. */
  static Row rowStarting(Sheet sheet, String start) {
    return firstRow(sheet, text -> text.startsWith(start), "starting with " + start);
  }

  private static Row firstRow(
      Sheet sheet, java.util.function.Predicate<String> label, String described) {
    for (Row row : sheet) {
      Cell first = row.getCell(0);
      if (first != null
          && first.getCellType() == CellType.STRING
          && label.test(first.getStringCellValue())) {
        return row;
      }
    }
    throw new AssertionError("No row " + described + " on " + sheet.getSheetName());
  }

  /** A cell's value in euros, a formula evaluated first, rounded to the cent for comparison. */
  static BigDecimal euros(Cell cell) {
    return BigDecimal.valueOf(value(cell)).setScale(2, RoundingMode.HALF_UP);
  }

  /** A share cell (a fraction) as percent with two decimals, as the proof prints it. */
  static BigDecimal percent(Cell cell) {
    return BigDecimal.valueOf(value(cell)).movePointRight(2).setScale(2, RoundingMode.HALF_UP);
  }

  private static double value(Cell cell) {
    FormulaEvaluator evaluator =
        cell.getSheet().getWorkbook().getCreationHelper().createFormulaEvaluator();
    return cell.getCellType() == CellType.FORMULA
        ? evaluator.evaluate(cell).getNumberValue()
        : cell.getNumericCellValue();
  }

  /**
   * The PDF's text, with runs of white space (line breaks of wrapped cells, the no-break space
   * between amount and euro sign) as one blank.
   */
  static String pdfText(byte[] content) {
    try (PDDocument document = Loader.loadPDF(content)) {
      return new PDFTextStripper().getText(document).replace('\u00A0', ' ').replaceAll("\\s+", " ");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static int pdfPages(byte[] content) {
    try (PDDocument document = Loader.loadPDF(content)) {
      return document.getNumberOfPages();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Money as the German documents print it, e.g. {@code 2.189,14 €}. */
  static String german(BigDecimal amount) {
    var symbols = java.text.DecimalFormatSymbols.getInstance(java.util.Locale.GERMAN);
    return new java.text.DecimalFormat("#,##0.00", symbols).format(amount) + " €";
  }

  /** A share as the German documents print it, e.g. {@code 61,36 %}. */
  static String germanPercent(BigDecimal percent) {
    var symbols = java.text.DecimalFormatSymbols.getInstance(java.util.Locale.GERMAN);
    return new java.text.DecimalFormat("0.00", symbols).format(percent) + " %";
  }
}
