package de.smartcity.portfolio.reports.excel;

import static de.smartcity.portfolio.reports.excel.Formulas.sum;

import java.math.BigDecimal;
import java.util.List;
import java.util.SortedMap;

/**
 * A list sheet as finance expects it: title, a frozen and filterable header that repeats on every
 * printed page, one row per item, and a total row of SUM formulas below.
 */
public final class ListSheet {

  /** Rows of the list, counted from zero; {@code last < first} when the list is empty. */
  public record Rows(int header, int first, int last, int total) {}

  /** Writes one item; {@code number} counts from one, for a running-number column. */
  @FunctionalInterface
  public interface RowWriter<T> {
    void write(SheetWriter sheet, T item, int number);
  }

  private ListSheet() {}

  /**
   * @param totals the expected total per money column, keyed by column index; each becomes a SUM
   *     over the list with the total as its cached result
   */
  public static <T> Rows write(
      SheetWriter sheet,
      String title,
      List<String> headings,
      Iterable<T> items,
      RowWriter<T> row,
      String totalLabel,
      SortedMap<Integer, BigDecimal> totals) {
    sheet.title(title);
    int header = sheet.headerRow(headings);
    int number = 0;
    for (T item : items) {
      sheet.newRow();
      row.write(sheet, item, ++number);
    }
    int first = header + 1;
    int last = header + number;
    int total = sheet.newRow();
    sheet.totalLabel(0, totalLabel);
    for (int column = 1; column < totals.firstKey(); column++) {
      sheet.totalLabel(column, "");
    }
    totals.forEach(
        (column, expected) -> sheet.totalMoneyFormula(column, sum(first, last, column), expected));
    sheet.freezeRowsAbove(first);
    sheet.autoFilter(header, last, headings.size() - 1);
    sheet.repeatRowsOnEachPage(header, header);
    return new Rows(header, first, last, total);
  }
}
