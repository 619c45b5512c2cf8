package de.smartcity.portfolio.reports.callforfunds;

import static de.smartcity.portfolio.reports.common.Texts.orEmpty;

import de.smartcity.portfolio.reports.common.Amounts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A payment falling due in the call's window, which is what justifies calling the money now.
 *
 * @param reference the invoice's or order's number
 * @param eligibleAmount the part of the amount the grant may pay for
 */
public record DuePayment(
    LocalDate dueDate,
    String payee,
    String purpose,
    String reference,
    BigDecimal amount,
    BigDecimal eligibleAmount) {

  public DuePayment {
    Objects.requireNonNull(dueDate, "dueDate");
    payee = orEmpty(payee);
    purpose = orEmpty(purpose);
    reference = orEmpty(reference);
    amount = Amounts.requireCents(amount, "amount");
    eligibleAmount = Amounts.requireCents(eligibleAmount, "eligibleAmount");
  }
}
