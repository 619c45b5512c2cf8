package de.smartcity.portfolio.domain.model.budget;

import de.smartcity.portfolio.domain.shared.Money;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * A receipt as a row of the receipts journal shows it, read in one query without the entity.
 *
 * @param id the receipt's id
 * @param version its version, for the optimistic lock of a correction
 * @param projectId the project it is booked on
 * @param projectCode that project's code
 * @param paymentDate when it was paid
 * @param payee who was paid
 * @param purpose what for
 * @param referenceNumber the accounting reference, or {@code null}
 * @param categoryCode the cost category's code
 * @param categoryName the cost category's name
 * @param amount what was paid
 * @param eligibleAmount the eligible part of it
 * @param changedAfterSubmission whether it was entered or changed after its period's proof was
 *     submitted
 * @param awaitingConfirmation whether it waits for a second finance user's confirmation (four
 *     eyes), and so is left out of the grant's proofs and calls until then
 */
public record ReceiptListing(
    long id,
    long version,
    long projectId,
    String projectCode,
    LocalDate paymentDate,
    String payee,
    String purpose,
    String referenceNumber,
    String categoryCode,
    String categoryName,
    Money amount,
    Money eligibleAmount,
    boolean changedAfterSubmission,
    boolean awaitingConfirmation)
    implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  /** This row, marked as changed after a submission. */
  public ReceiptListing changedAfterSubmission(boolean changed) {
    return new ReceiptListing(
        id,
        version,
        projectId,
        projectCode,
        paymentDate,
        payee,
        purpose,
        referenceNumber,
        categoryCode,
        categoryName,
        amount,
        eligibleAmount,
        changed,
        awaitingConfirmation);
  }
}
