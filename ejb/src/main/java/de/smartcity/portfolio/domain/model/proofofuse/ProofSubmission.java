package de.smartcity.portfolio.domain.model.proofofuse;

import de.smartcity.portfolio.domain.model.funding.FourEyes;
import de.smartcity.portfolio.domain.model.funding.Grant;
import de.smartcity.portfolio.domain.model.funding.GrantFigures;
import de.smartcity.portfolio.domain.shared.AbstractEntity;
import de.smartcity.portfolio.domain.shared.BusinessRuleViolation;
import de.smartcity.portfolio.domain.shared.Money;
import de.smartcity.portfolio.domain.shared.Sha256;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A proof of use as it was handed to the funder: the figures it stated, both files exactly as
 * generated, their SHA-256 checksums, when and by whom. Downloads of a submitted proof serve these
 * bytes, so what finance sends again is what the funder already holds.
 *
 * <p>A correction does not change a submitted proof: it is a new version of the period's proof with
 * files and checksums of its own, and the earlier version stays readable, marked as superseded by
 * it (when, by whom and why).
 */
@Entity
@Table(name = "proof_submission")
public class ProofSubmission extends AbstractEntity {

  /**
   * A generated file.
   *
   * @param name the file name
   * @param content the bytes
   */
  public record File(String name, byte[] content) {}

  /** The longest reason for a correction. */
  public static final int REASON_LENGTH = 1000;

