package de.smartcity.portfolio.infrastructure.persistence.jpa;

import de.smartcity.portfolio.domain.model.budget.Receipt;
import de.smartcity.portfolio.domain.model.budget.Receipt.Booking;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.internal.sessions.UnitOfWorkImpl;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * The rows that the listeners write beside a record (its audit line, the running totals of a new
 * receipt), held back while EclipseLink writes the records of a flush or commit and then written in
 * JDBC batches, one per statement, on the transaction's connection, before the transaction commits.
 * Written at once, as they used to be, they came between every two inserts of the records, so that
 * no insert could be batched: an import of 100,000 receipts sent half a million single statements.
 * The totals of the new receipts are summed first, so each key is written once per flush.
 *
 * <p>{@link #Hook} (installed by the session customizer) writes them when EclipseLink has written a
 * flush's or a commit's records. The receipts a flush deletes have their rows read before it writes
 * (many in one query) and are taken out of the totals with the new ones; an update, or a deletion
 * not read before, writes what is held back first, since it reads and moves the totals itself.
 * Outside a unit of work the listeners write at once.
 */
public final class DeferredWrites {

  private static final String PROPERTY = DeferredWrites.class.getName();

  private final Map<String, List<List<Object>>> rows = new LinkedHashMap<>();
  private final List<Booking> counted = new ArrayList<>();
  private final List<Booking> takenOut = new ArrayList<>();
  private final Set<Long> readBeforeDelete = new HashSet<>();
  private String user;

  private DeferredWrites() {}

  /** The writes held back in this unit of work; none when the session is no unit of work. */
  static DeferredWrites in(Session session) {
    if (session == null || !session.isUnitOfWork()) {
      return null;
    }
    DeferredWrites writes = (DeferredWrites) session.getProperty(PROPERTY);
    if (writes == null) {
      writes = new DeferredWrites();
      session.setProperty(PROPERTY, writes);
    }
    return writes;
  }

  /**
   * Holds back an insert of one row (plain JDBC SQL with {@code ?} parameters) until the records of
   * this flush or commit are written; false outside a unit of work, where the caller writes it.
   */
  public static boolean holdBack(Session session, String sql, List<Object> values) {
    DeferredWrites writes = in(session);
    if (writes == null) {
      return false;
    }
    writes.rows.computeIfAbsent(sql, s -> new ArrayList<>()).add(values);
    return true;
  }

  /**
   * Who the audit trail names for the changes of this flush, asked once per flush (asking the
   * security context for each of 100,000 lines took a quarter of an import's writing).
   */
  public static String auditUser(Session session, Supplier<String> current) {
    DeferredWrites writes = in(session);
    if (writes == null) {
      return current.get();
    }
    if (writes.user == null) {
      writes.user = current.get();
    }
    return writes.user;
  }

  /** Holds back counting a new receipt into the running totals. */
  void count(Booking booking) {
    counted.add(booking);
  }

  /**
   * Whether the receipt about to be deleted had its row read before this flush's writes, and so is
   * already held back for taking out of the totals; a receipt is answered yes once.
   */
  boolean takeOut(Long receiptId) {
    return receiptId != null && readBeforeDelete.remove(receiptId);
  }

  /**
   * Reads the rows of the receipts this flush or commit deletes, in one query per 500, and holds
   * back taking them out of the totals: read one by one as each is deleted, they kept the deletions
   * of an undone import of 100,000 receipts from being batched.
   */
  private void readBeforeDelete(UnitOfWorkImpl unitOfWork) {
    Map<?, ?> deleted = unitOfWork.getDeletedObjects();
    List<Long> ids = new ArrayList<>();
    for (Object record : deleted.keySet()) {
      if (record instanceof Receipt receipt
          && receipt.getId() != null
          && !readBeforeDelete.contains(receipt.getId())) {
        ids.add(receipt.getId());
      }
    }
    if (ids.isEmpty()) {
      return;
    }
    Map<Long, Booking> stored = ReceiptTotalsListener.stored(unitOfWork, ids);
    takenOut.addAll(stored.values());
    readBeforeDelete.addAll(stored.keySet());
  }

  /** Writes what this session holds back, if anything. */
  static void writeHeldBack(Session session) {
    DeferredWrites writes =
        session != null && session.isUnitOfWork()
            ? (DeferredWrites) session.getProperty(PROPERTY)
            : null;
    if (writes == null) {
      return;
    }
    writes.user = null;
    if (writes.rows.isEmpty() && writes.counted.isEmpty() && writes.takenOut.isEmpty()) {
      return;
    }
    // first the records EclipseLink still holds in its own batch: the rows below refer to them
    ((AbstractSession) session).writesCompleted();
    Connection connection = connection(session);
    try {
      for (Map.Entry<String, List<List<Object>>> statement : writes.rows.entrySet()) {
        batch(connection, statement.getKey(), statement.getValue());
      }
      writes.rows.clear();
      if (!writes.counted.isEmpty() || !writes.takenOut.isEmpty()) {
        List<Booking> in = List.copyOf(writes.counted);
        List<Booking> out = List.copyOf(writes.takenOut);
        writes.counted.clear();
        writes.takenOut.clear();
        Map<String, List<List<Object>>> totals = new LinkedHashMap<>();
        ReceiptTotals.collecting(
                session.getDatasourcePlatform().isPostgreSQL(),
                (sql, values) -> totals.computeIfAbsent(sql, s -> new ArrayList<>()).add(values))
            .move(out, in);
        for (Map.Entry<String, List<List<Object>>> statement : totals.entrySet()) {
          batch(connection, statement.getKey(), statement.getValue());
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot write the audit trail or the receipt totals", e);
    }
  }

  private static void batch(Connection connection, String sql, List<List<Object>> rows)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      int pending = 0;
      for (List<Object> values : rows) {
        bind(statement, values);
        statement.addBatch();
        if (++pending == 1000) {
          statement.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) {
        statement.executeBatch();
      }
    }
  }

  private static void bind(PreparedStatement statement, List<Object> values) throws SQLException {
    for (int i = 0; i < values.size(); i++) {
      statement.setObject(i + 1, values.get(i));
    }
  }

  /** The connection of the session's transaction. */
  private static Connection connection(Session session) {
    return ((AbstractSession) session).getAccessor().getConnection();
  }

  /**
   * Reads the rows of the receipts a flush or commit deletes before it writes, and writes what the
   * listeners held back once EclipseLink has written a flush or a commit.
   */
  public static final class Hook extends SessionEventAdapter {

    @Override
    public void postCalculateUnitOfWorkChangeSet(SessionEvent event) {
      if (event.getSession() instanceof UnitOfWorkImpl unitOfWork
          && unitOfWork.hasDeletedObjects()) {
        in(unitOfWork).readBeforeDelete(unitOfWork);
      }
    }

    @Override
    public void prepareUnitOfWork(SessionEvent event) {
      writeHeldBack(event.getSession());
    }

    @Override
    public void postFlushUnitOfWork(SessionEvent event) {
      writeHeldBack(event.getSession());
    }

    @Override
    public void preCommitTransaction(SessionEvent event) {
      writeHeldBack(event.getSession());
    }
  }
}
