package de.smartcity.portfolio.infrastructure.persistence.jpa;

import de.smartcity.portfolio.domain.model.budget.GrantProject;
import de.smartcity.portfolio.domain.model.budget.ReceiptFilter;
import de.smartcity.portfolio.domain.model.budget.ReceiptJournalPage;
import de.smartcity.portfolio.domain.model.budget.ReceiptJournalRepository;
import de.smartcity.portfolio.domain.model.budget.ReceiptListing;
import de.smartcity.portfolio.domain.model.budget.ReceiptSort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The receipts journal's queries: one query counts and sums the matching receipts, one reads the
 * page, one marks the page's receipts that changed after a submission. The filter becomes JPQL
 * conditions with bound parameters; a year is a range of payment dates, so the index on grant and
 * payment date ({@code ix_receipt_grant}) serves it.
 */
@ApplicationScoped
public class JpaReceiptJournalRepository extends JpaRepository implements ReceiptJournalRepository {

  private static final String FROM =
      " FROM Receipt r JOIN r.project p JOIN r.category c WHERE r.grant.id = :grant";

  @Override
  public ReceiptJournalPage page(
      long grantId, ReceiptFilter filter, ReceiptSort sort, boolean ascending, int first, int max) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("grant", grantId);
    String where = FROM + conditions(filter, parameters);
    // An aggregate query without GROUP BY answers exactly one row, also when nothing matches.
    Object[] sums =
        (Object[])
            bind(
                    entityManager.createQuery(
                        "SELECT COUNT(r), SUM(r.amount), SUM(r.eligibleAmount)" + where),
                    parameters)
                .getSingleResult();
    long total = ((Number) sums[0]).longValue();
    if (total == 0) {
      return ReceiptJournalPage.EMPTY;
    }
    List<?> found =
        bind(
                entityManager.createQuery(
                    "SELECT r.id, r.version, p.id, p.code, r.paymentDate, r.payee, r.purpose,"
                        + " r.referenceNumber, c.code, c.name, r.amount, r.eligibleAmount,"
                        + " r.awaitingConfirmation"
                        + where
                        + " ORDER BY "
                        + orderBy(sort, ascending)),
                parameters)
            .setFirstResult(first)
            .setMaxResults(max)
            .getResultList();
    List<ReceiptListing> rows = found.stream().map(Object[].class::cast).map(this::row).toList();
    Set<Long> changed = changedAfterSubmission(rows);
    return new ReceiptJournalPage(
        rows.stream().map(r -> r.changedAfterSubmission(changed.contains(r.id()))).toList(),
        total,
        money(sums[1]),
        money(sums[2]));
  }

  @Override
  public List<GrantProject> projectsOf(long grantId) {
    return list(
            "SELECT p.id, p.code, p.title FROM Project p WHERE p.grant.id = :grant ORDER BY p.code",
            Object[].class,
            "grant",
            grantId)
        .stream()
        .map(row -> new GrantProject((Long) row[0], (String) row[1], (String) row[2]))
        .toList();
  }

  private static String conditions(ReceiptFilter filter, Map<String, Object> parameters) {
    StringBuilder jpql = new StringBuilder();
    if (filter.projectId() != null) {
      jpql.append(" AND p.id = :project");
      parameters.put("project", filter.projectId());
    }
    if (filter.categoryCode() != null) {
      jpql.append(" AND c.code = :category");
      parameters.put("category", filter.categoryCode());
    }
    if (filter.year() != null) {
      jpql.append(" AND r.paymentDate >= :from AND r.paymentDate <= :to");
      parameters.put("from", LocalDate.of(filter.year(), 1, 1));
      parameters.put("to", LocalDate.of(filter.year(), 12, 31));
    }
    if (filter.payee() != null) {
      jpql.append(" AND LOWER(r.payee) LIKE :payee ESCAPE '!'");
      parameters.put("payee", "%" + likeLiteral(filter.payee().toLowerCase(Locale.ROOT)) + "%");
    }
    if (filter.eligibility() != null) {
      jpql.append(
          switch (filter.eligibility()) {
            case FULLY -> " AND r.eligibleAmount = r.amount";
            case PARTLY -> " AND r.eligibleAmount > :zero AND r.eligibleAmount < r.amount";
            case NOT -> " AND r.eligibleAmount = :zero";
          });
      if (filter.eligibility() != ReceiptFilter.Eligibility.FULLY) {
        parameters.put("zero", BigDecimal.ZERO);
      }
    }
    if (filter.changedAfterSubmission()) {
      jpql.append(" AND EXISTS (SELECT l.id FROM LateReceiptChange l WHERE l.receiptId = r.id)");
    }
    return jpql.toString();
  }

  /** The text as a LIKE pattern matches it literally: {@code !} escapes the wildcards. */
  private static String likeLiteral(String text) {
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }

  private static String orderBy(ReceiptSort sort, boolean ascending) {
    String column =
        switch (sort) {
          case DATE -> "r.paymentDate";
          case PROJECT -> "p.code";
          case PAYEE -> "r.payee";
          case CATEGORY -> "c.sortOrder";
          case AMOUNT -> "r.amount";
          case ELIGIBLE -> "r.eligibleAmount";
        };
    String direction = ascending ? " ASC" : " DESC";
    return column + direction + ", r.id" + direction;
  }

  private Set<Long> changedAfterSubmission(List<ReceiptListing> rows) {
    if (rows.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(
        list(
            "SELECT DISTINCT l.receiptId FROM LateReceiptChange l WHERE l.receiptId IN :ids",
            Long.class,
            "ids",
            rows.stream().map(ReceiptListing::id).toList()));
  }

  private ReceiptListing row(Object[] row) {
    return new ReceiptListing(
        (Long) row[0],
        ((Number) row[1]).longValue(),
        (Long) row[2],
        (String) row[3],
        (LocalDate) row[4],
        (String) row[5],
        (String) row[6],
        (String) row[7],
        (String) row[8],
        (String) row[9],
        money(row[10]),
        money(row[11]),
        false,
        Boolean.TRUE.equals(row[12]));
  }

  private static Query bind(Query query, Map<String, Object> parameters) {
    parameters.forEach(query::setParameter);
    return query;
  }
}
