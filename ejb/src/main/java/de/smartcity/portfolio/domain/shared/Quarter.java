package de.smartcity.portfolio.domain.shared;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar quarter, such as the second quarter of 2025.
 *
 * @param year the year
 * @param quarter 1 to 4
 */
public record Quarter(int year, int quarter) implements Comparable<Quarter>, Serializable {

  @Serial private static final long serialVersionUID = 1L;

  public Quarter {
    if (quarter < 1 || quarter > 4) {
      throw new IllegalArgumentException("A quarter is 1 to 4, not " + quarter);
    }
  }

  public static Quarter of(LocalDate day) {
    return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
  }

  public LocalDate firstDay() {
    return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
  }

  public Quarter next() {
    return quarter == 4 ? new Quarter(year + 1, 1) : new Quarter(year, quarter + 1);
  }

  @Override
  public int compareTo(Quarter other) {
    return year != other.year ? Integer.compare(year, other.year) : quarter - other.quarter;
  }

  /** The quarter as a link names it, e.g. {@code 2025-Q2}; {@link #parse} reads it back. */
  public String code() {
    return year + "-Q" + quarter;
  }

  /** The quarter a {@link #code()} names; empty for anything else. */
  public static Optional<Quarter> parse(String code) {
    Matcher parts = CODE.matcher(code == null ? "" : code.strip());
    return parts.matches()
        ? Optional.of(new Quarter(Integer.parseInt(parts.group(1)), parts.group(2).charAt(0) - '0'))
        : Optional.empty();
  }

  private static final Pattern CODE = Pattern.compile("(\\d{4})-Q([1-4])");

  /** Language-neutral, e.g. {@code Q2/2025}. */
  @Override
  public String toString() {
    return "Q" + quarter + "/" + year;
  }
}