  @NotNull
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "grant_id", nullable = false, updatable = false)
  private Grant grant;

  @Column(nullable = false, updatable = false, length = 10)
  private String period;

  @Column(name = "submitted_at", nullable = false, updatable = false)
  private Instant submittedAt;

  @Column(name = "submitted_by", nullable = false, updatable = false, length = 120)
  private String submittedBy;

  @Column(name = "actual_costs", nullable = false, updatable = false, precision = 15, scale = 2)
  private BigDecimal actualCosts;

  @Column(name = "eligible_costs", nullable = false, updatable = false, precision = 15, scale = 2)
  private BigDecimal eligibleCosts;

  @Column(name = "grant_share", nullable = false, updatable = false, precision = 15, scale = 2)
  private BigDecimal grantShare;

  @Column(nullable = false, updatable = false, precision = 15, scale = 2)
  private BigDecimal received;

  @Column(name = "receipt_count", nullable = false, updatable = false)
  private int receiptCount;

  @Column(name = "xlsx_name", nullable = false, updatable = false, length = 200)
  private String xlsxName;

  @Basic(fetch = FetchType.LAZY)
  @Column(name = "xlsx_content", nullable = false, updatable = false)
  private byte[] xlsxContent;

  @Column(name = "xlsx_sha256", nullable = false, updatable = false, length = 64)
  private String xlsxSha256;

  @Column(name = "pdf_name", nullable = false, updatable = false, length = 200)
  private String pdfName;

  @Basic(fetch = FetchType.LAZY)
  @Column(name = "pdf_content", nullable = false, updatable = false)
  private byte[] pdfContent;

  @Column(name = "pdf_sha256", nullable = false, updatable = false, length = 64)
  private String pdfSha256;

  /** 1 for the period's first submission, one more for each correction. */
  @Column(name = "proof_version", nullable = false, updatable = false)
  private int proofVersion = 1;

  @Column(name = "superseded_at")
  private Instant supersededAt;

  @Column(name = "superseded_by", length = 120)
  private String supersededBy;

  @Column(name = "superseded_by_version")
  private Integer supersededByVersion;

  @Column(name = "supersede_reason", length = REASON_LENGTH)
  private String supersedeReason;

  /** Who confirmed the submission as a second finance user (four eyes); null while it waits. */
  @Column(name = "confirmed_by", length = 120)
  private String confirmedBy;

  @Column(name = "confirmed_at")
  private Instant confirmedAt;

  protected ProofSubmission() {}

  /**
   * @param figures the grant's figures for the period, as the proof states them
   * @param receiptCount how many receipts the proof lists
   */
  public ProofSubmission(
      Grant grant,
      ProofPeriod period,
      Instant submittedAt,
      String submittedBy,
      GrantFigures figures,
      int receiptCount,
      File xlsx,
      File pdf) {
    this.grant = Objects.requireNonNull(grant, "grant");
    this.period = period.key();
    this.submittedAt = Objects.requireNonNull(submittedAt, "submittedAt");
    this.submittedBy = Objects.requireNonNull(submittedBy, "submittedBy");
    this.actualCosts = figures.actualCosts().amount();
    this.eligibleCosts = figures.eligibleCosts().amount();
    this.grantShare = figures.grantShare().amount();
    this.received = figures.received().amount();
    this.receiptCount = receiptCount;
    this.xlsxName = xlsx.name();
    this.xlsxContent = xlsx.content().clone();
    this.xlsxSha256 = Sha256.of(xlsxContent);
    this.pdfName = pdf.name();
    this.pdfContent = pdf.content().clone();
    this.pdfSha256 = Sha256.of(pdfContent);
  }

  /**
   * A version of the period's proof as submitted, stating the grant as received in the period.
   *
   * @param proofVersion 1 for the first submission, one more for each correction
   * @param received the payouts the proof states as this grant's actual income
   */
  public ProofSubmission(
      Grant grant,
      ProofPeriod period,
      Instant submittedAt,
      String submittedBy,
      GrantFigures figures,
      int receiptCount,
      File xlsx,
      File pdf,
      int proofVersion,
      Money received) {
    this(grant, period, submittedAt, submittedBy, figures, receiptCount, xlsx, pdf);
    this.proofVersion = proofVersion;
    this.received = received.amount();
  }

  /**
   * Marks this version as replaced by a correction; refused when it was replaced before or no
   * reason is given.
   */
  public void supersede(int byVersion, Instant at, String by, String reason) {
    if (isSuperseded()) {
      throw new BusinessRuleViolation(
          "proofofuse.already.superseded", null, grant.getReference(), supersededByVersion);
    }
    if (reason == null || reason.isBlank()) {
      throw new BusinessRuleViolation("proofofuse.correction.reason.missing", "reason");
    }
    if (reason.strip().length() > REASON_LENGTH) {
      throw new BusinessRuleViolation(
          "proofofuse.correction.reason.tooLong", "reason", REASON_LENGTH);
    }
    this.supersededByVersion = byVersion;
    this.supersededAt = Objects.requireNonNull(at, "at");
    this.supersededBy = Objects.requireNonNull(by, "by");
    this.supersedeReason = reason.strip();
  }

  public int getProofVersion() {
    return proofVersion;
  }

  public boolean isSuperseded() {
    return supersededAt != null;
  }

  public Instant getSupersededAt() {
    return supersededAt;
  }

  public String getSupersededBy() {
    return supersededBy;
  }

  public Integer getSupersededByVersion() {
    return supersededByVersion;
  }

  public String getSupersedeReason() {
    return supersedeReason;
  }

  /**
   * Confirms the submission as a second finance user; refused for the one who submitted it, for a
   * version a correction has superseded (the correction is the one to confirm), and when receipts
   * of its period changed after it was submitted (its files no longer agree with the books: a
   * correction is submitted and confirmed instead). The submission names its submitter as the files
   * print it (the display name, else the username), so both of the confirmer's names are compared
   * with it.
   *
   * @param lateChanges how many receipt changes were noted against it since it was submitted
   */
  public void confirm(String user, String displayName, long lateChanges, Instant at) {
    if (isSuperseded()) {
      throw new BusinessRuleViolation(
          "proofofuse.already.superseded", null, grant.getReference(), supersededByVersion);
    }
    FourEyes.requireConfirmable(submittedBy, confirmedBy, user);
    FourEyes.requireConfirmable(submittedBy, confirmedBy, displayName);
    if (lateChanges > 0) {
      throw new BusinessRuleViolation(
          "confirmation.proof.changed",
          null,
          grant.getReference(),
          getPeriod().year().orElse(0),
          lateChanges);
    }
    this.confirmedBy = displayName;
    this.confirmedAt = at;
  }

  /** Whether the submission names the given user (by username or display name) as submitter. */
  public boolean isSubmittedBy(String user, String displayName) {
    return submittedBy.equalsIgnoreCase(user) || submittedBy.equalsIgnoreCase(displayName);
  }

  public boolean isConfirmed() {
    return confirmedBy != null;
  }

  public Optional<String> getConfirmedBy() {
    return Optional.ofNullable(confirmedBy);
  }

  public Optional<Instant> getConfirmedAt() {
    return Optional.ofNullable(confirmedAt);
  }

  public Grant getGrant() {
    return grant;
  }

  public ProofPeriod getPeriod() {
    return ProofPeriod.ofKey(period);
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public String getSubmittedBy() {
    return submittedBy;
  }

  public Money getActualCosts() {
    return Money.of(actualCosts);
  }

  public Money getEligibleCosts() {
    return Money.of(eligibleCosts);
  }

  public Money getGrantShare() {
    return Money.of(grantShare);
  }

  public Money getReceived() {
    return Money.of(received);
  }

  public int getReceiptCount() {
    return receiptCount;
  }

  public String getXlsxName() {
    return xlsxName;
  }

  public String getXlsxSha256() {
    return xlsxSha256;
  }

  public String getPdfName() {
    return pdfName;
  }

  public String getPdfSha256() {
    return pdfSha256;
  }

  /** The stored workbook, a copy each time. */
  public byte[] xlsxContent() {
    return xlsxContent.clone();
  }

  /** The stored PDF, a copy each time. */
  public byte[] pdfContent() {
    return pdfContent.clone();
  }

  @Override
  public String auditLabel() {
    return grant.getReference() + " " + period + (proofVersion > 1 ? " v" + proofVersion : "");
  }

  @Override
  public Long auditProjectId() {
    return null;
  }
}
