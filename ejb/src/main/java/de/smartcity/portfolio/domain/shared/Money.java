package de.smartcity.portfolio.domain.shared;

import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.stream.Collector;
import java.util.stream.Collectors;

/**
 * An amount of euros, always held to the cent. Every calculation that produces a fraction of a cent
 * rounds commercially (half up) right there, so sums of rounded parts are what the funder
 * reconciles. The programme is in euros only; a second currency would be a new type, not a field.
 */
public final class Money implements Comparable<Money>, Serializable {

  @Serial private static final long serialVersionUID = 1L;

  public static final int SCALE = 2;
  public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
  public static final Money ZERO = new Money(BigDecimal.ZERO);

  /**
   * The largest amount a single entry may carry: thirteen digits with the cents. The columns hold
   * fifteen, which leaves room for the sums of many such entries in the running totals.
   */
  public static final Money MAX_ENTRY = new Money(new BigDecimal("99999999999.99"));

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final BigDecimal amount;

  private Money(BigDecimal amount) {
    this.amount = amount.setScale(SCALE, ROUNDING);
  }

  public static Money of(BigDecimal amount) {
    return new Money(Objects.requireNonNull(amount, "amount"));
  }

  /** Parses a plain decimal such as {@code "1234.56"}; formatting for people happens elsewhere. */
  public static Money of(String amount) {
    return of(new BigDecimal(amount));
  }

  public static Money ofCents(long cents) {
    return new Money(BigDecimal.valueOf(cents, SCALE));
  }

  public BigDecimal amount() {
    return amount;
  }

  public Money plus(Money other) {
    return new Money(amount.add(other.amount));
  }

  public Money minus(Money other) {
    return new Money(amount.subtract(other.amount));
  }

  /** This amount times a factor, rounded half up to the cent. */
  public Money times(BigDecimal factor) {
    return new Money(amount.multiply(factor));
  }

  /** The given percentage of this amount ({@code 65} for 65 %), rounded half up to the cent. */
  public Money percent(BigDecimal percentage) {
    return new Money(amount.multiply(percentage).divide(HUNDRED, SCALE, ROUNDING));
  }

  /**
   * The share of this amount in a total, in per cent with two decimals ({@code 65.00}); zero when
   * the total is zero, because a report then has nothing to divide.
   */
  public BigDecimal percentOf(Money total) {
    if (total.isZero()) {
      return BigDecimal.ZERO.setScale(SCALE);
    }
    return amount.multiply(HUNDRED).divide(total.amount, SCALE, ROUNDING);
  }

  public Money min(Money other) {
    return compareTo(other) <= 0 ? this : other;
  }

  public Money max(Money other) {
    return compareTo(other) >= 0 ? this : other;
  }

  /** This amount, or zero where it would be negative. */
  public Money atLeastZero() {
    return max(ZERO);
  }

  /**
   * This amount as an entry of the given field: refused, never clamped, when it is negative or
   * beyond {@link #MAX_ENTRY}.
   */
  public Money requireEntry(String field) {
    if (isNegative()) {
      throw new BusinessRuleViolation("money.negative", field);
    }
    if (isGreaterThan(MAX_ENTRY)) {
      throw new BusinessRuleViolation("money.too.large", field, MAX_ENTRY);
    }
    return this;
  }

  public boolean isZero() {
    return amount.signum() == 0;
  }

  public boolean isNegative() {
    return amount.signum() < 0;
  }

  public boolean isGreaterThan(Money other) {
    return compareTo(other) > 0;
  }

  public static Collector<Money, ?, Money> sum() {
    return Collectors.reducing(ZERO, Money::plus);
  }

  @Override
  public int compareTo(Money other) {
    return amount.compareTo(other.amount);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Money money && amount.equals(money.amount);
  }

  @Override
  public int hashCode() {
    return amount.hashCode();
  }

  /** The plain amount with two decimals, for logs and the audit trail, not for people. */
  @Override
  public String toString() {
    return amount.toPlainString();
  }
}
