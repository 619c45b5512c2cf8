package de.smartcity.portfolio.reports.callforfunds;

import de.smartcity.portfolio.reports.common.Amounts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An earlier payout whose spending window has closed with part of its money still unspent, as the
 * grant's figures flag it on the day the document is made: the funder may reclaim it with interest.
 *
 * @param paidOn the day the money arrived
 * @param received what arrived
 * @param spendBy the window's last day (payout plus the grant's window)
 * @param unspent what of it is still unspent
 * @param daysOverdue days from {@code spendBy} to the document's day
 */
public record OverduePayout(
    LocalDate paidOn,
    BigDecimal received,
    LocalDate spendBy,
    BigDecimal unspent,
    long daysOverdue) {

  public OverduePayout {
    Objects.requireNonNull(paidOn, "paidOn");
    Objects.requireNonNull(spendBy, "spendBy");
    received = Amounts.requireCents(received, "received");
    unspent = Amounts.requireCents(unspent, "unspent");
  }
}
