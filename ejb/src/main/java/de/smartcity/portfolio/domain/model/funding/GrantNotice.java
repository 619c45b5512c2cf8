package de.smartcity.portfolio.domain.model.funding;

import de.smartcity.portfolio.domain.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A notice (Zuwendungsbescheid) of the funder after the commitment, such as a change or the
 * extension of the funding period; the proof of use lists them all in its header.
 */
@Embeddable
public class GrantNotice implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  @NotNull
  @Column(name = "notice_date", nullable = false)
  private LocalDate date;

  @NotBlank
  @Size(max = 60)
  @Column(nullable = false, length = 60)
  private String reference;

  /** The grant amount this notice sets in total, which stays the same for an extension. */
  @Column(nullable = false, precision = 15, scale = 2)
  private BigDecimal amount;

  @Size(max = 500)
  @Column(length = 500)
  private String description;

  protected GrantNotice() {}

  public GrantNotice(LocalDate date, String reference, BigDecimal amount, String description) {
    this.date = date;
    this.reference = reference;
    this.amount = amount == null ? null : Money.of(amount).requireEntry("amount").amount();
    this.description = description;
  }

  public LocalDate getDate() {
    return date;
  }

  public String getReference() {
    return reference;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public String getDescription() {
    return description;
  }

  @Override
  public String toString() {
    return date + " " + reference + " " + amount.toPlainString();
  }
}
