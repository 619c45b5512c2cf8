package de.smartcity.portfolio.application;

import de.smartcity.portfolio.domain.model.funding.CallPlanEntry;
import de.smartcity.portfolio.domain.model.funding.FundsCall;
import de.smartcity.portfolio.domain.model.funding.Grant;
import de.smartcity.portfolio.domain.model.funding.GrantFigures;
import de.smartcity.portfolio.domain.model.funding.IncomeLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Grants, their finance and call plans, the calls for funds, and every figure of a grant. */
public interface FundingService {

  List<Grant> grants();

  Grant registerGrant(@NotNull @Valid GrantTerms terms);

  Grant changeTerms(long grantId, long version, @NotNull @Valid GrantTerms terms);

  /**
   * Enters a change notice with the financing plan it approves, as {@link
   * GrantWorkbenchService#enterChangeNotice} does; a notice without a plan is refused (key {@code
   * grant.notice.plan.missing}, field {@code planExpenditure}), since the proof of use's plan
   * columns come from the plan in force.
   */
  Grant addNotice(long grantId, long version, @NotNull @Valid NoticeInput notice);

  Grant planIncome(long grantId, long version, @NotNull List<IncomeLine> lines);

  Grant planCalls(long grantId, long version, @NotNull List<CallPlanEntry> entries);

  List<FundsCall> calls(long grantId);

  /**
   * Records a call for funds and keeps its document (Excel and PDF, in the given language) as it is
   * now. Refused when the amount exceeds the approved grant less every call so far, and when it
   * differs from {@link GrantFigures#proposedCall()} without a reason. The call counts once a
   * second finance user confirms it ({@link ConfirmationService#confirmCall}).
   */
  FundsCall recordCall(long grantId, @NotNull @Valid CallInput input, @NotNull Locale locale);

  /** Sets the amount above which a receipt of the grant needs a second person's confirmation. */
  Grant confirmAbove(
      long grantId,
      long version,
      @NotNull @Digits(integer = 13, fraction = 2) BigDecimal threshold);

  FundsCall recordPayment(
      long callId,
      long version,
      @NotNull @Digits(integer = 13, fraction = 2) BigDecimal amount,
      @NotNull LocalDate receivedOn);

  /** Every figure of the grant as of today. */
  GrantFigures figures(long grantId);
}
