package de.smartcity.portfolio.reports.proofofuse;

import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;

/**
 * Receipts of a period that was already submitted were changed afterwards: the next proof says so,
 * because the funder holds figures that no longer match the books.
 *
 * @param budgetYear the year of the submitted interim proof; null for the final proof
 * @param submittedOn when that proof was submitted
 * @param receiptChanges how many receipts were entered, corrected or deleted since
 * @param lastChangedOn the day of the latest such change
 */
public record LateChange(
    Year budgetYear, LocalDate submittedOn, int receiptChanges, LocalDate lastChangedOn) {

  public LateChange {
    Objects.requireNonNull(submittedOn, "submittedOn");
    Objects.requireNonNull(lastChangedOn, "lastChangedOn");
    if (receiptChanges < 1) {
      throw new IllegalArgumentException("A late change needs at least one changed receipt");
    }
  }
}
