package de.smartcity.portfolio.reports.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import de.smartcity.portfolio.reports.common.Health;
import de.smartcity.portfolio.reports.text.ReportTexts;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A full-width table whose header rows repeat on every page it spans.
 *
 * <p>Add header cells first, then call {@link #body()}; cells fill the rows left to right.
 */
public final class PdfTable {

  private final PdfPTable table;
  private final ReportTexts texts;
  private Font regular = PdfStyles.TABLE;
  private Font bold = PdfStyles.TABLE_BOLD;
  private float padding = 3;

  public PdfTable(ReportTexts texts, float... relativeWidths) {
    this.texts = texts;
    this.table = new PdfPTable(relativeWidths);
    table.setWidthPercentage(100);
    table.setSpacingBefore(4);
    table.setSpacingAfter(10);
    // Long texts may split across pages instead of pushing a whole row to the next one.
    table.setSplitLate(false);
  }

  /**
   * Smaller type and padding for a table with many columns or many rows (the portfolio, a receipt
   * list of hundreds of payments); call it before adding cells. Its rows are a few lines high, so a
   * row that does not fit at the foot of a page moves whole to the next one: a reader never finds a
   * project's name or organisation half on one page and half on the next.
   */
  public PdfTable compact() {
    table.setSplitLate(true);
    regular = PdfStyles.TABLE_COMPACT;
    bold = PdfStyles.TABLE_COMPACT_BOLD;
    padding = 1.5f;
    return this;
  }

  public PdfTable header(String... headings) {
    for (String heading : headings) {
      header(heading, 1);
    }
    return this;
  }

  public PdfTable header(String heading, int columns) {
    PdfPCell cell = cell(heading, bold, Element.ALIGN_LEFT);
    cell.setColspan(columns);
    cell.setBackgroundColor(PdfStyles.HEADER_FILL);
    add(cell);
    return this;
  }

  /** Right-aligned header, to stand above a column of figures. */
  public PdfTable figureHeader(String heading) {
    PdfPCell cell = cell(heading, bold, Element.ALIGN_RIGHT);
    cell.setBackgroundColor(PdfStyles.HEADER_FILL);
    add(cell);
    return this;
  }

  /** Marks all complete rows so far as the header that repeats on each page. */
  public PdfTable body() {
    table.setHeaderRows(table.size());
    return this;
  }

  public PdfTable text(String value) {
    add(cell(value, regular, Element.ALIGN_LEFT));
    return this;
  }

  public PdfTable amount(BigDecimal value) {
    return figure(texts.money(value));
  }

  public PdfTable percent(BigDecimal value) {
    return figure(texts.percent(value));
  }

  public PdfTable date(LocalDate value) {
    add(cell(texts.date(value), regular, Element.ALIGN_LEFT));
    return this;
  }

  /** A figure given as text (a KPI's target as entered), right-aligned like the others. */
  public PdfTable figureText(String value) {
    return figure(value);
  }

  public PdfTable number(long value) {
    return figure(Long.toString(value));
  }

  private PdfTable figure(String formatted) {
    add(cell(formatted, regular, Element.ALIGN_RIGHT));
    return this;
  }

  public PdfTable health(Health value) {
    PdfPCell cell = cell(texts.label(value), regular, Element.ALIGN_LEFT);
    cell.setBackgroundColor(PdfStyles.health(value));
    add(cell);
    return this;
  }

  /** A row that opens a group of rows, e.g. a strategic theme above its projects. */
  public PdfTable group(String label, int columns) {
    PdfPCell cell = cell(label, bold, Element.ALIGN_LEFT);
    cell.setColspan(columns);
    cell.setBackgroundColor(PdfStyles.GROUP_FILL);
    add(cell);
    return this;
  }

  public PdfTable totalNumber(long value) {
    add(total(Long.toString(value), Element.ALIGN_RIGHT));
    return this;
  }

  public PdfTable totalLabel(String label, int columns) {
    PdfPCell cell = total(label, Element.ALIGN_LEFT);
    cell.setColspan(columns);
    add(cell);
    return this;
  }

  public PdfTable totalAmount(BigDecimal value) {
    add(total(texts.money(value), Element.ALIGN_RIGHT));
    return this;
  }

  public PdfTable totalPercent(BigDecimal value) {
    add(total(texts.percent(value), Element.ALIGN_RIGHT));
    return this;
  }

  /**
   * A share of 100 % as a small bar with the share written beside it, e.g. a KPI's value against
   * its target; over 100 % the bar is full. Without a share the cell says {@code whenUnknown}.
   */
  public PdfTable bar(BigDecimal percent, String whenUnknown) {
    if (percent == null) {
      return text(whenUnknown);
    }
    PdfPCell cell = cell(texts.percent(percent), regular, Element.ALIGN_RIGHT);
    cell.setCellEvent(new ShareBar(percent.floatValue()));
    add(cell);
    return this;
  }

  private void add(PdfPCell cell) {
    cell.setPadding(padding);
    cell.setPaddingBottom(padding + 1);
    table.addCell(cell);
  }

  PdfPTable element() {
    return table;
  }

  private PdfPCell total(String text, int alignment) {
    PdfPCell cell = cell(text, bold, alignment);
    cell.setBackgroundColor(PdfStyles.TOTAL_FILL);
    return cell;
  }

  static PdfPCell cell(String text, Font font, int alignment) {
    PdfPCell cell = new PdfPCell(new Phrase(PdfStyles.printable(text), font));
    cell.setHorizontalAlignment(alignment);
    cell.setVerticalAlignment(Element.ALIGN_TOP);
    cell.setLeading(0, 1.25f);
    cell.setPadding(3);
    cell.setPaddingBottom(4);
    cell.setBorderColor(PdfStyles.RULE);
    cell.setBorderWidth(0.5f);
    return cell;
  }
}
