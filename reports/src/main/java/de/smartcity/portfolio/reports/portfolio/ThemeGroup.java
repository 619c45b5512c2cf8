package de.smartcity.portfolio.reports.portfolio;

import de.smartcity.portfolio.reports.common.Amounts;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** The projects of one strategic theme (Leitthema) with their subtotals. */
public record ThemeGroup(
    String theme,
    List<PortfolioLine> projects,
    BigDecimal plannedSubtotal,
    BigDecimal actualSubtotal) {

  public ThemeGroup {
    Objects.requireNonNull(theme, "theme");
    projects = List.copyOf(projects);
    plannedSubtotal = Amounts.requireCents(plannedSubtotal, "plannedSubtotal");
    actualSubtotal = Amounts.requireCents(actualSubtotal, "actualSubtotal");
    Amounts.requireEqual(
        plannedSubtotal, Amounts.sum(projects, PortfolioLine::planned), "Planned of " + theme);
    Amounts.requireEqual(
        actualSubtotal, Amounts.sum(projects, PortfolioLine::actual), "Actual of " + theme);
  }

  /** The sum of the projects' remaining budgets, which is the planned less the actual subtotal. */
  public BigDecimal remainingSubtotal() {
    return Amounts.sum(projects, PortfolioLine::remaining);
  }
}
