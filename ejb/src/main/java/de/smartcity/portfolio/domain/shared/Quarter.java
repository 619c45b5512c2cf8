package de.smartcity.portfolio.domain.shared;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;

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

  /** Language-neutral, e.g. {@code Q2/2025}. */
  @Override
  public String toString() {
    return "Q" + quarter + "/" + year;
  }
}
