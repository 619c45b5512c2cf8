package de.smartcity.portfolio.infrastructure.persistence.changes;

import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * A counter of the changes this server has written to the database: it moves when a record is
 * written and again when the transaction that wrote it ends. Whatever is computed from the database
 * and kept (the dashboard's figures) is still current as long as the counter reads what it read
 * before the computation began.
 *
 * <p>Changes that another server or a database tool makes are not counted; what is kept from the
 * database therefore also has a maximum age.
 */
public final class CommittedChanges {

  private static final Logger LOG = Logger.getLogger(CommittedChanges.class.getName());
  private static final AtomicLong GENERATION = new AtomicLong();
  private static final Object REGISTERED = CommittedChanges.class.getName();

  private CommittedChanges() {}

  /** The current count; it only grows. */
  public static long generation() {
    return GENERATION.get();
  }

  /**
   * Notes a record written in the current transaction. The count moves at once, so a computation
   * that begins after the write does not count as current; and when the transaction ends, so a
   * computation that began in between (and could not see the uncommitted change) does not either.
   * The entity listener calls it for every record; a writer that goes past EclipseLink (the
   * benchmark's bulk loader) calls it after each commit of its own.
   */
  public static void noteWrite() {
    GENERATION.incrementAndGet();
    TransactionSynchronizationRegistry registry = registry();
    if (registry == null || registry.getTransactionKey() == null) {
      return;
    }
    try {
      if (registry.getResource(REGISTERED) == null) {
        registry.putResource(REGISTERED, Boolean.TRUE);
        registry.registerInterposedSynchronization(
            new Synchronization() {
              @Override
              public void beforeCompletion() {}

              @Override
              public void afterCompletion(int status) {
                GENERATION.incrementAndGet();
              }
            });
      }
    } catch (IllegalStateException tooLate) {
      // The transaction is already completing; the count has moved at the write.
      LOG.log(Level.FINE, "Transaction completing; change counted at the write only", tooLate);
    }
  }

  /** The server's registry, looked up once: every record written asks for it. */
  private static volatile TransactionSynchronizationRegistry registry;

  private static TransactionSynchronizationRegistry registry() {
    TransactionSynchronizationRegistry found = registry;
    if (found == null) {
      try {
        found = InitialContext.doLookup("java:comp/TransactionSynchronizationRegistry");
        registry = found;
      } catch (NamingException outsideTheServer) {
        return null;
      }
    }
    return found;
  }
}
