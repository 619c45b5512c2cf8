package de.smartcity.portfolio.reports.proofofuse;

import de.smartcity.portfolio.reports.common.Amounts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One grant notice (Zuwendungsbescheid or a later amending notice).
 *
 * @param amount what this notice grants; an amending notice states the change, so the notices add
 *     up to the total approved
 */
public record GrantNotice(LocalDate date, String reference, BigDecimal amount) {

  public GrantNotice {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(reference, "reference");
    amount = Amounts.requireCents(amount, "amount");
  }
}
