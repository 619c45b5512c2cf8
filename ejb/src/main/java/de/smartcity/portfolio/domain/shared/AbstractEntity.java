package de.smartcity.portfolio.domain.shared;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;

/**
 * Identity and optimistic lock of every stored record. All records draw their ids from one
 * sequence, in blocks of 50 so that bulk inserts rarely wait for the database.
 */
@MappedSuperclass
public abstract class AbstractEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
  @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
  private Long id;

  @Version private long version;

  /** The most characters a reason for a change may have, as the audit trail keeps it. */
  public static final int MAX_REASON = 500;

  /**
   * Why the change being written now is made, when the rule asks for a reason (a corrected or
   * deleted receipt); the audit trail writes it beside the change. Never stored with the record.
   */
  @Transient
  @Size(max = MAX_REASON)
  private String changeReason;

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  /**
   * Refuses a change that was made on an older state of this record than the one stored now: the
   * user saw version {@code seen}, someone else saved since.
   */
  public void requireVersion(long seen) {
    if (seen != version) {
      throw new BusinessRuleViolation("record.modified.concurrently", null, auditLabel());
    }
  }

  /**
   * Gives the reason for the change about to be written; the audit trail records it with the
   * change, in the same transaction. A blank reason is refused.
   */
  public void explainChange(String reason) {
    if (reason == null || reason.isBlank()) {
      throw new BusinessRuleViolation("change.reason.required", "reason", auditLabel());
    }
    String trimmed = reason.strip();
    if (trimmed.length() > MAX_REASON) {
      throw new BusinessRuleViolation("change.reason.too.long", "reason", MAX_REASON);
    }
    this.changeReason = trimmed;
  }

  /** The reason given for the change being written, or {@code null} when none was asked for. */
  public String changeReason() {
    return changeReason;
  }

  /** How the record is named in the audit trail and in messages, e.g. the project's code. */
  public abstract String auditLabel();

  /**
   * The project whose history shows changes of this record, or {@code null} for master data that
   * belongs to no project.
   */
  public abstract Long auditProjectId();
}
