package de.smartcity.portfolio.application.internal;

import de.smartcity.portfolio.domain.model.funding.FundingRepository.ReceiptLine;
import de.smartcity.portfolio.domain.model.funding.FundsCall;
import de.smartcity.portfolio.domain.model.funding.GrantFigures;
import de.smartcity.portfolio.domain.shared.Money;
import de.smartcity.portfolio.reports.callforfunds.CallForFundsReport;
import de.smartcity.portfolio.reports.callforfunds.DuePayment;
import de.smartcity.portfolio.reports.callforfunds.FundsBalance;
import de.smartcity.portfolio.reports.common.Issuer;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * Fills a call for funds from a recorded call: the payments that fall due in the grant's window
 * after the call date (the receipts paid then) justify it; what was called before comes from the
 * grant's calls in date order, every sum from {@link GrantFigures}.
 */
final class CallForFundsAssembler {

  private CallForFundsAssembler() {}

  /**
   * @param call the call the document is for
   * @param callNumber its running number among the grant's calls, from 1
   * @param figures the grant's figures
   * @param receipts the grant's receipts
   */
  static CallForFundsReport assemble(
      FundsCall call,
      int callNumber,
      GrantFigures figures,
      List<ReceiptLine> receipts,
      Issuer issuer,
      String signatory) {
    LocalDate from = call.getCallDate();
    LocalDate to = call.spendBy();
    List<ReceiptLine> due =
        receipts.stream()
            .filter(r -> !r.paymentDate().isBefore(from) && !r.paymentDate().isAfter(to))
            .toList();
    GrantFigures.DuePayments sums =
        figures.duePayments(
            due.stream().map(r -> Money.of(r.amount())).toList(),
            due.stream().map(r -> Money.of(r.eligibleAmount())).toList());
    Money before = figures.calledBefore(callNumber);
    Money after = before.plus(call.getRequested());
    return new CallForFundsReport(
        issuer,
        call.getCallDate(),
        signatory,
        ProofOfUseAssembler.grantFacts(call.getGrant(), issuer.name()),
        callNumber,
        from,
        to,
        due.stream()
            .map(
                r ->
                    new DuePayment(
                        r.paymentDate(),
                        r.payee(),
                        r.purpose(),
                        r.reference(),
                        r.amount(),
                        r.eligibleAmount()))
            .toList(),
        sums.total().amount(),
        sums.eligible().amount(),
        figures.fundingRate().setScale(2, RoundingMode.UNNECESSARY),
        sums.justified().amount(),
        new FundsBalance(
            figures.approvedGrant().amount(),
            before.amount(),
            call.getRequested().amount(),
            after.amount(),
            figures.approvedGrant().minus(after).amount()));
  }
}
