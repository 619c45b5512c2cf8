package de.smartcity.portfolio.application;

import de.smartcity.portfolio.domain.model.budget.Receipt;
import de.smartcity.portfolio.domain.model.funding.FundsCall;
import de.smartcity.portfolio.domain.model.proofofuse.ProofSubmission;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * The four-eyes principle (Vier-Augen-Prinzip): calls for funds, proof submissions and receipts
 * above their grant's threshold count only once a second finance user has confirmed them as
 * "sachlich und rechnerisch richtig". Nobody confirms their own entry.
 */
public interface ConfirmationService {

  /** Everything that waits for a confirmation, oldest first; the caller's own entries marked. */
  List<AwaitingConfirmation> awaiting();

  /** What waits for a confirmation of one grant, oldest first. */
  List<AwaitingConfirmation> awaiting(long grantId);

  FundsCall confirmCall(long callId, long version);

  Receipt confirmReceipt(long receiptId, long version);

  ProofSubmission confirmSubmission(long submissionId, long version);

  /**
   * Confirms the given entries in one go (an import brings many receipts above the threshold): all
   * of them or, when one is refused (the caller's own entry, one changed meanwhile), none.
   *
   * @return how many were confirmed
   */
  int confirmAll(@NotNull List<@NotNull AwaitingConfirmation> entries);
}
