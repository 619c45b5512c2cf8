package de.smartcity.portfolio.infrastructure.persistence.jpa;

import de.smartcity.portfolio.domain.model.budget.AccountAssignment;
import de.smartcity.portfolio.domain.model.budget.ImportRepository;
import de.smartcity.portfolio.domain.model.budget.Receipt;
import de.smartcity.portfolio.domain.model.budget.ReceiptImport;
import de.smartcity.portfolio.domain.shared.Money;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

@ApplicationScoped
public class JpaImportRepository extends JpaRepository implements ImportRepository {

  /** How many codes one IN list names, well below what every database accepts. */
  private static final int CHUNK = 500;

  @Override
  public List<AccountAssignment> findAssignments(long projectId) {
    return list(
        "SELECT a FROM AccountAssignment a JOIN FETCH a.defaultCategory"
            + " WHERE a.project.id = :project ORDER BY a.code",
        AccountAssignment.class,
        "project",
        projectId);
  }

  @Override
  public List<AccountAssignment> findAssignmentsByCode(Collection<String> codes) {
    List<AccountAssignment> found = new ArrayList<>();
    for (List<String> chunk : chunks(codes)) {
      found.addAll(
          list(
              "SELECT a FROM AccountAssignment a JOIN FETCH a.project p"
                  + " JOIN FETCH a.defaultCategory LEFT JOIN FETCH p.grant"
                  + " WHERE a.code IN :codes",
              AccountAssignment.class,
              "codes",
              chunk));
    }
    return found;
  }

  @Override
  public Optional<AccountAssignment> findAssignment(long id) {
    return find(AccountAssignment.class, id);
  }

  @Override
  public void store(AccountAssignment assignment) {
    persist(assignment);
  }

  @Override
  public void remove(AccountAssignment assignment) {
    entityManager.remove(assignment);
  }

  @Override
  public Set<String> importKeys(Collection<String> assignmentCodes) {
    Set<String> keys = new HashSet<>();
    for (List<String> chunk : chunks(assignmentCodes)) {
      for (Object[] row :
          list(
              "SELECT r.documentNumber, r.paymentDate, r.amount, r.accountAssignment FROM Receipt r"
                  + " WHERE r.accountAssignment IN :codes AND r.documentNumber IS NOT NULL",
              Object[].class,
              "codes",
              chunk)) {
        keys.add(
            Receipt.importKey(
                (String) row[0],
                (LocalDate) row[1],
                Money.of((BigDecimal) row[2]),
                (String) row[3]));
      }
    }
    return keys;
  }

  @Override
  public void store(ReceiptImport receiptImport) {
    persist(receiptImport);
  }

  @Override
  public Optional<ReceiptImport> findImport(long id) {
    return find(ReceiptImport.class, id);
  }

  @Override
  public List<ReceiptImport> latestImports(int max) {
    return query(
            "SELECT i FROM ReceiptImport i ORDER BY i.importedAt DESC, i.id DESC",
            ReceiptImport.class)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public void writeOutAndRelease() {
    entityManager.flush();
    // EclipseLink lets go of the change sets of what it wrote, too (flush-clear.cache, by default
    // DropInvalidate: classes whose records were changed are refreshed in the shared cache at
    // commit)
    entityManager.clear();
  }

  @Override
  public List<Receipt> receiptsOf(long importId, int max) {
    // no order: sorting what is left of 100,000 receipts for every chunk cost more than the chunk
    return query(
            "SELECT r FROM Receipt r JOIN FETCH r.project JOIN FETCH r.receiptImport"
                + " LEFT JOIN FETCH r.grant WHERE r.receiptImport.id = :import",
            Receipt.class,
            "import",
            importId)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public Map<Long, SortedSet<LocalDate>> paymentDaysByGrant(long importId) {
    Map<Long, SortedSet<LocalDate>> days = new HashMap<>();
    for (Object[] row :
        list(
            "SELECT DISTINCT r.grant.id, r.paymentDate FROM Receipt r"
                + " WHERE r.receiptImport.id = :import AND r.grant IS NOT NULL",
            Object[].class,
            "import",
            importId)) {
      days.computeIfAbsent((Long) row[0], g -> new TreeSet<>()).add((LocalDate) row[1]);
    }
    return days;
  }

  @Override
  public long countAwaitingConfirmation(long importId) {
    return entityManager
        .createQuery(
            "SELECT COUNT(r) FROM Receipt r WHERE r.receiptImport.id = :import"
                + " AND r.awaitingConfirmation = TRUE",
            Long.class)
        .setParameter("import", importId)
        .getSingleResult();
  }

  private static List<List<String>> chunks(Collection<String> values) {
    List<String> all = new ArrayList<>(values);
    List<List<String>> chunks = new ArrayList<>();
    for (int i = 0; i < all.size(); i += CHUNK) {
      chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
    }
    return chunks;
  }
}
