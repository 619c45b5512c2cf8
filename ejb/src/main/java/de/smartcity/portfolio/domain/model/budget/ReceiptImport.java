package de.smartcity.portfolio.domain.model.budget;

import de.smartcity.portfolio.domain.shared.AbstractEntity;
import de.smartcity.portfolio.domain.shared.BusinessRuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One import of the bookkeeping's export: the file (name and SHA-256), who imported it when, how
 * many lines it added, skipped as already present and refused, and the payment days it spans. The
 * receipts it added name it; undoing it removes them as a whole.
 */
@Entity
@Table(name = "receipt_import")
public class ReceiptImport extends AbstractEntity {

  @Column(name = "file_name", nullable = false, updatable = false, length = 255)
  private String fileName;

  @Column(name = "file_sha256", nullable = false, updatable = false, length = 64)
  private String sha256;

  @Column(name = "imported_by", nullable = false, updatable = false, length = 120)
  private String importedBy;

  @Column(name = "imported_at", nullable = false, updatable = false)
  private Instant importedAt;

  @Column(name = "added_count", nullable = false)
  private int added;

  @Column(name = "duplicate_count", nullable = false)
  private int duplicates;

  @Column(name = "error_count", nullable = false)
  private int errors;

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
    this.fileName = shorten(Objects.requireNonNull(fileName, "fileName"), 255);
    this.sha256 = Objects.requireNonNull(sha256, "sha256");
    this.importedBy = shorten(Objects.requireNonNull(importedBy, "importedBy"), 120);
    this.importedAt = Objects.requireNonNull(importedAt, "importedAt");
  }

  private static String shorten(String text, int length) {
    return text.length() <= length ? text : text.substring(0, length);
  }

  /** What the import did, once its receipts are stored. */
  public void counted(
      int addedLines, int duplicateLines, int errorLines, LocalDate first, LocalDate last) {
    this.added = addedLines;
    this.duplicates = duplicateLines;
    this.errors = errorLines;
    this.firstPayment = first;
    this.lastPayment = last;
  }

  /** Marks the import as undone; an import is undone once. */
  public void undo(String user, Instant when) {
    if (undoneAt != null) {
      throw new BusinessRuleViolation("import.already.undone", null, fileName);
    }
    this.undoneBy = shorten(user, 120);
    this.undoneAt = when;
  }

  public String getFileName() {
    return fileName;
  }

  public String getSha256() {
    return sha256;
  }

  public String getImportedBy() {
    return importedBy;
  }

  public Instant getImportedAt() {
    return importedAt;
  }

  public int getAdded() {
    return added;
  }

  public int getDuplicates() {
    return duplicates;
  }

  public int getErrors() {
    return errors;
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

  @Override
  public String auditLabel() {
    return fileName;
  }

  @Override
  public Long auditProjectId() {
    return null;
  }
}
