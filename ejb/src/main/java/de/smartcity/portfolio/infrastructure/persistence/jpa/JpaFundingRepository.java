package de.smartcity.portfolio.infrastructure.persistence.jpa;

import de.smartcity.portfolio.domain.model.funding.FundingRepository;
import de.smartcity.portfolio.domain.model.funding.FundsCall;
import de.smartcity.portfolio.domain.model.funding.Grant;
import de.smartcity.portfolio.domain.shared.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

@ApplicationScoped
public class JpaFundingRepository extends JpaRepository implements FundingRepository {

  @Override
  public List<Grant> findAllGrants() {
    return list("SELECT g FROM Grant g ORDER BY g.commitmentDate, g.reference", Grant.class);
  }

  @Override
  public Optional<Grant> findGrant(long id) {
    return find(Grant.class, id);
  }

  @Override
  public Optional<Grant> findGrantByReference(String reference) {
    return first(
        "SELECT g FROM Grant g WHERE g.reference = :reference",
        Grant.class,
        "reference",
        reference);
  }

  @Override
  public void store(Grant grant) {
    persist(grant);
  }

  @Override
  public void markChanged(Grant grant) {
    entityManager.lock(grant, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
  }

  @Override
  public List<FundsCall> findCalls(long grantId) {
    return list(
        "SELECT c FROM FundsCall c WHERE c.grant.id = :grant ORDER BY c.callDate, c.id",
        FundsCall.class,
        "grant",
        grantId);
  }

  @Override
  public Optional<FundsCall> findCall(long id) {
    return find(FundsCall.class, id);
  }

  @Override
  public void store(FundsCall call) {
    persist(call);
  }

  @Override
  public List<ReceiptLine> receiptLines(long grantId) {
    return list(
        "SELECT NEW de.smartcity.portfolio.domain.model.funding.FundingRepository$ReceiptLine("
            + "r.paymentDate, r.payee, r.purpose, r.referenceNumber, c.code, r.amount,"
            + " r.eligibleAmount, p.code) FROM Receipt r JOIN r.category c JOIN r.project p"
            + " WHERE r.grant.id = :grant AND r.awaitingConfirmation = FALSE"
            + " ORDER BY r.paymentDate, r.id",
        ReceiptLine.class,
        "grant",
        grantId);
  }

  /** From the running totals per grant and day (V9), not from every receipt. */
  @Override
  public Money sumOfReceipts(long grantId) {
    return money(
        nativeQuery("SELECT SUM(amount) FROM receipt_total_grant_day WHERE grant_id = ?1", grantId)
            .getSingleResult());
  }

  /** From the running totals per grant and day (V9), not from every receipt. */
  @Override
  @SuppressWarnings("unchecked")
  public NavigableMap<LocalDate, Money> eligibleByPaymentDate(long grantId) {
    NavigableMap<LocalDate, Money> byDate = new TreeMap<>();
    List<Object[]> rows =
        nativeQuery(
                "SELECT payment_date, SUM(eligible_amount) FROM receipt_total_grant_day"
                    + " WHERE grant_id = ?1 GROUP BY payment_date",
                grantId)
            .getResultList();
    rows.forEach(row -> byDate.put(day(row[0]), money(row[1])));
    return byDate;
  }

  @Override
  public List<FundsCall> findUnconfirmedCalls(Long grantId) {
    return list(
        "SELECT c FROM FundsCall c JOIN FETCH c.grant g"
            + " WHERE c.confirmedBy IS NULL"
            + (grantId == null ? "" : " AND g.id = :grant")
            + " ORDER BY c.callDate, c.id",
        FundsCall.class,
        grantId == null ? new Object[0] : new Object[] {"grant", grantId});
  }

  @Override
  public List<FundsCall> findCallsWithoutDocument() {
    return list(
        "SELECT c FROM FundsCall c JOIN FETCH c.grant WHERE c.xlsxSha256 IS NULL"
            + " ORDER BY c.callDate, c.id",
        FundsCall.class);
  }
}
