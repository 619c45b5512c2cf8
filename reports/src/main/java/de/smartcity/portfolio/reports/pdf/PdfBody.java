package de.smartcity.portfolio.reports.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import de.smartcity.portfolio.reports.text.ReportTexts;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** The content area of a PDF report, filled from top to bottom. */
public final class PdfBody {

  /** Rows a long table keeps before they are laid out, so memory stays flat however many. */
  private static final int ROWS_PER_FLUSH = 200;

  private final Document document;
  private final PdfFrame frame;
  private final PdfWriter writer;

  PdfBody(Document document, PdfFrame frame, PdfWriter writer) {
    this.document = document;
    this.frame = frame;
    this.writer = writer;
  }

  public ReportTexts texts() {
    return frame.texts();
  }

  public void title(String title, String subtitle) {
    add(paragraph(title, PdfStyles.TITLE, 0, 2));
    if (subtitle != null && !subtitle.isBlank()) {
      add(paragraph(subtitle, PdfStyles.SUBHEADING, 0, 8));
    }
  }

  public void heading(String text) {
    add(paragraph(text, PdfStyles.HEADING, 10, 4));
  }

  public void subheading(String text) {
    add(paragraph(text, PdfStyles.SUBHEADING, 6, 2));
  }

  public void paragraph(String text) {
    add(paragraph(text, PdfStyles.BODY, 0, 6));
  }

  /** Label and value side by side; long values wrap within their column. */
  public void facts(List<Fact> facts) {
    PdfPTable table =
        new PdfPTable(new float[] {frame.landscape() ? 2f : 1.6f, frame.landscape() ? 4.5f : 2.4f});
    table.setWidthPercentage(100);
    table.setSpacingAfter(8);
    for (Fact fact : facts) {
      table.addCell(fact(fact.label(), PdfStyles.BODY_BOLD));
      table.addCell(fact(fact.value(), PdfStyles.BODY));
    }
    add(table);
  }

  /** A bar chart across the width of the page. */
  public void barChart(BarChart chart) {
    add(PdfBarChart.image(writer, chart, texts(), document.right() - document.left()));
  }

  /**
   * A heading and its bar chart, kept on one page: when the chart does not fit below the heading,
   * both move to the next page.
   */
  public void barChart(String heading, BarChart chart) {
    PdfPTable block = new PdfPTable(1);
    block.setWidthPercentage(100);
    block.setKeepTogether(true);
    block.setSpacingBefore(10);
    PdfPCell title = borderless(heading, PdfStyles.HEADING);
    title.setPaddingLeft(0);
    title.setPaddingBottom(6);
    block.addCell(title);
    PdfPCell image =
        new PdfPCell(
            PdfBarChart.image(writer, chart, texts(), document.right() - document.left()), false);
    image.setBorder(Rectangle.NO_BORDER);
    image.setPadding(0);
    block.addCell(image);
    add(block);
  }

  public void table(PdfTable table) {
    add(table.element());
  }

  /**
   * A table of any length: rows are laid out in batches, and the header repeats on each page.
   *
   * @param table a table with its header and nothing else yet
   * @param totals adds the closing rows after the last item
   */
  public <T> void longTable(
      PdfTable table, Iterable<T> items, BiConsumer<PdfTable, T> row, Consumer<PdfTable> totals) {
    PdfPTable element = table.element();
    element.setComplete(false);
    int pending = 0;
    for (T item : items) {
      row.accept(table, item);
      if (++pending == ROWS_PER_FLUSH) {
        add(element);
        pending = 0;
      }
    }
    totals.accept(table);
    element.setComplete(true);
    add(element);
  }

  /** Place and date, already filled in, beside a line to sign on. */
  public void signatureBlock(LocalDate signedOn, String signatory) {
    PdfPTable block = new PdfPTable(new float[] {10, 2, 10});
    block.setWidthPercentage(frame.landscape() ? 70 : 100);
    block.setHorizontalAlignment(Element.ALIGN_LEFT);
    block.setSpacingBefore(28);
    block.setKeepTogether(true);
    String placeAndDate = frame.issuer().place() + ", " + texts().date(signedOn);
    block.addCell(signatureLine(placeAndDate));
    block.addCell(borderless("", PdfStyles.BODY));
    block.addCell(signatureLine(""));
    block.addCell(borderless(texts().get("signature.placeDate"), PdfStyles.SMALL));
    block.addCell(borderless("", PdfStyles.BODY));
    String caption = texts().get("signature.signature");
    if (signatory != null && !signatory.isBlank()) {
      caption = caption + "\n" + signatory;
    }
    block.addCell(borderless(caption, PdfStyles.SMALL));
    add(block);
  }

  public void newPage() {
    document.newPage();
  }

  private void add(Element element) {
    document.add(element);
  }

  private static Paragraph paragraph(String text, Font font, float before, float after) {
    var paragraph = new Paragraph(PdfStyles.printable(text), font);
    paragraph.setSpacingBefore(before);
    paragraph.setSpacingAfter(after);
    return paragraph;
  }

  private static PdfPCell borderless(String text, Font font) {
    PdfPCell cell = PdfTable.cell(text, font, Element.ALIGN_LEFT);
    cell.setBorder(Rectangle.NO_BORDER);
    return cell;
  }

  private static PdfPCell fact(String text, Font font) {
    PdfPCell cell = borderless(text, font);
    cell.setPaddingTop(1.5f);
    cell.setPaddingBottom(2.5f);
    return cell;
  }

  private static PdfPCell signatureLine(String text) {
    PdfPCell cell = PdfTable.cell(text, PdfStyles.BODY, Element.ALIGN_LEFT);
    cell.setBorder(Rectangle.BOTTOM);
    cell.setBorderColor(java.awt.Color.BLACK);
    cell.setFixedHeight(34);
    cell.setVerticalAlignment(Element.ALIGN_BOTTOM);
    return cell;
  }
}
