package de.smartcity.portfolio.application.internal;

import de.smartcity.portfolio.application.AwaitingConfirmation;
import de.smartcity.portfolio.application.AwaitingConfirmation.Kind;
import de.smartcity.portfolio.application.ConfirmationService;
import de.smartcity.portfolio.domain.model.budget.BudgetRepository;
import de.smartcity.portfolio.domain.model.budget.Receipt;
import de.smartcity.portfolio.domain.model.funding.FundingRepository;
import de.smartcity.portfolio.domain.model.funding.FundsCall;
import de.smartcity.portfolio.domain.model.funding.Grant;
import de.smartcity.portfolio.domain.model.proofofuse.ProofOfUseRepository;
import de.smartcity.portfolio.domain.model.proofofuse.ProofSubmission;
import de.smartcity.portfolio.domain.model.user.Role;
import de.smartcity.portfolio.domain.model.user.UserAccount;
import de.smartcity.portfolio.domain.shared.Money;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Four eyes: finance and administrators see what waits and confirm what others entered. Council
 * members and project managers neither see nor confirm: confirming is a finance act.
 */
@Stateless
@RolesAllowed({Role.FINANCE_NAME, Role.ADMIN_NAME})
@Interceptors({ParameterValidation.class, PersistenceConflicts.class})
public class DefaultConfirmationService implements ConfirmationService {

  @Inject private FundingRepository funding;
  @Inject private BudgetRepository budgets;
  @Inject private ProofOfUseRepository proofs;
  @Inject private Caller caller;
  @Inject private Clock clock;

  @Override
  @RolesAllowed({Role.FINANCE_NAME, Role.ADMIN_NAME})
  public List<AwaitingConfirmation> awaiting() {
    return collect(null);
  }

  @Override
  @RolesAllowed({Role.FINANCE_NAME, Role.ADMIN_NAME})
  public List<AwaitingConfirmation> awaiting(long grantId) {
    return collect(grantId);
  }

  private List<AwaitingConfirmation> collect(Long grantId) {
    String me = caller.name();
    String myName = displayName();
    List<AwaitingConfirmation> all = new ArrayList<>();
    for (FundsCall call : funding.findUnconfirmedCalls(grantId)) {
      all.add(
          entry(
              Kind.CALL,
              call.getId(),
              call.getVersion(),
              call.getGrant(),
              call.getCallDate(),
              call.getReference().orElse(""),
              call.getRequested(),
              call.getEnteredBy(),
              me.equalsIgnoreCase(String.valueOf(call.getEnteredBy()))));
    }
    for (Receipt receipt : budgets.findReceiptsAwaitingConfirmation(grantId)) {
      all.add(
          entry(
              Kind.RECEIPT,
              receipt.getId(),
              receipt.getVersion(),
              receipt.getGrant().orElseThrow(),
              receipt.getPaymentDate(),
              receipt.getProject().getCode() + ": " + receipt.getPayee(),
              receipt.getAmount(),
              receipt.getEnteredBy(),
              me.equalsIgnoreCase(String.valueOf(receipt.getEnteredBy()))));
    }
    for (ProofSubmission submission : proofs.findUnconfirmedSubmissions(grantId)) {
      all.add(
          entry(
              Kind.PROOF,
              submission.getId(),
              submission.getVersion(),
              submission.getGrant(),
              LocalDate.ofInstant(submission.getSubmittedAt(), clock.getZone()),
              submission.getPeriod().key(),
              submission.getGrantShare(),
              submission.getSubmittedBy(),
              submission.isSubmittedBy(me, myName)));
    }
    all.sort(Comparator.comparing(AwaitingConfirmation::date));
    return List.copyOf(all);
  }

  private static AwaitingConfirmation entry(
      Kind kind,
      long id,
      long version,
      Grant grant,
      LocalDate date,
      String label,
      Money amount,
      String enteredBy,
      boolean ownEntry) {
    return new AwaitingConfirmation(
        kind,
        id,
        version,
        grant.getId(),
        grant.getReference(),
        date,
        label,
        amount,
        enteredBy,
        ownEntry);
  }

  @Override
  @RolesAllowed({Role.FINANCE_NAME, Role.ADMIN_NAME})
  public FundsCall confirmCall(long callId, long version) {
    FundsCall call = References.current(funding.findCall(callId), callId, version);
    call.confirm(caller.name(), Instant.now(clock));
    // the grant's figures change with it
    funding.markChanged(call.getGrant());
    return call;
  }

  @Override
  @RolesAllowed({Role.FINANCE_NAME, Role.ADMIN_NAME})
  public Receipt confirmReceipt(long receiptId, long version) {
    Receipt receipt = References.current(budgets.findReceipt(receiptId), receiptId, version);
    receipt.confirm(caller.name(), Instant.now(clock));
    return receipt;
  }

  @Override
  @RolesAllowed({Role.FINANCE_NAME, Role.ADMIN_NAME})
  public ProofSubmission confirmSubmission(long submissionId, long version) {
    ProofSubmission submission =
        References.current(proofs.findSubmission(submissionId), submissionId, version);
    long lateChanges =
        proofs.lateChanges(submission.getGrant().getId()).stream()
            .filter(changes -> changes.submissionId() == submissionId)
            .mapToLong(ProofOfUseRepository.LateChanges::count)
            .sum();
    submission.confirm(caller.name(), displayName(), lateChanges, Instant.now(clock));
    return submission;
  }

  /** The caller as a proof's files name a person: the display name, else the username. */
  private String displayName() {
    return caller.account().map(UserAccount::getDisplayName).orElse(caller.name());
  }

  @Override
  @RolesAllowed({Role.FINANCE_NAME, Role.ADMIN_NAME})
  public int confirmAll(List<AwaitingConfirmation> entries) {
    for (AwaitingConfirmation entry : entries) {
      switch (entry.kind()) {
        case CALL -> confirmCall(entry.id(), entry.version());
        case RECEIPT -> confirmReceipt(entry.id(), entry.version());
        case PROOF -> confirmSubmission(entry.id(), entry.version());
      }
    }
    return entries.size();
  }
}
