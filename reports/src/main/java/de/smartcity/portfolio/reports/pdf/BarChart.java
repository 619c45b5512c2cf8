package de.smartcity.portfolio.reports.pdf;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Two amounts side by side per category, such as plan and actual per theme, for a chart in a PDF.
 *
 * @param first the name of the first series, e.g. "Plan"
 * @param second the name of the second series, e.g. "Ist"
 */
public record BarChart(String first, String second, List<Bar> bars) {

  public BarChart {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
    bars = List.copyOf(bars);
  }

  /** One category with its two amounts (not negative). */
  public record Bar(String label, BigDecimal first, BigDecimal second) {}
}
