package de.smartcity.portfolio.infrastructure.persistence.jpa;

import de.smartcity.portfolio.domain.model.funding.FundingRepository;
import de.smartcity.portfolio.domain.model.funding.FundsCall;
import de.smartcity.portfolio.domain.model.funding.Grant;
import de.smartcity.portfolio.domain.shared.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
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
            + " r.eligibleAmount) FROM Receipt r JOIN r.category c WHERE r.grant.id = :grant"
            + " ORDER BY r.paymentDate, r.id",
        ReceiptLine.class,
        "grant",
        grantId);
  }

  @Override
  public Money sumOfReceipts(long grantId) {
    BigDecimal sum =
        query(
                "SELECT SUM(r.amount) FROM Receipt r WHERE r.grant.id = :grant",
                BigDecimal.class,
                "grant",
                grantId)
            .getSingleResult();
    return money(sum);
  }

  @Override
  public NavigableMap<LocalDate, Money> eligibleByPaymentDate(long grantId) {
    NavigableMap<LocalDate, Money> byDate = new TreeMap<>();
    query(
            "SELECT r.paymentDate, SUM(r.eligibleAmount) FROM Receipt r WHERE r.grant.id = :grant"
                + " GROUP BY r.paymentDate",
            Object[].class,
            "grant",
            grantId)
        .getResultList()
        .forEach(row -> byDate.put((LocalDate) row[0], money(row[1])));
    return byDate;
  }
}
