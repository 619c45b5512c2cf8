package de.smartcity.portfolio.reports.projectsheet;

import de.smartcity.portfolio.reports.common.Amounts;
import java.math.BigDecimal;

/**
 * A project's budget at a glance.
 *
 * @param remaining planned less actual
 * @param spentPercent actual as a share of planned, e.g. 62.50
 */
public record BudgetFigures(
    BigDecimal planned, BigDecimal actual, BigDecimal remaining, BigDecimal spentPercent) {

  public BudgetFigures {
    planned = Amounts.requireCents(planned, "planned");
    actual = Amounts.requireCents(actual, "actual");
    remaining = Amounts.requireCents(remaining, "remaining");
    spentPercent = Amounts.requireCents(spentPercent, "spentPercent");
    Amounts.requireEqual(remaining, planned.subtract(actual), "The remaining budget");
    Amounts.requireEqual(spentPercent, Amounts.percentOf(actual, planned), "The share spent");
  }
}
