package de.smartcity.portfolio.reports.proofofuse;

import de.smartcity.portfolio.reports.common.Amounts;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One source of income, planned ("lt. Zuwendungsbescheid") against actual ("lt. Abrechnung").
 *
 * @param plannedPercent share of the planned total in percent (65.00 for 65 %)
 * @param actualPercent share of the actual total in percent
 */
public record IncomeLine(
    IncomeSource source,
    BigDecimal planned,
    BigDecimal plannedPercent,
    BigDecimal actual,
    BigDecimal actualPercent) {

  public IncomeLine {
    Objects.requireNonNull(source, "source");
    planned = Amounts.requireCents(planned, "planned");
    plannedPercent = Amounts.requireCents(plannedPercent, "plannedPercent");
    actual = Amounts.requireCents(actual, "actual");
    actualPercent = Amounts.requireCents(actualPercent, "actualPercent");
  }
}
