package de.smartcity.portfolio.reports.text;

/**
 * Makes free text from users safe to put into a workbook or a PDF.
 *
 * <p>Both formats are XML or XML-like inside: a control character or half a surrogate pair from a
 * pasted text would make Excel refuse the whole file, so such characters are dropped.
 */
public final class SafeText {

  private SafeText() {}

  /** The text without the characters XML 1.0 forbids; null becomes empty. */
  public static String clean(String text) {
    if (text == null) {
      return "";
    }
    if (isPlain(text)) {
      return text;
    }
    // A lone surrogate comes out of codePoints() as itself, so the same test drops it.
    StringBuilder kept = new StringBuilder(text.length());
    text.codePoints().filter(SafeText::isXmlCharacter).forEach(kept::appendCodePoint);
    return kept.toString();
  }

  /**
   * Whether a spreadsheet program would take the text for a formula if a user ever re-entered or
   * imported it (CSV injection); such cells get Excel's quote prefix.
   */
  public static boolean looksLikeFormula(String text) {
    if (text.isEmpty()) {
      return false;
    }
    char first = text.charAt(0);
    return first == '='
        || first == '+'
        || first == '-'
        || first == '@'
        || first == '\t'
        || first == '\r';
  }

  /** The common case, checked without allocating: every cell of a large list passes through. */
  private static boolean isPlain(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c >= 0xD800) {
        return false;
      }
    }
    return true;
  }

  private static boolean isXmlCharacter(int c) {
    return c == '\t'
        || c == '\n'
        || c == '\r'
        || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }
}
