package de.smartcity.portfolio.domain.shared;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.Objects;

/**
 * What every import of a file records: the file (name and SHA-256), who imported it when, and how
 * many of its lines it added and refused. The receipt import and the project import keep it in a
 * table of their own each.
 */
@MappedSuperclass
public abstract class RecordedImport extends AbstractEntity {

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

  @Column(name = "error_count", nullable = false)
  private int errors;

  protected RecordedImport() {}

  protected RecordedImport(String fileName, String sha256, String importedBy, Instant importedAt) {
    this.fileName = shorten(Objects.requireNonNull(fileName, "fileName"), 255);
    this.sha256 = Objects.requireNonNull(sha256, "sha256");
    this.importedBy = shorten(Objects.requireNonNull(importedBy, "importedBy"), 120);
    this.importedAt = Objects.requireNonNull(importedAt, "importedAt");
  }

  protected static String shorten(String text, int length) {
    return text.length() <= length ? text : text.substring(0, length);
  }

  /** How many lines the import added and how many it refused, once it has stored its records. */
  protected void count(int addedLines, int errorLines) {
    this.added = addedLines;
    this.errors = errorLines;
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

  public int getErrors() {
    return errors;
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
