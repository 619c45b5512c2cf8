package de.smartcity.portfolio.reports.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text of a generated PDF, page by page.
 *
 * <p>PDFBox rather than OpenPDF's own extractor, which runs neighbouring table cells together. Text
 * comes in drawing order: within a page, OpenPDF draws tables after the paragraphs, so tests check
 * the order of headings and the content of rows, not the order of the two.
 */
public final class PdfText {

  private PdfText() {}

  public static List<String> pages(byte[] pdf) {
    try (var document = Loader.loadPDF(pdf)) {
      var stripper = new PDFTextStripper();
      List<String> pages = new ArrayList<>();
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        // Non-breaking spaces from number formats read as plain blanks.
        pages.add(stripper.getText(document).replace('\u00A0', ' '));
      }
      return pages;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String all(byte[] pdf) {
    return String.join("\n", pages(pdf));
  }
}
