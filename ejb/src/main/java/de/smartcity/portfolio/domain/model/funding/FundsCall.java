package de.smartcity.portfolio.domain.model.funding;

import de.smartcity.portfolio.domain.shared.AbstractEntity;
import de.smartcity.portfolio.domain.shared.BusinessRuleViolation;
import de.smartcity.portfolio.domain.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
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

  /** The day by which called money must have been spent: the call date plus the grant's window. */
  public LocalDate spendBy() {
    return callDate.plusDays(grant.getCallWindowDays());
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
