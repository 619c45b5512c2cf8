package de.smartcity.portfolio.reports.excel;

import org.apache.poi.ss.util.CellReference;

/**
 * Builds the formula texts the workbooks use, so every total and share reads the same way for an
 * auditor: {@code SUM} over the rows above, shares rounded like the figures they check.
 */
public final class Formulas {

  private Formulas() {}

  /** A relative reference like {@code B5}; rows and columns count from zero. */
  public static String cell(int row, int column) {
    return new CellReference(row, column).formatAsString();
  }

  /** An absolute reference like {@code $B$5}, for a cell every row of a column points at. */
  public static String fixedCell(int row, int column) {
    return new CellReference(row, column, true, true).formatAsString();
  }

  /** A fixed range of one column, e.g. {@code $G$5:$G$104}. */
  public static String columnRange(int firstRow, int lastRow, int column) {
    return fixedCell(firstRow, column) + ":" + fixedCell(lastRow, column);
  }

  /** The sum of one column's rows; an empty range sums to zero instead of a broken reference. */
  public static String sum(int firstRow, int lastRow, int column) {
    if (lastRow < firstRow) {
      return "0";
    }
    return "SUM(" + cell(firstRow, column) + ":" + cell(lastRow, column) + ")";
  }

  /**
   * A share as a fraction rounded to four places, which is percent to the cent: the same commercial
   * rounding as the figure the report prints.
   */
  public static String share(String part, String whole) {
    return "IF(" + whole + "=0,0,ROUND(" + part + "/" + whole + ",4))";
  }

  /** A reference on another sheet; the name is always quoted since ours contain blanks and dots. */
  public static String onSheet(String sheetName, String reference) {
    return "'" + sheetName.replace("'", "''") + "'!" + reference;
  }

  /**
   * A SUMIFS criterion that matches exactly the given text: without the leading "=" a category such
   * as "&lt;50 EUR" would be read as a comparison, and without escaping "*" and "?" would be
   * wildcards.
   */
  public static String exactMatch(String value) {
    String escaped = value.replace("~", "~~").replace("*", "~*").replace("?", "~?");
    return "\"=" + escaped.replace("\"", "\"\"") + "\"";
  }
}
