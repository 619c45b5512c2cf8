package de.smartcity.portfolio.domain.model.budget;

import de.smartcity.portfolio.domain.shared.BusinessRuleViolation;
import de.smartcity.portfolio.domain.shared.RecordedImport;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One import of the bookkeeping's export: the file (name and SHA-256), who imported it when, how
 * many lines it added, skipped as already present and refused, and the payment days it spans. The
 * receipts it added name it; undoing it removes them as a whole.
 */
@Entity
@Table(name = "receipt_import")
public class ReceiptImport extends RecordedImport {

  @Column(name = "duplicate_count", nullable = false)
  private int duplicates;

  @Column(name = "first_payment")
  private LocalDate firstPayment;

  @Column(name = "last_payment")
  private LocalDate lastPayment;

  @Column(name = "undone_at")
  private Instant undoneAt;

  @Column(name = "undone_by", length = 120)
  private String undoneBy;

  protected ReceiptImport() {}

  public ReceiptImport(String fileName, String sha256, String importedBy, Instant importedAt) {
    super(fileName, sha256, importedBy, importedAt);
  }

  /** What the import did, once its receipts are stored. */
  public void counted(
      int addedLines, int duplicateLines, int errorLines, LocalDate first, LocalDate last) {
    count(addedLines, errorLines);
    this.duplicates = duplicateLines;
    this.firstPayment = first;
    this.lastPayment = last;
  }

  /** Marks the import as undone; an import is undone once. */
  public void undo(String user, Instant when) {
    if (undoneAt != null) {
      throw new BusinessRuleViolation("import.already.undone", null, getFileName());
    }
    this.undoneBy = shorten(user, 120);
    this.undoneAt = when;
  }

  public int getDuplicates() {
    return duplicates;
  }

  public Optional<LocalDate> getFirstPayment() {
    return Optional.ofNullable(firstPayment);
  }

  public Optional<LocalDate> getLastPayment() {
    return Optional.ofNullable(lastPayment);
  }

  public Optional<Instant> getUndoneAt() {
    return Optional.ofNullable(undoneAt);
  }

  public String getUndoneBy() {
    return undoneBy;
  }

  public boolean isUndone() {
    return undoneAt != null;
  }
}
