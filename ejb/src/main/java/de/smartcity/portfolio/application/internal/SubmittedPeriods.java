package de.smartcity.portfolio.application.internal;

import de.smartcity.portfolio.domain.model.budget.Receipt;
import de.smartcity.portfolio.domain.model.funding.Grant;
import de.smartcity.portfolio.domain.model.proofofuse.LateReceiptChange;
import de.smartcity.portfolio.domain.model.proofofuse.ProofOfUseRepository;
import de.smartcity.portfolio.domain.model.proofofuse.ProofSubmission;
import de.smartcity.portfolio.domain.model.user.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    noteChange(
        receipt, action, proofs.findSubmissions(receipt.getGrant().get().getId()), datesConcerned);
  }

  /**
   * Reads the submissions of the grants of many receipts for {@link #receiptAddedOrRemoved}, in a
   * transaction that stores or removes them chunk after chunk: read for each chunk before its first
   * receipt is stored or removed, since a query after it would first write out every change made so
   * far. A grant found without submissions is not asked again (none is made meanwhile).
   */
  final class Lookup {

    private final Set<Long> without = new HashSet<>();

    /** The submissions of the receipts' grants that have any, by grant id. */
    Map<Long, List<ProofSubmission>> of(Collection<Receipt> receipts) {
      Map<Long, List<ProofSubmission>> submissions = new HashMap<>();
      for (Receipt receipt : receipts) {
        receipt
            .getGrant()
            .map(Grant::getId)
            .filter(id -> !without.contains(id) && !submissions.containsKey(id))
            .ifPresent(
                id -> {
                  List<ProofSubmission> found = proofs.findSubmissions(id);
                  if (found.isEmpty()) {
                    without.add(id);
                  } else {
                    submissions.put(id, found);
                  }
                });
      }
      return submissions;
    }
  }

  Lookup lookup() {
    return new Lookup();
  }

  /**
   * As {@link #receiptChanged} for a receipt just created or about to be removed ({@code action}),
   * on its payment day, with its grant's submissions read before by a {@link Lookup}.
   */
  void receiptAddedOrRemoved(
      Receipt receipt,
      LateReceiptChange.Action action,
      Map<Long, List<ProofSubmission>> submissions) {
    receipt
        .getGrant()
        .ifPresent(
            grant ->
                noteChange(
                    receipt,
                    action,
                    submissions.getOrDefault(grant.getId(), List.of()),
                    receipt.getPaymentDate()));
  }

  private void noteChange(
      Receipt receipt,
      LateReceiptChange.Action action,
      List<ProofSubmission> submissions,
      LocalDate... datesConcerned) {
    Instant now = clock.instant();
    for (ProofSubmission submission : submissions) {
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
