package de.smartcity.portfolio.application.internal;

import de.smartcity.portfolio.domain.model.budget.Receipt;
import de.smartcity.portfolio.domain.model.proofofuse.LateReceiptChange;
import de.smartcity.portfolio.domain.model.proofofuse.ProofOfUseRepository;
import de.smartcity.portfolio.domain.model.proofofuse.ProofSubmission;
import de.smartcity.portfolio.domain.model.user.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Stream;

/**
 * Notes a change to a receipt whose payment date lies in a period already submitted to the funder,
 * so that the grant page and the next proof can say that the submitted figures no longer hold.
 * Called by the receipt services in the same transaction as the change.
 */
@ApplicationScoped
class SubmittedPeriods {

  @Inject private ProofOfUseRepository proofs;
  @Inject private Caller caller;
  @Inject private Clock clock;

  /**
   * @param receipt the receipt as it is now (for a deletion: before it goes)
   * @param datesConcerned the payment dates before and after the change; a correction that moves a
   *     receipt out of a submitted year changes that year too
   */
  void receiptChanged(
      Receipt receipt, LateReceiptChange.Action action, LocalDate... datesConcerned) {
    if (receipt.getGrant().isEmpty()) {
      return;
    }
    Instant now = clock.instant();
    for (ProofSubmission submission : proofs.findSubmissions(receipt.getGrant().get().getId())) {
      Stream.of(datesConcerned)
          .filter(date -> date != null && submission.getPeriod().covers(date))
          .findFirst()
          .filter(date -> submission.getSubmittedAt().isBefore(now))
          .ifPresent(
              date ->
                  proofs.store(
                      new LateReceiptChange(
                          submission,
                          receipt.getId(),
                          now,
                          caller.account().map(UserAccount::getDisplayName).orElse(caller.name()),
                          action,
                          receipt.auditLabel(),
                          date)));
    }
  }
}
