package de.smartcity.portfolio.reports.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Objects;
import java.util.function.Function;

/**
 * Checks on the euro amounts that arrive in report records.
 *
 * <p>The figures are computed once, outside this module; the reports only verify that the parts
 * they print add up to the totals they print, so that a sheet, its formulas and the PDF can never
 * disagree.
 */
public final class Amounts {

  public static final int CENTS = 2;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Amounts() {}

  /**
   * Returns the amount with exactly two decimals; refuses one with fractions of a cent, which would
   * mean that somebody rounded in the wrong place.
   */
  public static BigDecimal requireCents(BigDecimal amount, String name) {
    Objects.requireNonNull(amount, name);
    try {
      return amount.setScale(CENTS, RoundingMode.UNNECESSARY);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(name + " has fractions of a cent: " + amount, e);
    }
  }

  public static <T> BigDecimal sum(Collection<T> items, Function<T, BigDecimal> amount) {
    BigDecimal total = BigDecimal.ZERO.setScale(CENTS);
    for (T item : items) {
      total = total.add(amount.apply(item));
    }
    return total;
  }

  /** Commercial rounding of {@code part / whole} in percent; zero when there is no whole. */
  public static BigDecimal percentOf(BigDecimal part, BigDecimal whole) {
    if (whole.signum() == 0) {
      return BigDecimal.ZERO.setScale(CENTS);
    }
    return part.multiply(HUNDRED).divide(whole, CENTS, RoundingMode.HALF_UP);
  }

  public static void requireEqual(BigDecimal stated, BigDecimal computed, String what) {
    if (stated.compareTo(computed) != 0) {
      throw new IllegalArgumentException(
          what + " is stated as " + stated.toPlainString() + " but adds up to " + computed);
    }
  }
}
