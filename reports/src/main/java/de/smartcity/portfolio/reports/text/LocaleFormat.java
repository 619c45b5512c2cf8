package de.smartcity.portfolio.reports.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How money and dates are written in a language, the same on pages and in reports: {@code 1.234,56
 * €} and {@code 31.12.2026} in German, {@code €1,234.56} and {@code 31 Dec 2026} in English. The
 * English date names its month, so that a British and an American reader read the same day. Any
 * other language is written as German, the language of the official documents; the JVM's default
 * locale never decides.
 *
 * <p>German puts a no-break space between amount and euro sign, so that "€" never starts a line.
 * Date fields accept a pattern of their own ({@link #inputDatePattern()}): German types as it
 * reads, English types the ISO date, which needs no month names.
 */
public final class LocaleFormat {

  private static final LocaleFormat GERMAN =
      new LocaleFormat(Locale.GERMAN, "#,##0.00\u00a0€", "dd.MM.yyyy", "dd.MM.yyyy");
  private static final LocaleFormat ENGLISH =
      new LocaleFormat(Locale.ENGLISH, "€#,##0.00", "d MMM yyyy", "yyyy-MM-dd");

  private final Locale locale;
  private final String moneyPattern;
  private final DateTimeFormatter dates;
  private final DateTimeFormatter times;
  private final String inputDatePattern;

  private LocaleFormat(
      Locale locale, String moneyPattern, String datePattern, String inputDatePattern) {
    this.locale = locale;
    this.moneyPattern = moneyPattern;
    this.dates = DateTimeFormatter.ofPattern(datePattern, locale);
    this.times = DateTimeFormatter.ofPattern(datePattern + " HH:mm", locale);
    this.inputDatePattern = inputDatePattern;
  }

  /** The format of the locale's language: English for English, German for every other. */
  public static LocaleFormat of(Locale locale) {
    return "en".equals(locale.getLanguage()) ? ENGLISH : GERMAN;
  }

  /** The language whose separators and month names this format uses. */
  public Locale locale() {
    return locale;
  }

  /** A euro amount, rounded half up to the cent; empty for none. */
  public String money(BigDecimal amount) {
    if (amount == null) {
      return "";
    }
    // DecimalFormat is not thread-safe, so each call gets its own.
    var format = new DecimalFormat(moneyPattern, DecimalFormatSymbols.getInstance(locale));
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format.format(amount);
  }

  /** A day; empty for none. */
  public String date(LocalDate date) {
    return date == null ? "" : dates.format(date);
  }

  /** A day and time of day, in the zone the time carries; empty for none. */
  public String dateTime(ZonedDateTime time) {
    return time == null ? "" : times.format(time);
  }

  /** The pattern date fields show and accept ({@link DateTimeFormatter} syntax). */
  public String inputDatePattern() {
    return inputDatePattern;
  }
}
