package de.smartcity.portfolio.reports.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStamper;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Stamps header and footer onto the finished pages.
 *
 * <p>Done afterwards rather than while writing, because "Seite X von Y" needs the page count; as
 * plain page text (not a placeholder object) it also stays searchable and extractable.
 */
final class PageDecoration {

  static final float LEFT = 56;
  static final float RIGHT = 42;
  static final float TOP = 66;
  static final float BOTTOM = 56;

  private PageDecoration() {}

  static void stamp(byte[] pages, PdfFrame frame, OutputStream out)
      throws IOException, DocumentException {
    PdfReader reader = new PdfReader(pages);
    PdfStamper stamper = new PdfStamper(reader, out);
    int total = reader.getNumberOfPages();
    String issued = frame.texts().format("footer.issuedOn", frame.texts().date(frame.issuedOn()));
    for (int page = 1; page <= total; page++) {
      Rectangle size = reader.getPageSizeWithRotation(page);
      PdfContentByte canvas = stamper.getOverContent(page);
      float right = size.getWidth() - RIGHT;
      float headerLine = size.getHeight() - 40;
      write(
          canvas,
          frame.issuer().name(),
          PdfStyles.PAGE_HEADER,
          Element.ALIGN_LEFT,
          LEFT,
          headerLine + 6);
      write(canvas, frame.title(), PdfStyles.SMALL, Element.ALIGN_RIGHT, right, headerLine + 6);
      rule(canvas, LEFT, right, headerLine, 1f);
      float footerLine = BOTTOM - 22;
      rule(canvas, LEFT, right, footerLine, 0.5f);
      write(canvas, issued, PdfStyles.SMALL, Element.ALIGN_LEFT, LEFT, footerLine - 11);
      String pageOf = frame.texts().format("page.ofTotal", page, total);
      write(canvas, pageOf, PdfStyles.SMALL, Element.ALIGN_RIGHT, right, footerLine - 11);
    }
    stamper.close();
    reader.close();
  }

  private static void write(
      PdfContentByte canvas,
      String text,
      com.lowagie.text.Font font,
      int alignment,
      float x,
      float y) {
    ColumnText.showTextAligned(
        canvas, alignment, new Phrase(PdfStyles.printable(text), font), x, y, 0);
  }

  private static void rule(PdfContentByte canvas, float from, float to, float y, float width) {
    canvas.saveState();
    canvas.setColorStroke(PdfStyles.ACCENT);
    canvas.setLineWidth(width);
    canvas.moveTo(from, y);
    canvas.lineTo(to, y);
    canvas.stroke();
    canvas.restoreState();
  }
}
