package de.smartcity.portfolio.reports.proofofuse;

import de.smartcity.portfolio.reports.common.Amounts;
import de.smartcity.portfolio.reports.common.Grant;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The head of the proof: which grant it accounts for, and how much was approved and paid out.
 *
 * @param totalApproved the sum of the notices' amounts
 * @param totalPaidOut what was paid out up to the date of the proof
 */
public record GrantHeader(
    Grant grant, List<GrantNotice> notices, BigDecimal totalApproved, BigDecimal totalPaidOut) {

  public GrantHeader {
    Objects.requireNonNull(grant, "grant");
    notices = List.copyOf(notices);
    totalApproved = Amounts.requireCents(totalApproved, "totalApproved");
    totalPaidOut = Amounts.requireCents(totalPaidOut, "totalPaidOut");
    Amounts.requireEqual(
        totalApproved, Amounts.sum(notices, GrantNotice::amount), "The total approved");
  }
}
