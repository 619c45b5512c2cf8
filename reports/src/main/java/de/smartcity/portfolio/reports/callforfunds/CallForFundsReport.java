package de.smartcity.portfolio.reports.callforfunds;

import de.smartcity.portfolio.reports.Report;
import de.smartcity.portfolio.reports.ReportFileNames;
import de.smartcity.portfolio.reports.ReportFormat;
import de.smartcity.portfolio.reports.common.Amounts;
import de.smartcity.portfolio.reports.common.Grant;
import de.smartcity.portfolio.reports.common.Issuer;
import de.smartcity.portfolio.reports.text.ReportTexts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A call for funds (Mittelabruf): the amount requested, and the funding rate's share of the
 * eligible payments that fall due in the window after payout, which justifies it. A request above
 * that share is shown as such, not hidden: the funder may reclaim money called too early.
 *
 * <p>The window is the grant's setting (six weeks under the general federal rules), so the record
 * carries it rather than assuming it; every payment listed must fall due inside it.
 *
 * @param callNumber the running number of this call for the grant
 * @param fundingRatePercent e.g. 65.00
 * @param justified the funding rate's share of the eligible payments due, rounded half up to the
 *     cent, as the grant's figures compute it (the document shows it, it does not work it out)
 * @param signatory name and function of who signs; may be null
 * @param overduePayouts earlier payouts whose window closed with money unspent, as of the call
 */
public record CallForFundsReport(
    Issuer issuer,
    LocalDate requestedOn,
    String signatory,
    Grant grant,
    int callNumber,
    LocalDate windowStart,
    LocalDate windowEnd,
    List<DuePayment> payments,
    BigDecimal paymentsTotal,
    BigDecimal eligibleTotal,
    BigDecimal fundingRatePercent,
    BigDecimal justified,
    FundsBalance balance,
    List<OverduePayout> overduePayouts)
    implements Report {

  /** A call without overdue payouts. */
  public CallForFundsReport(
      Issuer issuer,
      LocalDate requestedOn,
      String signatory,
      Grant grant,
      int callNumber,
      LocalDate windowStart,
      LocalDate windowEnd,
      List<DuePayment> payments,
      BigDecimal paymentsTotal,
      BigDecimal eligibleTotal,
      BigDecimal fundingRatePercent,
      BigDecimal justified,
      FundsBalance balance) {
    this(
        issuer,
        requestedOn,
        signatory,
        grant,
        callNumber,
        windowStart,
        windowEnd,
        payments,
        paymentsTotal,
        eligibleTotal,
        fundingRatePercent,
        justified,
        balance,
        List.of());
  }

  public CallForFundsReport {
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(requestedOn, "requestedOn");
    Objects.requireNonNull(grant, "grant");
    Objects.requireNonNull(windowStart, "windowStart");
    Objects.requireNonNull(windowEnd, "windowEnd");
    Objects.requireNonNull(balance, "balance");
    overduePayouts = List.copyOf(overduePayouts);
    payments = payments.stream().sorted(Comparator.comparing(DuePayment::dueDate)).toList();
    for (DuePayment payment : payments) {
      if (payment.dueDate().isBefore(windowStart) || payment.dueDate().isAfter(windowEnd)) {
        throw new IllegalArgumentException("Payment due outside the window: " + payment);
      }
    }
    paymentsTotal = Amounts.requireCents(paymentsTotal, "paymentsTotal");
    eligibleTotal = Amounts.requireCents(eligibleTotal, "eligibleTotal");
    fundingRatePercent = Amounts.requireCents(fundingRatePercent, "fundingRatePercent");
    justified = Amounts.requireCents(justified, "justified");
    Amounts.requireEqual(paymentsTotal, Amounts.sum(payments, DuePayment::amount), "Payments due");
    Amounts.requireEqual(
        eligibleTotal, Amounts.sum(payments, DuePayment::eligibleAmount), "Eligible payments due");
  }

  /** How much more was requested than the payments due justify; zero or less when covered. */
  public BigDecimal excess() {
    return balance.requested().subtract(justified());
  }

  @Override
  public String title(ReportTexts texts) {
    return texts.format("call.title", Integer.toString(callNumber));
  }

  /** E.g. {@code Mittelabruf_436-B-2021-0815_Nr3_2025-04-01.pdf}. */
  public String fileName(Locale locale, ReportFormat format) {
    ReportTexts texts = ReportTexts.of(locale);
    return ReportFileNames.of(
        texts.get("call.file"),
        List.of(grant.reference(), texts.format("call.file.number", Integer.toString(callNumber))),
        requestedOn,
        format);
  }
}
