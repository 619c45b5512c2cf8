package de.smartcity.portfolio.domain.model.proofofuse;

import de.smartcity.portfolio.domain.shared.BusinessRuleViolation;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What a proof of use accounts for: the whole funding period (final proof) or one budget year
 * (interim proof). Stored as {@code FINAL} or as the year, e.g. {@code 2024}.
 *
 * @param budgetYear the year of an interim proof; null for the final proof
 */
public record ProofPeriod(Integer budgetYear) implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  private static final String FINAL_KEY = "FINAL";

  public static final ProofPeriod FINAL = new ProofPeriod(null);

  public ProofPeriod {
    if (budgetYear != null && (budgetYear < 2000 || budgetYear > 2100)) {
      throw new BusinessRuleViolation("proofofuse.year.invalid", "budgetYear", budgetYear);
    }
  }

  public static ProofPeriod interim(int year) {
    return new ProofPeriod(year);
  }

  /** The period stored or asked for as {@code key}; refused with a message when malformed. */
  public static ProofPeriod ofKey(String key) {
    if (FINAL_KEY.equals(key)) {
      return FINAL;
    }
    if (key == null || !key.matches("\\d{4}")) {
      throw new BusinessRuleViolation("proofofuse.period.invalid", null, String.valueOf(key));
    }
    return new ProofPeriod(Integer.valueOf(key));
  }

  public String key() {
    return budgetYear == null ? FINAL_KEY : budgetYear.toString();
  }

  public boolean isFinal() {
    return budgetYear == null;
  }

  public Optional<Integer> year() {
    return Optional.ofNullable(budgetYear);
  }

  /** Whether a payment on this day counts in the period; the final proof covers every day. */
  public boolean covers(LocalDate paymentDate) {
    return budgetYear == null || paymentDate.getYear() == budgetYear;
  }

  /**
   * The first day whose payouts the period's income counts: 1 January of an interim proof's year;
   * none for the final proof, which counts every payout.
   */
  public Optional<LocalDate> firstDay() {
    return year().map(y -> LocalDate.of(y, 1, 1));
  }

  /**
   * The day the period's figures are as of: 31 December of an interim proof's year, or the date of
   * the proof when that comes first; for the final proof the date of the proof, because the final
   * instalment is paid out after the funding period.
   */
  public LocalDate lastDay(LocalDate issuedOn) {
    return year()
        .map(y -> LocalDate.of(y, 12, 31))
        .filter(end -> end.isBefore(issuedOn))
        .orElse(issuedOn);
  }
}
