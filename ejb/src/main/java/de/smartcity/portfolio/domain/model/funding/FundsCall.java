package de.smartcity.portfolio.domain.model.funding;

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
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A call for funds (Mittelabruf): money requested from the funder on a date, and what arrived.
 * Whether a request fits what is left of the grant is decided by {@link GrantFigures}.
 */
@Entity
@Table(name = "funds_call")
public class FundsCall extends AbstractEntity {

  @NotNull
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "grant_id", nullable = false, updatable = false)
  private Grant grant;

  @NotNull
  @Column(name = "call_date", nullable = false)
  private LocalDate callDate;

  @Column(nullable = false, precision = 15, scale = 2)
  private BigDecimal requested;

  @Column(precision = 15, scale = 2)
  private BigDecimal received;

  @Column(name = "received_on")
  private LocalDate receivedOn;

  /** The funder's or the city's reference of the call; {@code null} for calls before V16. */
  @Size(max = 60)
  @Column(length = 60)
  private String reference;

  /** What the calls page proposed when the call was recorded. */
  @Column(precision = 15, scale = 2)
  private BigDecimal proposed;

  /** Why the amount differs from the proposal; required when it does. */
  @Size(max = 500)
  @Column(name = "deviation_reason", length = 500)
  private String deviationReason;

  @Column(name = "entered_by", length = 120)
  private String enteredBy;

  @Column(name = "confirmed_by", length = 120)
  private String confirmedBy;

  @Column(name = "confirmed_at")
  private Instant confirmedAt;

  @Column(name = "xlsx_name", length = 200)
  private String xlsxName;

  @Basic(fetch = FetchType.LAZY)
  @Column(name = "xlsx_content")
  private byte[] xlsxContent;

  @Column(name = "xlsx_sha256", length = 64)
  private String xlsxSha256;

  @Column(name = "pdf_name", length = 200)
  private String pdfName;

  @Basic(fetch = FetchType.LAZY)
  @Column(name = "pdf_content")
  private byte[] pdfContent;

  @Column(name = "pdf_sha256", length = 64)
  private String pdfSha256;

  protected FundsCall() {}

  /** A call made on a day that has come: calls are recorded, not scheduled, here. */
  public FundsCall(Grant grant, LocalDate callDate, Money requested, LocalDate today) {
    if (!requested.isGreaterThan(Money.ZERO)) {
      throw new BusinessRuleViolation("call.amount.not.positive", "requested");
    }
    requested.requireEntry("requested");
    if (callDate.isAfter(today)) {
      throw new BusinessRuleViolation("call.date.in.future", "callDate", callDate, today);
    }
    this.grant = Objects.requireNonNull(grant, "grant");
    this.callDate = Objects.requireNonNull(callDate, "callDate");
    this.requested = requested.amount();
  }

  /**
   * What the officer stated with the call: its reference, what the page proposed, and why the
   * amount differs from the proposal, which a different amount requires.
   */
  public void explain(String newReference, Money proposal, String reason, String user) {
    String why = reason == null || reason.isBlank() ? null : reason.strip();
    if (!getRequested().equals(proposal) && why == null) {
      throw new BusinessRuleViolation(
          "call.amount.differs.without.reason", "reason", proposal, getRequested());
    }
    this.reference = newReference == null || newReference.isBlank() ? null : newReference.strip();
    this.proposed = proposal.amount();
    this.deviationReason = why;
    this.enteredBy = user;
  }

  /** Keeps the call's document as it was when the call was recorded; once only. */
  public void freeze(String xlsxFileName, byte[] xlsx, String pdfFileName, byte[] pdf) {
    if (xlsxContent != null) {
      throw new IllegalStateException("The document of a call is frozen once");
    }
    this.xlsxName = xlsxFileName;
    this.xlsxContent = xlsx.clone();
    this.xlsxSha256 = Sha256.of(xlsx);
    this.pdfName = pdfFileName;
    this.pdfContent = pdf.clone();
    this.pdfSha256 = Sha256.of(pdf);
  }

  /** Confirms the call as a second finance user ("sachlich und rechnerisch richtig"). */
  public void confirm(String user, Instant at) {
    FourEyes.requireConfirmable(enteredBy, confirmedBy, user);
    this.confirmedBy = user;
    this.confirmedAt = at;
  }

  /** Marks a call as entered and confirmed without the rule, for data loaded as confirmed. */
  public void confirmedOnLoad(String entered, String confirmed, Instant at) {
    this.enteredBy = entered;
    this.confirmedBy = confirmed;
    this.confirmedAt = at;
  }

  public boolean isConfirmed() {
    return confirmedBy != null;
  }

  public boolean isFrozen() {
    return xlsxContent != null;
  }

  public Optional<String> getReference() {
    return Optional.ofNullable(reference);
  }

  public Optional<Money> getProposed() {
    return Optional.ofNullable(proposed).map(Money::of);
  }

  public Optional<String> getDeviationReason() {
    return Optional.ofNullable(deviationReason);
  }

  public String getEnteredBy() {
    return enteredBy;
  }

  public Optional<String> getConfirmedBy() {
    return Optional.ofNullable(confirmedBy);
  }

  public Optional<Instant> getConfirmedAt() {
    return Optional.ofNullable(confirmedAt);
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

  /** The frozen workbook's bytes; empty before V16 and for calls not recorded through the page. */
  public Optional<byte[]> xlsxContent() {
    return Optional.ofNullable(xlsxContent).map(byte[]::clone);
  }

  public Optional<byte[]> pdfContent() {
    return Optional.ofNullable(pdfContent).map(byte[]::clone);
  }

  /** Records the payment of the funder; it may be less than requested, never more. */
  public void receive(Money amount, LocalDate on, LocalDate today) {
    if (on.isAfter(today)) {
      throw new BusinessRuleViolation("call.received.in.future", "receivedOn", on, today);
    }
    if (amount.isNegative() || amount.isGreaterThan(getRequested())) {
      throw new BusinessRuleViolation(
          "call.received.above.requested", "received", amount, getRequested());
    }
    if (on.isBefore(callDate)) {
      throw new BusinessRuleViolation("call.received.before.call", "receivedOn", callDate);
    }
    this.received = amount.amount();
    this.receivedOn = on;
  }

  public Grant getGrant() {
    return grant;
  }

  public LocalDate getCallDate() {
    return callDate;
  }

  public Money getRequested() {
    return Money.of(requested);
  }

  /** What arrived, zero while the payment is outstanding. */
  public Money getReceived() {
    return received == null ? Money.ZERO : Money.of(received);
  }

  public Optional<LocalDate> getReceivedOn() {
    return Optional.ofNullable(receivedOn);
  }

  /**
   * The day by which the money paid out must have been spent: the payout's day plus the grant's
   * window (Nr. 1.4 ANBest-P counts from the payout); empty while nothing was paid out.
   */
  public Optional<LocalDate> spendBy() {
    return getReceivedOn().map(day -> day.plusDays(grant.getCallWindowDays()));
  }

  @Override
  public String auditLabel() {
    return grant.getReference() + " " + callDate;
  }

  @Override
  public Long auditProjectId() {
    return null;
  }
}
