package de.smartcity.portfolio.reports.projectsheet;

import static de.smartcity.portfolio.reports.common.Texts.orEmpty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A key performance indicator against its target, as the project page shows it.
 *
 * @param measure what is measured
 * @param target the target as written, e.g. "2400"; empty when none is set
 * @param value the value measured as written; empty before the first measurement
 * @param measuredOn when it was measured; null when not given
 * @param attainedPercent the value as a share of the target, e.g. 62.50; null when either is not a
 *     number
 */
public record KpiLine(
    String measure, String target, String value, LocalDate measuredOn, BigDecimal attainedPercent) {

  public KpiLine {
    Objects.requireNonNull(measure, "measure");
    target = orEmpty(target);
    value = orEmpty(value);
  }
}
