package de.smartcity.portfolio.application.internal;

import de.smartcity.portfolio.application.CallInput;
import de.smartcity.portfolio.application.FundingService;
import de.smartcity.portfolio.application.GrantTerms;
import de.smartcity.portfolio.application.GrantWorkbenchService;
import de.smartcity.portfolio.application.NoticeInput;
import de.smartcity.portfolio.domain.model.funding.CallPlanEntry;
import de.smartcity.portfolio.domain.model.funding.FundingRepository;
import de.smartcity.portfolio.domain.model.funding.FundsCall;
import de.smartcity.portfolio.domain.model.funding.Grant;
import de.smartcity.portfolio.domain.model.funding.GrantFigures;
import de.smartcity.portfolio.domain.model.funding.IncomeLine;
import de.smartcity.portfolio.domain.model.user.Role;
import de.smartcity.portfolio.domain.shared.BusinessRuleViolation;
import de.smartcity.portfolio.domain.shared.Money;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

@Stateless
@RolesAllowed({Role.PROJECT_MANAGER_NAME, Role.FINANCE_NAME, Role.COUNCIL_NAME, Role.ADMIN_NAME})
@Interceptors({ParameterValidation.class, PersistenceConflicts.class})
public class DefaultFundingService implements FundingService {

  @Inject private FundingRepository funding;
  @Inject private References references;
  @Inject private GrantFiguresSource source;
  @Inject private Clock clock;
  @Inject private Caller caller;
  @Inject private CallForFundsFiles callFiles;
  @Inject private GrantWorkbenchService workbench;

  @Override
  public List<Grant> grants() {
    return funding.findAllGrants();
  }

  @Override
  @RolesAllowed({Role.FINANCE_NAME, Role.ADMIN_NAME})
  public Grant registerGrant(GrantTerms terms) {
    if (funding.findGrantByReference(terms.reference()).isPresent()) {
      throw new BusinessRuleViolation("grant.reference.taken", "reference", terms.reference());
    }
    Grant grant =
        new Grant(
            terms.programme(),
            terms.programmeNumber(),
            terms.component(),
            terms.reference(),
            terms.commitmentDate());
    apply(grant, terms);
    funding.store(grant);
    return grant;
  }

  @Override
  @RolesAllowed({Role.FINANCE_NAME, Role.ADMIN_NAME})
  public Grant changeTerms(long grantId, long version, GrantTerms terms) {
    Grant grant = current(grantId, version);
    grant.restate(
        terms.programme(),
        terms.programmeNumber(),
        terms.component(),
        terms.reference(),
        terms.commitmentDate());
    apply(grant, terms);
    return grant;
  }

  /** Applies the terms to the grant, for registering it and for correcting it. */
  static void apply(Grant grant, GrantTerms terms) {
    grant.approve(
        Money.of(terms.approvedEligibleCosts()),
        terms.fundingRate(),
        Money.of(terms.approvedGrant()));
    grant.fundingPeriod(terms.fundingStart(), terms.fundingEnd());
    grant.extendUntil(terms.extendedUntil());
    grant.overrideProofOfUseDeadline(terms.proofOfUseDue());
    grant.callWindow(terms.callWindowDays());
  }

  @Override
  @RolesAllowed({Role.FINANCE_NAME, Role.ADMIN_NAME})
  public Grant addNotice(long grantId, long version, NoticeInput notice) {
    return workbench.enterChangeNotice(grantId, version, notice);
  }

  @Override
  @RolesAllowed({Role.FINANCE_NAME, Role.ADMIN_NAME})
  public Grant planIncome(long grantId, long version, List<IncomeLine> lines) {
    Grant grant = current(grantId, version);
    grant.replaceIncomePlan(lines);
    return grant;
  }

  @Override
  @RolesAllowed({Role.FINANCE_NAME, Role.ADMIN_NAME})
  public Grant planCalls(long grantId, long version, List<CallPlanEntry> entries) {
    Grant grant = current(grantId, version);
    grant.replaceCallPlan(entries);
    return grant;
  }

  @Override
  public List<FundsCall> calls(long grantId) {
    return funding.findCalls(grantId);
  }

  @Override
  @RolesAllowed({Role.FINANCE_NAME, Role.ADMIN_NAME})
  public FundsCall recordCall(long grantId, CallInput input, Locale locale) {
    Grant grant = references.grant(grantId);
    Money requested = Money.of(input.amount());
    GrantFigures figures = figuresOf(grant);
    figures.requireCallable(requested);
    funding.markChanged(grant);
    FundsCall call = new FundsCall(grant, input.callDate(), requested, LocalDate.now(clock));
    call.explain(input.reference(), figures.proposedCall(), input.reason(), caller.name());
    funding.store(call);
    callFiles.freeze(call, locale);
    return call;
  }

  @Override
  @RolesAllowed({Role.FINANCE_NAME, Role.ADMIN_NAME})
  public Grant confirmAbove(long grantId, long version, BigDecimal threshold) {
    Grant grant = current(grantId, version);
    grant.confirmAbove(Money.of(threshold));
    return grant;
  }

  @Override
  @RolesAllowed({Role.FINANCE_NAME, Role.ADMIN_NAME})
  public FundsCall recordPayment(long callId, long version, BigDecimal amount, LocalDate on) {
    FundsCall call = References.current(funding.findCall(callId), callId, version);
    call.receive(Money.of(amount), on, LocalDate.now(clock));
    return call;
  }

  @Override
  public GrantFigures figures(long grantId) {
    return figuresOf(references.grant(grantId));
  }

  private GrantFigures figuresOf(Grant grant) {
    return source.figuresOf(grant);
  }

  private Grant current(long grantId, long version) {
    return References.current(funding.findGrant(grantId), grantId, version);
  }
}
