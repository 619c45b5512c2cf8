package de.smartcity.portfolio.reports.proofofuse;

import static de.smartcity.portfolio.reports.common.Texts.orEmpty;

import de.smartcity.portfolio.reports.common.Amounts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One payment of the receipt list (Belegliste).
 *
 * @param date the day of payment
 * @param purpose the reason for the payment
 * @param reference the receipt's number, under which it is filed for five years
 * @param project the code of the project the payment is booked to
 * @param costCategory one of the categories of part II.2
 * @param eligibleAmount the part of the amount the grant may pay for
 */
public record Receipt(
    LocalDate date,
    String payee,
    String purpose,
    String reference,
    String project,
    String costCategory,
    BigDecimal amount,
    BigDecimal eligibleAmount) {

  public Receipt {
    Objects.requireNonNull(date, "date");
    payee = orEmpty(payee);
    purpose = orEmpty(purpose);
    reference = orEmpty(reference);
    project = orEmpty(project);
    Objects.requireNonNull(costCategory, "costCategory");
    amount = Amounts.requireCents(amount, "amount");
    eligibleAmount = Amounts.requireCents(eligibleAmount, "eligibleAmount");
  }
}
