package de.smartcity.portfolio.domain.model.budget;

import de.smartcity.portfolio.domain.shared.Money;
import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;

/**
 * Plan against actual for any slice of a cost plan (a cell, a year, a category, a project, the
 * programme). Remaining is what the plan still allows; it turns negative when spending overruns.
 *
 * @param planned planned costs in total
 * @param plannedEligible the eligible part of the plan
 * @param actual the sum of receipts
 * @param actualEligible the eligible part of the receipts
 */
public record BudgetFigures(
    Money planned, Money plannedEligible, Money actual, Money actualEligible)
    implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  public static final BudgetFigures NONE =
      new BudgetFigures(Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);

  public Money remaining() {
    return planned.minus(actual);
  }

  public boolean isOverrun() {
    return actual.isGreaterThan(planned);
  }

  /** How much of the plan is spent, in per cent (zero for an empty plan). */
  public java.math.BigDecimal spentPercent() {
    return actual.percentOf(planned);
  }

  public BudgetFigures plus(BudgetFigures other) {
    return new BudgetFigures(
        planned.plus(other.planned),
        plannedEligible.plus(other.plannedEligible),
        actual.plus(other.actual),
        actualEligible.plus(other.actualEligible));
  }

  public static BudgetFigures total(Collection<BudgetFigures> parts) {
    return parts.stream().reduce(NONE, BudgetFigures::plus);
  }
}
