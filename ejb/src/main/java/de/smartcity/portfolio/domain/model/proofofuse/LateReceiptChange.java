package de.smartcity.portfolio.domain.model.proofofuse;

import de.smartcity.portfolio.domain.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A receipt of a submitted period that was entered, corrected or deleted after the submission: the
 * funder holds figures that no longer match the books, so the grant page and the next proof say so.
 */
@Entity
@Table(name = "proof_late_change")
public class LateReceiptChange extends AbstractEntity {

  /** What happened to the receipt. */
  public enum Action {
    CREATED,
    CORRECTED,
    DELETED
  }

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "submission_id", nullable = false, updatable = false)
  private ProofSubmission submission;

  @Column(name = "changed_at", nullable = false, updatable = false)
  private Instant changedAt;

  @Column(name = "changed_by", nullable = false, updatable = false, length = 120)
  private String changedBy;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 10)
  private Action action;

  @Column(name = "receipt_label", nullable = false, updatable = false, length = 300)
  private String receiptLabel;

  @Column(name = "payment_date", nullable = false, updatable = false)
  private LocalDate paymentDate;

  /**
   * The receipt that changed, so that the receipts journal can find it; no foreign key, since a
   * deleted receipt's note stays. {@code null} on notes written before it was kept.
   */
  @Column(name = "receipt_id", updatable = false)
  private Long receiptId;

  protected LateReceiptChange() {}

  public LateReceiptChange(
      ProofSubmission submission,
      Long receiptId,
      Instant changedAt,
      String changedBy,
      Action action,
      String receiptLabel,
      LocalDate paymentDate) {
    this.submission = Objects.requireNonNull(submission, "submission");
    this.receiptId = receiptId;
    this.changedAt = Objects.requireNonNull(changedAt, "changedAt");
    this.changedBy = Objects.requireNonNull(changedBy, "changedBy");
    this.action = Objects.requireNonNull(action, "action");
    this.receiptLabel = receiptLabel.length() > 300 ? receiptLabel.substring(0, 300) : receiptLabel;
    this.paymentDate = Objects.requireNonNull(paymentDate, "paymentDate");
  }

  public ProofSubmission getSubmission() {
    return submission;
  }

  public Long getReceiptId() {
    return receiptId;
  }

  public Instant getChangedAt() {
    return changedAt;
  }

  public String getChangedBy() {
    return changedBy;
  }

  public Action getAction() {
    return action;
  }

  public String getReceiptLabel() {
    return receiptLabel;
  }

  public LocalDate getPaymentDate() {
    return paymentDate;
  }

  @Override
  public String auditLabel() {
    return submission.auditLabel() + " " + receiptLabel;
  }

  @Override
  public Long auditProjectId() {
    return null;
  }
}
