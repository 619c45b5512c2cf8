package de.smartcity.portfolio.reports.callforfunds;

import de.smartcity.portfolio.reports.common.Amounts;
import java.math.BigDecimal;

/**
 * Where the grant stands with this call: approved, called before, requested now, and what is left.
 *
 * @param calledAfter called before plus requested now
 * @param remaining approved less called after; negative if the call asks for too much, which the
 *     document then shows rather than hides
 */
public record FundsBalance(
    BigDecimal approved,
    BigDecimal calledBefore,
    BigDecimal requested,
    BigDecimal calledAfter,
    BigDecimal remaining) {

  public FundsBalance {
    approved = Amounts.requireCents(approved, "approved");
    calledBefore = Amounts.requireCents(calledBefore, "calledBefore");
    requested = Amounts.requireCents(requested, "requested");
    calledAfter = Amounts.requireCents(calledAfter, "calledAfter");
    remaining = Amounts.requireCents(remaining, "remaining");
    Amounts.requireEqual(calledAfter, calledBefore.add(requested), "Called including this call");
    Amounts.requireEqual(remaining, approved.subtract(calledAfter), "The remaining grant");
  }
}
