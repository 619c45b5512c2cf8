package de.smartcity.portfolio.reports.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/** Writes a PDF in the city's page frame; the caller only supplies the content. */
public final class PdfReportWriter {

  private PdfReportWriter() {}

  public static void write(PdfFrame frame, OutputStream out, Consumer<PdfBody> content) {
    try {
      PageDecoration.stamp(pages(frame, content), frame, out);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the PDF", e);
    } catch (DocumentException e) {
      throw new IllegalStateException("Could not lay out the PDF", e);
    }
  }

  private static byte[] pages(PdfFrame frame, Consumer<PdfBody> content) {
    // A landscape media box rather than a rotated portrait page, which some readers and text
    // extractors handle poorly.
    Rectangle size =
        frame.landscape()
            ? new Rectangle(PageSize.A4.getHeight(), PageSize.A4.getWidth())
            : PageSize.A4;
    var document =
        new Document(
            size,
            PageDecoration.LEFT,
            PageDecoration.RIGHT,
            PageDecoration.TOP,
            PageDecoration.BOTTOM);
    var buffer = new ByteArrayOutputStream();
    PdfWriter writer = PdfWriter.getInstance(document, buffer);
    document.addTitle(frame.title());
    document.addAuthor(frame.issuer().name());
    document.addCreator("Smart City Portfolio");
    document.open();
    // Screen readers pick the language for pronunciation from the catalog.
    writer
        .getExtraCatalog()
        .put(PdfName.LANG, new PdfString(frame.texts().locale().toLanguageTag()));
    content.accept(new PdfBody(document, frame, writer));
    document.close();
    return buffer.toByteArray();
  }
}
