package de.smartcity.portfolio.reports.proofofuse;

import de.smartcity.portfolio.reports.common.Amounts;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

/** Part II.2: expenditure per cost category, planned against actual, with its totals. */
public record ExpenditureStatement(
    List<CostCategoryLine> lines,
    BigDecimal plannedTotal,
    BigDecimal plannedEligibleTotal,
    BigDecimal actualTotal,
    BigDecimal actualEligibleTotal) {

  public ExpenditureStatement {
    lines = List.copyOf(lines);
    plannedTotal = Amounts.requireCents(plannedTotal, "plannedTotal");
    plannedEligibleTotal = Amounts.requireCents(plannedEligibleTotal, "plannedEligibleTotal");
    actualTotal = Amounts.requireCents(actualTotal, "actualTotal");
    actualEligibleTotal = Amounts.requireCents(actualEligibleTotal, "actualEligibleTotal");
    Amounts.requireEqual(plannedTotal, Amounts.sum(lines, CostCategoryLine::planned), "Planned");
    Amounts.requireEqual(
        plannedEligibleTotal,
        Amounts.sum(lines, CostCategoryLine::plannedEligible),
        "Planned eligible");
    Amounts.requireEqual(actualTotal, Amounts.sum(lines, CostCategoryLine::actual), "Actual");
    Amounts.requireEqual(
        actualEligibleTotal,
        Amounts.sum(lines, CostCategoryLine::actualEligible),
        "Actual eligible");
    // Excel compares texts without regard to case; two such categories would merge in its sums.
    var seen = new HashSet<String>();
    for (CostCategoryLine line : lines) {
      if (!seen.add(line.category().toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException("Cost category listed twice: " + line.category());
      }
    }
  }

  /** Planned costs that the grant does not fund: the total less its eligible part. */
  public BigDecimal plannedNonEligibleTotal() {
    return plannedTotal.subtract(plannedEligibleTotal);
  }

  /** Paid costs that the grant does not fund, stated beside II.2's actual total. */
  public BigDecimal actualNonEligibleTotal() {
    return actualTotal.subtract(actualEligibleTotal);
  }
}
