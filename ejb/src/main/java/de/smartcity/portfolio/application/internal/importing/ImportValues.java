package de.smartcity.portfolio.application.internal.importing;

import de.smartcity.portfolio.domain.shared.BusinessRuleViolation;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

/**
 * Reads the amounts and days of an export as German and international bookkeeping writes them:
 * {@code 1.234,56}, {@code 1234,56}, {@code 1234.56} and {@code 1,234.56}; {@code 31.12.2026} and
 * {@code 2026-12-31}. Anything else is refused with the value and the column it stood in, never
 * guessed.
 */
public final class ImportValues {

  private static final DateTimeFormatter GERMAN_DAY =
      DateTimeFormatter.ofPattern("dd.MM.uuuu").withResolverStyle(ResolverStyle.STRICT);

  private static final Pattern GERMAN =
      Pattern.compile("\\d{1,3}(\\.\\d{3})*(,\\d{1,2})?|\\d+(,\\d{1,2})?");
  private static final Pattern PLAIN =
      Pattern.compile("\\d{1,3}(,\\d{3})*(\\.\\d{1,2})?|\\d+(\\.\\d{1,2})?");

  /** Longer than any amount in euros a city books. */
  private static final int MAX_LENGTH = 25;

  private ImportValues() {}

  /**
   * An amount in euros; a leading or (as SAP writes it) trailing minus makes it negative, a
   * currency sign or code is allowed.
   */
  public static BigDecimal amount(String text, String column) {
    String value = text.strip();
    if (value.length() > MAX_LENGTH) {
      throw new BusinessRuleViolation("import.amount.malformed", column, shortened(value));
    }
    value = value.replace("€", "").replace("EUR", "").replace(" ", "").replace("\u00a0", "");
    boolean negative = false;
    if (value.startsWith("-")) {
      negative = true;
      value = value.substring(1);
    } else if (value.endsWith("-")) {
      negative = true;
      value = value.substring(0, value.length() - 1);
    }
    BigDecimal amount;
    int comma = value.lastIndexOf(',');
    int point = value.lastIndexOf('.');
    if (comma > point && GERMAN.matcher(value).matches()) {
      amount = new BigDecimal(value.replace(".", "").replace(',', '.'));
    } else if (point > comma && PLAIN.matcher(value).matches()) {
      amount = new BigDecimal(value.replace(",", ""));
    } else if (comma < 0 && GERMAN.matcher(value).matches()) {
      // Only thousands points, as in 1.234: German, because three decimals are no amount in euros.
      amount = new BigDecimal(value.replace(".", ""));
    } else {
      throw new BusinessRuleViolation("import.amount.malformed", column, text.strip());
    }
    return negative ? amount.negate() : amount;
  }

  /** A day as {@code 31.12.2026} or {@code 2026-12-31}; a date-time keeps its day. */
  public static LocalDate day(String text, String column) {
    String value = text.strip();
    try {
      if (value.matches("\\d{4}-\\d{2}-\\d{2}([T ].*)?")) {
        return LocalDate.parse(value.substring(0, 10));
      }
      if (value.matches("\\d{2}\\.\\d{2}\\.\\d{4}( .*)?")) {
        return LocalDate.parse(value.substring(0, 10), GERMAN_DAY);
      }
    } catch (DateTimeException e) {
      // falls through to the refusal below: 31.02.2026 is no day
    }
    throw new BusinessRuleViolation("import.date.malformed", column, shortened(value));
  }

  private static String shortened(String value) {
    return value.length() <= 30 ? value : value.substring(0, 30) + "…";
  }
}
