package de.smartcity.portfolio.domain.model.funding;

import de.smartcity.portfolio.domain.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;

/** A year of the binding call-for-funds plan (Mittelabrufplan) agreed with the funder. */
@Embeddable
public class CallPlanEntry implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  @Column(name = "plan_year", nullable = false)
  private int year;

  @Column(nullable = false, precision = 15, scale = 2)
  private BigDecimal amount;

  protected CallPlanEntry() {}

  public CallPlanEntry(int year, Money amount) {
    this.year = year;
    this.amount = amount.requireEntry("amount").amount();
  }

  public int getYear() {
    return year;
  }

  public Money getAmount() {
    return Money.of(amount);
  }

  @Override
  public String toString() {
    return year + " " + amount.toPlainString();
  }
}
