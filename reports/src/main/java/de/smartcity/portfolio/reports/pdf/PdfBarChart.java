package de.smartcity.portfolio.reports.pdf;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import de.smartcity.portfolio.reports.text.ReportTexts;
import java.awt.Color;
import java.math.BigDecimal;

/**
 * Draws a {@link BarChart} as vector graphics with OpenPDF's own drawing operations: horizontal
 * bars, the amount written at the end of each, and a legend. The colours differ in lightness as
 * well as hue, and every bar carries its amount, so the chart also reads in black and white.
 */
final class PdfBarChart {

  static final Color FIRST = PdfStyles.ACCENT;
  static final Color SECOND = new Color(0xD9, 0x82, 0x1E);

  private static final float LABEL_WIDTH = 150;
  private static final float VALUE_WIDTH = 78;
  private static final float BAR = 8;
  private static final float ROW = 2 * BAR + 8;
  private static final float LEGEND = 18;
  private static final float FONT_SIZE = 7.5f;

  private PdfBarChart() {}

  static Image image(PdfWriter writer, BarChart chart, ReportTexts texts, float width) {
    float height = LEGEND + chart.bars().size() * ROW + 2;
    PdfTemplate canvas = writer.getDirectContent().createTemplate(width, height);
    BigDecimal largest = largest(chart);
    float barArea = width - LABEL_WIDTH - VALUE_WIDTH;
    legend(canvas, chart, height);
    float top = height - LEGEND;
    for (BarChart.Bar bar : chart.bars()) {
      text(canvas, shorten(bar.label()), 0, top - ROW / 2 - 2, Element.ALIGN_LEFT);
      bar(canvas, bar.first(), largest, barArea, top - BAR - 3, FIRST, texts);
      bar(canvas, bar.second(), largest, barArea, top - 2 * BAR - 4, SECOND, texts);
      top -= ROW;
    }
    try {
      Image image = Image.getInstance(canvas);
      image.setAlignment(Element.ALIGN_LEFT);
      image.setSpacingAfter(6);
      return image;
    } catch (BadElementException e) {
      throw new IllegalStateException("Could not place the chart", e);
    }
  }

  private static BigDecimal largest(BarChart chart) {
    BigDecimal largest = BigDecimal.ZERO;
    for (BarChart.Bar bar : chart.bars()) {
      largest = largest.max(bar.first()).max(bar.second());
    }
    return largest;
  }

  private static void bar(
      PdfContentByte canvas,
      BigDecimal amount,
      BigDecimal largest,
      float area,
      float y,
      Color colour,
      ReportTexts texts) {
    float length =
        largest.signum() == 0 ? 0 : amount.floatValue() / largest.floatValue() * (area - 4);
    canvas.setColorFill(colour);
    canvas.rectangle(LABEL_WIDTH, y, Math.max(length, 0.5f), BAR);
    canvas.fill();
    text(canvas, texts.money(amount), LABEL_WIDTH + length + 3, y + 1, Element.ALIGN_LEFT);
  }

  private static void legend(PdfContentByte canvas, BarChart chart, float height) {
    float y = height - 10;
    canvas.setColorFill(FIRST);
    canvas.rectangle(LABEL_WIDTH, y, 8, 8);
    canvas.fill();
    text(canvas, chart.first(), LABEL_WIDTH + 11, y + 1, Element.ALIGN_LEFT);
    canvas.setColorFill(SECOND);
    canvas.rectangle(LABEL_WIDTH + 90, y, 8, 8);
    canvas.fill();
    text(canvas, chart.second(), LABEL_WIDTH + 101, y + 1, Element.ALIGN_LEFT);
  }

  private static void text(PdfContentByte canvas, String text, float x, float y, int align) {
    canvas.beginText();
    canvas.setColorFill(Color.BLACK);
    canvas.setFontAndSize(PdfStyles.regularFont(), FONT_SIZE);
    canvas.showTextAligned(align, PdfStyles.printable(text), x, y, 0);
    canvas.endText();
  }

  /** Long theme names are cut to the label column; the table below the chart has them in full. */
  private static String shorten(String label) {
    int max = 36;
    return label.length() <= max ? label : label.substring(0, max - 1) + "…";
  }
}
