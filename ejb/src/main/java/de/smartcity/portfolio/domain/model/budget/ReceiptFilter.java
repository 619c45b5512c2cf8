package de.smartcity.portfolio.domain.model.budget;

import java.io.Serial;
import java.io.Serializable;

/**
 * What the receipts journal of a grant narrows its receipts to; every part is optional ({@code
 * null} or {@code false}: not narrowed).
 *
 * @param projectId only the receipts of this project
 * @param categoryCode only this cost category
 * @param year only payments of this calendar year
 * @param payee only payees whose name contains this text, whatever the case
 * @param eligibility only receipts that are fully, partly or not eligible
 * @param changedAfterSubmission only receipts entered, corrected or moved in a period after its
 *     proof was submitted
 */
public record ReceiptFilter(
    Long projectId,
    String categoryCode,
    Integer year,
    String payee,
    Eligibility eligibility,
    boolean changedAfterSubmission)
    implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  public static final ReceiptFilter NONE = new ReceiptFilter(null, null, null, null, null, false);

  /** How much of a receipt's amount is eligible. */
  public enum Eligibility {
    /** The eligible amount equals the amount paid. */
    FULLY,
    /** Some, but not all, of the amount paid is eligible. */
    PARTLY,
    /** Nothing of it is eligible. */
    NOT
  }

  public ReceiptFilter {
    payee = payee == null || payee.isBlank() ? null : payee.strip();
    categoryCode = categoryCode == null || categoryCode.isBlank() ? null : categoryCode;
  }
}
