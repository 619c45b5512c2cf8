package de.smartcity.portfolio.reports.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import de.smartcity.portfolio.reports.common.Health;
import de.smartcity.portfolio.reports.text.SafeText;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.text.Normalizer;

/**
 * Fonts and colours of the city's documents.
 *
 * <p>Helvetica is one of the PDF standard fonts: every viewer has it, so nothing is embedded, and
 * its Windows-1252 encoding covers German, the euro sign and typographic dashes and quotes. The
 * base fonts are created explicitly because OpenPDF otherwise swaps any text with a euro sign or a
 * dash for an embedded regular Liberation Sans, which loses the bold of totals.
 */
final class PdfStyles {

  static final Color ACCENT = new Color(0x00, 0x4B, 0x87);
  static final Color HEADER_FILL = new Color(0xE3, 0xE9, 0xF0);
  static final Color GROUP_FILL = new Color(0xF4, 0xF7, 0xFA);
  static final Color TOTAL_FILL = new Color(0xF2, 0xF2, 0xF2);
  static final Color RULE = new Color(0x9A, 0xA5, 0xB1);

  private static final BaseFont REGULAR = standardFont(BaseFont.HELVETICA);
  private static final BaseFont BOLD = standardFont(BaseFont.HELVETICA_BOLD);
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  static final Font TITLE = new Font(BOLD, 16, Font.NORMAL, ACCENT);
  static final Font HEADING = new Font(BOLD, 12, Font.NORMAL, ACCENT);
  static final Font SUBHEADING = new Font(BOLD, 10, Font.NORMAL, Color.BLACK);
  static final Font BODY = new Font(REGULAR, 9, Font.NORMAL, Color.BLACK);
  static final Font BODY_BOLD = new Font(BOLD, 9, Font.NORMAL, Color.BLACK);
  static final Font SMALL = new Font(REGULAR, 7.5f, Font.NORMAL, Color.DARK_GRAY);
  static final Font TABLE = new Font(REGULAR, 8, Font.NORMAL, Color.BLACK);
  static final Font TABLE_BOLD = new Font(BOLD, 8, Font.NORMAL, Color.BLACK);
  static final Font PAGE_HEADER = new Font(BOLD, 9, Font.NORMAL, ACCENT);

  private PdfStyles() {}

  static BaseFont regularFont() {
    return REGULAR;
  }

  static Color health(Health health) {
    return switch (health) {
      case GREEN -> new Color(0xC6, 0xEF, 0xCE);
      case AMBER -> new Color(0xFF, 0xE0, 0x99);
      case RED -> new Color(0xF4, 0xB6, 0xB6);
    };
  }

  /**
   * The text as Helvetica can show it: a letter outside Windows-1252 loses its accent where it has
   * one (ő becomes o) and becomes "?" otherwise, so that no character vanishes unnoticed.
   */
  static String printable(String text) {
    String clean = SafeText.clean(text);
    var encoder = WINDOWS_1252.newEncoder();
    if (encoder.canEncode(clean)) {
      return clean;
    }
    StringBuilder out = new StringBuilder(clean.length());
    clean
        .codePoints()
        .forEach(
            c -> {
              String character = Character.toString(c);
              if (encoder.canEncode(character)) {
                out.append(character);
              } else {
                String base =
                    Normalizer.normalize(character, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
                out.append(!base.isEmpty() && encoder.canEncode(base) ? base : "?");
              }
            });
    return out.toString();
  }

  private static BaseFont standardFont(String name) {
    try {
      return BaseFont.createFont(name, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
