package de.smartcity.portfolio.reports.proofofuse;

import de.smartcity.portfolio.reports.common.Amounts;
import de.smartcity.portfolio.reports.common.Grant;
import de.smartcity.portfolio.reports.text.ReportTexts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The head of the proof: which grant it accounts for, and how much was approved and paid out.
 *
 * @param totalApproved the sum of the notices' amounts
 * @param totalPaidOut what was paid out up to {@code paidOutUntil}
 * @param paidOutUntil the day the paid-out total is as of: the end of the period (an interim
 *     proof's year), at the latest the date of the proof; null when not stated
 */
public record GrantHeader(
    Grant grant,
    List<GrantNotice> notices,
    BigDecimal totalApproved,
    BigDecimal totalPaidOut,
    LocalDate paidOutUntil) {

  /** A head whose paid-out total carries no date. */
  public GrantHeader(
      Grant grant, List<GrantNotice> notices, BigDecimal totalApproved, BigDecimal totalPaidOut) {
    this(grant, notices, totalApproved, totalPaidOut, null);
  }

  public GrantHeader {
    Objects.requireNonNull(grant, "grant");
    notices = List.copyOf(notices);
    totalApproved = Amounts.requireCents(totalApproved, "totalApproved");
    totalPaidOut = Amounts.requireCents(totalPaidOut, "totalPaidOut");
    Amounts.requireEqual(
        totalApproved, Amounts.sum(notices, GrantNotice::amount), "The total approved");
  }

  /** "Bisher ausgezahlt", with the day it is as of when known. */
  public String paidOutLabel(ReportTexts texts) {
    return paidOutUntil == null
        ? texts.get("proof.totalPaidOut")
        : texts.format("proof.totalPaidOut.asOf", texts.date(paidOutUntil));
  }
}
