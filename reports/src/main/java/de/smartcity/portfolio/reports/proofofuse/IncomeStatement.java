package de.smartcity.portfolio.reports.proofofuse;

import de.smartcity.portfolio.reports.common.Amounts;
import java.math.BigDecimal;
import java.util.List;

/**
 * Part II.1: where the money came from; each total is 100 %. This grant's actual line is the money
 * received, which the settlement sets beside the grant's share of the eligible costs.
 *
 * <p>The shares must be the commercially rounded quotients of their totals, because the workbook
 * recomputes them with formulas and both must show the same.
 */
public record IncomeStatement(
    List<IncomeLine> lines,
    BigDecimal plannedTotal,
    BigDecimal actualTotal,
    GrantSettlement settlement) {

  /** A statement without settlement lines (for reports made without payout figures). */
  public IncomeStatement(List<IncomeLine> lines, BigDecimal plannedTotal, BigDecimal actualTotal) {
    this(lines, plannedTotal, actualTotal, null);
  }

  public IncomeStatement {
    lines = List.copyOf(lines);
    plannedTotal = Amounts.requireCents(plannedTotal, "plannedTotal");
    actualTotal = Amounts.requireCents(actualTotal, "actualTotal");
    Amounts.requireEqual(plannedTotal, Amounts.sum(lines, IncomeLine::planned), "Planned income");
    Amounts.requireEqual(actualTotal, Amounts.sum(lines, IncomeLine::actual), "Actual income");
    for (IncomeLine line : lines) {
      Amounts.requireEqual(
          line.plannedPercent(),
          Amounts.percentOf(line.planned(), plannedTotal),
          "The planned share of " + line.source());
      Amounts.requireEqual(
          line.actualPercent(),
          Amounts.percentOf(line.actual(), actualTotal),
          "The actual share of " + line.source());
    }
    if (settlement != null) {
      Amounts.requireEqual(
          settlement.received(),
          lines.stream()
              .filter(line -> line.source() == IncomeSource.THIS_GRANT)
              .map(IncomeLine::actual)
              .findFirst()
              .orElse(BigDecimal.ZERO),
          "This grant as received");
    }
  }
}
