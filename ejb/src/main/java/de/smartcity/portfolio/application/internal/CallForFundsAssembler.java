package de.smartcity.portfolio.application.internal;

import de.smartcity.portfolio.domain.model.funding.FundingRepository.ReceiptLine;
import de.smartcity.portfolio.domain.model.funding.FundsCall;
import de.smartcity.portfolio.domain.model.funding.GrantFigures;
import de.smartcity.portfolio.domain.shared.Money;
import de.smartcity.portfolio.reports.callforfunds.CallForFundsReport;
import de.smartcity.portfolio.reports.callforfunds.DuePayment;
import de.smartcity.portfolio.reports.callforfunds.FundsBalance;
import de.smartcity.portfolio.reports.callforfunds.OverduePayout;
import de.smartcity.portfolio.reports.common.Issuer;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * Fills a call for funds from a recorded call: the confirmed receipts paid or falling due up to the
 * call date plus the grant's window, and after what the call before it covered, justify it (as
 * {@link GrantFigures#proposedCall()} proposes); what was called before comes from the grant's
 * confirmed calls in date order, every sum from {@link GrantFigures}, and the payouts whose window
 * closed with money unspent are listed as the figures flag them.
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
    int window = call.getGrant().getCallWindowDays();
    LocalDate to = call.getCallDate().plusDays(window);
    LocalDate from =
        callNumber > 1
            ? figures.calls().get(callNumber - 2).callDate().plusDays(window + 1L)
            : call.getGrant().costsCountFrom();
    if (from == null || from.isAfter(to)) {
      from = to;
    }
    LocalDate first = from;
    List<ReceiptLine> due =
        receipts.stream()
            .filter(r -> !r.paymentDate().isBefore(first) && !r.paymentDate().isAfter(to))
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
            figures.approvedGrant().minus(after).amount()),
        figures.unspentPayouts().stream()
            .map(
                flag ->
                    new OverduePayout(
                        flag.call().receivedOn(),
                        flag.call().received().amount(),
                        flag.call().spendBy(),
                        flag.unspent().amount(),
                        flag.daysSinceWindowClosed()))
            .toList());
  }
}
