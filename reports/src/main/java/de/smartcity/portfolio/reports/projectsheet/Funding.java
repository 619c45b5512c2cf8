package de.smartcity.portfolio.reports.projectsheet;

import de.smartcity.portfolio.reports.common.Amounts;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The grant that funds a project, and the project's costs it may pay for.
 *
 * @param programme the funding programme, e.g. "Modellprojekte Smart Cities (Staffel 3)"
 * @param reference the grant's reference and component, e.g. "KfW-436-2021-0815 (B)"
 * @param ratePercent the grant's funding rate, e.g. 65.00
 * @param plannedEligible the eligible part of the project's planned costs
 * @param actualEligible the eligible part of the project's receipts
 */
public record Funding(
    String programme,
    String reference,
    BigDecimal ratePercent,
    BigDecimal plannedEligible,
    BigDecimal actualEligible) {

  public Funding {
    Objects.requireNonNull(programme, "programme");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(ratePercent, "ratePercent");
    plannedEligible = Amounts.requireCents(plannedEligible, "plannedEligible");
    actualEligible = Amounts.requireCents(actualEligible, "actualEligible");
  }
}
