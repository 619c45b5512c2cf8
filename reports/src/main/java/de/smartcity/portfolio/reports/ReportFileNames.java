package de.smartcity.portfolio.reports;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * File names that say what a document is and when it was made, e.g. {@code
 * Verwendungsnachweis_KfW-436-2021-0815_2025-03-31.xlsx}.
 *
 * <p>Names are reduced to ASCII letters, digits, dots and hyphens, so they survive every file
 * system, mail gateway and archive tool the finance office uses; German umlauts keep their usual
 * transliteration so the name stays readable.
 */
public final class ReportFileNames {

  private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9.]+");
  private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
  private static final int MAX_PART_LENGTH = 60;

  private ReportFileNames() {}

  /**
   * @param what the kind of document in the reader's language, e.g. "Verwendungsnachweis"
   * @param subjects what the document is about (grant reference, project code, year); blank ones
   *     are left out
   * @param when the date the document speaks for, written as ISO date so names sort by time
   */
  public static String of(String what, List<String> subjects, LocalDate when, ReportFormat format) {
    Objects.requireNonNull(when, "when");
    List<String> parts = new ArrayList<>();
    parts.add(orFallback(sanitise(what)));
    for (String subject : subjects) {
      String part = sanitise(subject);
      if (!part.isEmpty()) {
        parts.add(part);
      }
    }
    parts.add(DateTimeFormatter.ISO_LOCAL_DATE.format(when));
    return String.join("_", parts) + "." + format.extension();
  }

  static String sanitise(String text) {
    if (text == null) {
      return "";
    }
    String transliterated =
        text.replace("ä", "ae")
            .replace("ö", "oe")
            .replace("ü", "ue")
            .replace("Ä", "Ae")
            .replace("Ö", "Oe")
            .replace("Ü", "Ue")
            .replace("ß", "ss");
    String ascii =
        COMBINING_MARKS
            .matcher(Normalizer.normalize(transliterated, Normalizer.Form.NFKD))
            .replaceAll("");
    String safe = UNSAFE.matcher(ascii).replaceAll("-");
    // Leading dots would hide the file on Unix; trailing dots and hyphens look like typos.
    safe = safe.replaceAll("^[.-]+|[.-]+$", "");
    if (safe.length() > MAX_PART_LENGTH) {
      safe = safe.substring(0, MAX_PART_LENGTH).replaceAll("[.-]+$", "");
    }
    return safe;
  }

  private static String orFallback(String what) {
    return what.isEmpty() ? "Bericht" : what;
  }
}
