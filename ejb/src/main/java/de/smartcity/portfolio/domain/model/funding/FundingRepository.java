package de.smartcity.portfolio.domain.model.funding;

import de.smartcity.portfolio.domain.shared.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;

/** Where grants and calls for funds are kept, and the sums the grant figures are built from. */
public interface FundingRepository {

  List<Grant> findAllGrants();

  Optional<Grant> findGrant(long id);

  Optional<Grant> findGrantByReference(String reference);

  void store(Grant grant);

  /**
   * Marks the grant changed even when only its calls change, so that two calls made at the same
   * time cannot both pass the check against what is left of the grant.
   */
  void markChanged(Grant grant);

  List<FundsCall> findCalls(long grantId);

  Optional<FundsCall> findCall(long id);

  void store(FundsCall call);

  /**
   * The grant's receipts as the list of receipts (Belegliste) shows them, in payment order, read
   * without loading entities.
   */
  List<ReceiptLine> receiptLines(long grantId);

  /**
   * One receipt of the list.
   *
   * @param paymentDate when it was paid
   * @param payee who was paid
   * @param purpose what for
   * @param reference the accounting reference
   * @param categoryCode the cost category's code
   * @param amount the amount paid
   * @param eligibleAmount its eligible part
   * @param projectCode the code of the project it is booked to
   */
  record ReceiptLine(
      LocalDate paymentDate,
      String payee,
      String purpose,
      String reference,
      String categoryCode,
      java.math.BigDecimal amount,
      java.math.BigDecimal eligibleAmount,
      String projectCode) {}

  /** The sum of all receipts booked to the grant. */
  Money sumOfReceipts(long grantId);

  /** The eligible part of the grant's receipts, summed per payment date. */
  NavigableMap<LocalDate, Money> eligibleByPaymentDate(long grantId);

  /** Calls no second finance user has confirmed yet (four eyes), oldest first. */
  List<FundsCall> findUnconfirmedCalls(Long grantId);

  /**
   * Calls without a kept document: recorded before documents were kept (V16), or written by the
   * demo loader; oldest first.
   */
  List<FundsCall> findCallsWithoutDocument();
}
