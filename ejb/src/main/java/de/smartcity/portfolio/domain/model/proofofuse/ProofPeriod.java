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

  public static ProofPeriod ofKey(String key) {
    return FINAL_KEY.equals(key) ? FINAL : new ProofPeriod(Integer.valueOf(key));
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
}
