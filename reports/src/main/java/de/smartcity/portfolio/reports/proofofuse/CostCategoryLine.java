package de.smartcity.portfolio.reports.proofofuse;

import de.smartcity.portfolio.reports.common.Amounts;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One cost category of part II.2, each figure in total ("insgesamt") and its eligible part ("davon
 * zuwendungsfähig").
 *
 * @param category the category's name as master data holds it, e.g. "Sachausgaben"
 * @param actual must equal the receipts of this category
 */
public record CostCategoryLine(
    String category,
    BigDecimal planned,
    BigDecimal plannedEligible,
    BigDecimal actual,
    BigDecimal actualEligible) {

  public CostCategoryLine {
    Objects.requireNonNull(category, "category");
    planned = Amounts.requireCents(planned, "planned");
    plannedEligible = Amounts.requireCents(plannedEligible, "plannedEligible");
    actual = Amounts.requireCents(actual, "actual");
    actualEligible = Amounts.requireCents(actualEligible, "actualEligible");
  }
}
