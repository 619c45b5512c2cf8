package de.smartcity.portfolio.application;

import de.smartcity.portfolio.domain.model.funding.CallPlanEntry;
import de.smartcity.portfolio.domain.model.funding.FundsCall;
import de.smartcity.portfolio.domain.model.funding.Grant;
import de.smartcity.portfolio.domain.model.funding.GrantFigures;
import de.smartcity.portfolio.domain.model.funding.GrantNotice;
import de.smartcity.portfolio.domain.model.funding.IncomeLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Grants, their finance and call plans, the calls for funds, and every figure of a grant. */
public interface FundingService {

  List<Grant> grants();

  Grant registerGrant(@NotNull @Valid GrantTerms terms);

  Grant changeTerms(long grantId, long version, @NotNull @Valid GrantTerms terms);

  Grant addNotice(long grantId, long version, @NotNull @Valid GrantNotice notice);

  Grant planIncome(long grantId, long version, @NotNull List<IncomeLine> lines);

  Grant planCalls(long grantId, long version, @NotNull List<CallPlanEntry> entries);

  List<FundsCall> calls(long grantId);

  /**
   * Calls funds; refused when the amount exceeds the approved grant less what was called before.
   */
  FundsCall callFunds(
      long grantId,
      @NotNull LocalDate callDate,
      @NotNull @Digits(integer = 13, fraction = 2) BigDecimal amount);

  FundsCall recordPayment(
      long callId,
      long version,
      @NotNull @Digits(integer = 13, fraction = 2) BigDecimal amount,
      @NotNull LocalDate receivedOn);

  /** Every figure of the grant as of today. */
  GrantFigures figures(long grantId);
}
