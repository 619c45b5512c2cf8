package de.smartcity.portfolio.domain.model.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One line of the audit trail: who changed which field of which record when, from what to what.
 * Lines are written by the persistence layer as part of the change itself and never altered.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

  @Id private Long id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(name = "username", nullable = false, updatable = false, length = 100)
  private String username;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 10)
  private AuditAction action;

  @Column(name = "record_type", nullable = false, updatable = false, length = 60)
  private String recordType;

  @Column(name = "record_id", nullable = false, updatable = false)
  private Long recordId;

  @Column(name = "record_label", updatable = false, length = 200)
  private String recordLabel;

  @Column(name = "project_id", updatable = false)
  private Long projectId;

  @Column(name = "field_name", updatable = false, length = 60)
  private String field;

  @Column(name = "old_value", updatable = false, length = 4000)
  private String oldValue;

  @Column(name = "new_value", updatable = false, length = 4000)
  private String newValue;

  protected AuditEntry() {}

  public Long getId() {
    return id;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getUsername() {
    return username;
  }

  public AuditAction getAction() {
    return action;
  }

  public String getRecordType() {
    return recordType;
  }

  public Long getRecordId() {
    return recordId;
  }

  public String getRecordLabel() {
    return recordLabel;
  }

  public Long getProjectId() {
    return projectId;
  }

  /** The changed field, or {@code null} for the creation or deletion of the whole record. */
  public String getField() {
    return field;
  }

  public String getOldValue() {
    return oldValue;
  }

  public String getNewValue() {
    return newValue;
  }
}
