package de.smartcity.portfolio.domain.shared;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A closed span of days, first and last day included: a project's period or a grant's funding
 * period, which dates and budget years entered for it must lie within.
 *
 * @param start the first day
 * @param end the last day, not before the first
 */
public record Period(LocalDate start, LocalDate end) implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  public Period {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("A period cannot end before it starts: " + this);
    }
  }

  public boolean contains(LocalDate day) {
    return !day.isBefore(start) && !day.isAfter(end);
  }

  /** Whether any day of the budget year lies within the period. */
  public boolean touchesYear(int year) {
    return year >= start.getYear() && year <= end.getYear();
  }
}
