package de.smartcity.portfolio.domain.model.budget;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;

/** Account assignments, receipt imports and what an import needs to know of stored receipts. */
public interface ImportRepository {

  /** A project's assignments, by code. */
  List<AccountAssignment> findAssignments(long projectId);

  /** The assignments with these (normalised) codes, with their projects and grants loaded. */
  List<AccountAssignment> findAssignmentsByCode(Collection<String> codes);

  Optional<AccountAssignment> findAssignment(long id);

  void store(AccountAssignment assignment);

  void remove(AccountAssignment assignment);

  /**
   * The keys of the receipts already booked to these assignments, as {@link
   * Receipt#importKey(String, java.time.LocalDate, de.smartcity.portfolio.domain.shared.Money,
   * String)} makes them.
   */
  Set<String> importKeys(Collection<String> assignmentCodes);

  void store(ReceiptImport receiptImport);

  Optional<ReceiptImport> findImport(long id);

  /** The latest imports, newest first. */
  List<ReceiptImport> latestImports(int max);

  /**
   * Writes out what the transaction has stored so far and lets go of every record it holds, so that
   * a long import holds one chunk at a time; records read before must be looked up again.
   */
  void writeOutAndRelease();

  /**
   * Up to {@code max} of the receipts an import added and that are still there, with their
   * projects, grants and import (which the history names), in no particular order.
   */
  List<Receipt> receiptsOf(long importId, int max);

  /** The payment days of an import's receipts that are still there, per grant (by id). */
  Map<Long, SortedSet<LocalDate>> paymentDaysByGrant(long importId);

  /** How many of an import's receipts wait for a second finance user's confirmation. */
  long countAwaitingConfirmation(long importId);
}
