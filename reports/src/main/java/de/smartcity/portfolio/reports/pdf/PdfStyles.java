package de.smartcity.portfolio.reports.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import de.smartcity.portfolio.reports.common.Health;
import de.smartcity.portfolio.reports.text.SafeText;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Fonts and colours of the city's documents.
 *
 * <p>DejaVu Sans is embedded (as a subset of the glyphs used), so a title in Greek or Cyrillic, a
 * check mark or a typographic dash prints as written on every reader's machine; the standard
 * Helvetica knew only Windows-1252 and printed anything else as "?".
 */
final class PdfStyles {

  static final Color ACCENT = new Color(0x00, 0x4B, 0x87);
  static final Color HEADER_FILL = new Color(0xE3, 0xE9, 0xF0);
  static final Color GROUP_FILL = new Color(0xF4, 0xF7, 0xFA);
  static final Color TOTAL_FILL = new Color(0xF2, 0xF2, 0xF2);
  static final Color RULE = new Color(0x9A, 0xA5, 0xB1);

  private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";
  private static final BaseFont REGULAR = embeddedFont("DejaVuSans.ttf");
  private static final BaseFont BOLD = embeddedFont("DejaVuSans-Bold.ttf");

  /** Printed for a character the font has no glyph for, so that none vanishes unnoticed. */
  static final String MISSING = "\u25A1";

  static final Font TITLE = new Font(BOLD, 16, Font.NORMAL, ACCENT);
  static final Font HEADING = new Font(BOLD, 12, Font.NORMAL, ACCENT);
  static final Font SUBHEADING = new Font(BOLD, 10, Font.NORMAL, Color.BLACK);
  static final Font BODY = new Font(REGULAR, 9, Font.NORMAL, Color.BLACK);
  static final Font BODY_BOLD = new Font(BOLD, 9, Font.NORMAL, Color.BLACK);
  static final Font SMALL = new Font(REGULAR, 7.5f, Font.NORMAL, Color.DARK_GRAY);
  static final Font TABLE = new Font(REGULAR, 8, Font.NORMAL, Color.BLACK);
  static final Font TABLE_BOLD = new Font(BOLD, 8, Font.NORMAL, Color.BLACK);
  static final Font TABLE_COMPACT = new Font(REGULAR, 7, Font.NORMAL, Color.BLACK);
  static final Font TABLE_COMPACT_BOLD = new Font(BOLD, 7, Font.NORMAL, Color.BLACK);
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
   * The text as the font can show it: a character without a glyph (an emoji, a script DejaVu Sans
   * lacks) becomes a visible white square rather than vanishing or turning into "?".
   */
  static String printable(String text) {
    String clean = SafeText.clean(text);
    if (clean.codePoints().allMatch(PdfStyles::printable)) {
      return clean;
    }
    StringBuilder out = new StringBuilder(clean.length());
    clean.codePoints().forEach(c -> out.append(printable(c) ? Character.toString(c) : MISSING));
    return out.toString();
  }

  private static boolean printable(int c) {
    return Character.isWhitespace(c) || (REGULAR.charExists(c) && BOLD.charExists(c));
  }

  private static BaseFont embeddedFont(String file) {
    try (InputStream in = PdfStyles.class.getResourceAsStream(FONTS + file)) {
      if (in == null) {
        throw new IllegalStateException("The font " + file + " is not on the class path");
      }
      return BaseFont.createFont(
          file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
