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
import java.util.ArrayList;
import java.util.List;

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
  private static final float LINE = FONT_SIZE + 1.5f;

  private PdfBarChart() {}

  static Image image(PdfWriter writer, BarChart chart, ReportTexts texts, float width) {
    List<List<String>> labels =
        chart.bars().stream().map(bar -> wrap(bar.label(), LABEL_WIDTH - 6)).toList();
    float height = LEGEND + 2;
    for (List<String> label : labels) {
      height += rowHeight(label);
    }
    PdfTemplate canvas = writer.getDirectContent().createTemplate(width, height);
    BigDecimal largest = largest(chart);
    float barArea = width - LABEL_WIDTH - VALUE_WIDTH;
    legend(canvas, chart, height);
    float top = height - LEGEND;
    for (int i = 0; i < chart.bars().size(); i++) {
      BarChart.Bar bar = chart.bars().get(i);
      List<String> label = labels.get(i);
      float row = rowHeight(label);
      float y = top - (row - label.size() * LINE) / 2 - FONT_SIZE;
      for (String line : label) {
        text(canvas, line, 0, y, Element.ALIGN_LEFT);
        y -= LINE;
      }
      float bars = top - (row - ROW) / 2;
      bar(canvas, bar.first(), largest, barArea, bars - BAR - 3, FIRST, texts);
      bar(canvas, bar.second(), largest, barArea, bars - 2 * BAR - 4, SECOND, texts);
      top -= row;
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

  private static float rowHeight(List<String> label) {
    return Math.max(ROW, label.size() * LINE + 6);
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

  /** A long name wraps at blanks within the label column; it is never cut. */
  static List<String> wrap(String label, float width) {
    String text = PdfStyles.printable(label);
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      String candidate = line.isEmpty() ? word : line + " " + word;
      if (!line.isEmpty() && !fits(candidate, width)) {
        lines.add(line.toString());
        line = new StringBuilder(word);
      } else {
        line = new StringBuilder(candidate);
      }
    }
    lines.add(line.toString());
    return lines;
  }

  private static boolean fits(String text, float width) {
    return PdfStyles.regularFont().getWidthPoint(text, FONT_SIZE) <= width;
  }
}
