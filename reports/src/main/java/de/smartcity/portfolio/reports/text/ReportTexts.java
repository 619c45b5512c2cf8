package de.smartcity.portfolio.reports.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * Labels and number/date formats of the reports in one language; money and dates are written by
 * {@link LocaleFormat}, as on the pages.
 *
 * <p>German is the language of the official documents, so it is also where any other language falls
 * back to; the JVM's default locale never decides what a document says.
 */
public final class ReportTexts {

  static final String BUNDLE = "de.smartcity.portfolio.reports.text.labels";

  private static final ResourceBundle.Control GERMAN_FALLBACK =
      new ResourceBundle.Control() {
        @Override
        public List<String> getFormats(String baseName) {
          return FORMAT_PROPERTIES;
        }

        @Override
        public Locale getFallbackLocale(String baseName, Locale locale) {
          return Locale.GERMAN.equals(locale) ? null : Locale.GERMAN;
        }
      };

  private final Locale locale;
  private final ResourceBundle bundle;
  private final LocaleFormat format;

  private ReportTexts(Locale locale) {
    this.locale = Objects.requireNonNull(locale, "locale");
    this.bundle = ResourceBundle.getBundle(BUNDLE, locale, GERMAN_FALLBACK);
    this.format = LocaleFormat.of(locale);
  }

  public static ReportTexts of(Locale locale) {
    return new ReportTexts(locale);
  }

  public Locale locale() {
    return locale;
  }

  public String get(String key) {
    return bundle.getString(key);
  }

  /** A label with placeholders ({@code {0}}) in {@link MessageFormat} syntax. */
  public String format(String key, Object... arguments) {
    return new MessageFormat(bundle.getString(key), locale).format(arguments);
  }

  /** The label of an enum constant, under the key {@code SimpleName.CONSTANT}. */
  public String label(Enum<?> value) {
    return bundle.getString(value.getDeclaringClass().getSimpleName() + "." + value.name());
  }

  /** A euro amount as pages write it too ({@link LocaleFormat}). */
  public String money(BigDecimal amount) {
    return format.money(amount);
  }

  /** A share given in percent (65.00 means 65 %). */
  public String percent(BigDecimal percent) {
    return decimalFormat("format.percent").format(percent);
  }

  /** A day as pages write it too ({@link LocaleFormat}). */
  public String date(LocalDate date) {
    return format.date(date);
  }

  /** Excel's own format code for euro amounts; Excel applies the reader's separators itself. */
  public String excelMoneyFormat() {
    return bundle.getString("excel.format.money");
  }

  public String excelPercentFormat() {
    return bundle.getString("excel.format.percent");
  }

  public String excelDateFormat() {
    return bundle.getString("excel.format.date");
  }

  private DecimalFormat decimalFormat(String key) {
    // DecimalFormat is not thread-safe, so each call gets its own.
    var format = new DecimalFormat(bundle.getString(key), DecimalFormatSymbols.getInstance(locale));
    format.setRoundingMode(RoundingMode.HALF_UP);
    format.setParseBigDecimal(true);
    return format;
  }
}
