package de.smartcity.portfolio.application;

import de.smartcity.portfolio.domain.shared.Money;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * An entry that counts only once a second finance user confirms it (four eyes).
 *
 * @param kind what it is
 * @param id the entry's id
 * @param version the version the confirmation is for
 * @param grantId the grant it belongs to
 * @param grantReference the grant's reference
 * @param date the call's day, the receipt's payment day, or the day the proof was submitted
 * @param label what the page shows to name it (the call's reference, the receipt's payee and
 *     purpose, the proof's period)
 * @param amount the amount called, paid, or stated as the grant's share
 * @param enteredBy who entered it
 * @param ownEntry whether the caller entered it, and so may not confirm it
 */
public record AwaitingConfirmation(
    Kind kind,
    long id,
    long version,
    long grantId,
    String grantReference,
    LocalDate date,
    String label,
    Money amount,
    String enteredBy,
    boolean ownEntry)
    implements Serializable {

  /** The three kinds of entry the rule covers. */
  public enum Kind {
    CALL,
    RECEIPT,
    PROOF
  }
}
