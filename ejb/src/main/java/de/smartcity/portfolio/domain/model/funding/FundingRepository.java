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

  /** The sum of all receipts booked to the grant. */
  Money sumOfReceipts(long grantId);

  /** The eligible part of the grant's receipts, summed per payment date. */
  NavigableMap<LocalDate, Money> eligibleByPaymentDate(long grantId);
}
