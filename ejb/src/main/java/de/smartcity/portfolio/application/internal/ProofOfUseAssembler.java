package de.smartcity.portfolio.application.internal;

import de.smartcity.portfolio.domain.model.budget.BudgetFigures;
import de.smartcity.portfolio.domain.model.budget.BudgetMatrix;
import de.smartcity.portfolio.domain.model.budget.CostCategory;
import de.smartcity.portfolio.domain.model.funding.FinancingPlan;
import de.smartcity.portfolio.domain.model.funding.FinancingPlan.Expenditure;
import de.smartcity.portfolio.domain.model.funding.FundingRepository.ReceiptLine;
import de.smartcity.portfolio.domain.model.funding.Grant;
import de.smartcity.portfolio.domain.model.funding.GrantFigures;
import de.smartcity.portfolio.domain.model.funding.GrantNotice;
import de.smartcity.portfolio.domain.model.funding.IncomeKind;
import de.smartcity.portfolio.domain.model.funding.Payouts;
import de.smartcity.portfolio.domain.model.proofofuse.ProofNarrative;
import de.smartcity.portfolio.domain.model.proofofuse.ProofPeriod;
import de.smartcity.portfolio.domain.shared.BusinessRuleViolation;
import de.smartcity.portfolio.reports.common.Issuer;
import de.smartcity.portfolio.reports.proofofuse.CostCategoryLine;
import de.smartcity.portfolio.reports.proofofuse.ExpenditureStatement;
import de.smartcity.portfolio.reports.proofofuse.GrantHeader;
import de.smartcity.portfolio.reports.proofofuse.GrantSettlement;
import de.smartcity.portfolio.reports.proofofuse.IncomeLine;
import de.smartcity.portfolio.reports.proofofuse.IncomeSource;
import de.smartcity.portfolio.reports.proofofuse.IncomeStatement;
import de.smartcity.portfolio.reports.proofofuse.LateChange;
import de.smartcity.portfolio.reports.proofofuse.Narrative;
import de.smartcity.portfolio.reports.proofofuse.ProofKind;
import de.smartcity.portfolio.reports.proofofuse.ProofOfUseReport;
import de.smartcity.portfolio.reports.proofofuse.Receipt;
import de.smartcity.portfolio.reports.proofofuse.ReceiptList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Fills a proof of use from the domain: income from {@link GrantFigures}, expenditure from the
 * {@link BudgetMatrix} of what the grant funds, the receipts as booked. For an interim proof every
 * figure is of its budget year: the receipts paid in it, the plan of that year. The header states
 * the grant as a whole (approved, paid out so far), as the form asks. The report checks on
 * construction that its parts reconcile to the cent. "Bisher ausgezahlt" and this grant's actual
 * line are the money received, as of the period's end (see {@link ProofPeriod#lastDay}).
 */
final class ProofOfUseAssembler {

  private final Grant grant;
  private final ProofPeriod period;
  private final GrantFigures grantFigures;
  private final GrantFigures figures;
  private final BudgetMatrix budget;
  private final List<CostCategory> categories;
  private final List<ReceiptLine> receipts;
  private final Payouts payouts;

  /**
   * @param grantFigures the figures of the whole grant, for the header
   * @param figures the figures of the period (the same as grantFigures for the final proof)
   * @param receipts the receipts of the period
   * @param payouts what the funder paid out on the grant's calls, for the grant as received
   */
  ProofOfUseAssembler(
      Grant grant,
      ProofPeriod period,
      GrantFigures grantFigures,
      GrantFigures figures,
      BudgetMatrix budget,
      List<CostCategory> categories,
      List<ReceiptLine> receipts,
      Payouts payouts) {
    this.grant = grant;
    this.period = period;
    this.grantFigures = grantFigures;
    this.figures = figures;
    this.budget = budget;
    this.categories = categories;
    this.receipts = receipts;
    this.payouts = payouts;
  }

  ProofOfUseReport assemble(
      Issuer issuer,
      LocalDate issuedOn,
      String signatory,
      String recipient,
      ProofNarrative narrative,
      List<LateChange> lateChanges) {
    return new ProofOfUseReport(
        period.isFinal() ? ProofKind.FINAL : ProofKind.INTERIM,
        period.year().map(Year::of).orElse(null),
        issuer,
        issuedOn,
        signatory,
        header(recipient, period.lastDay(issuedOn)),
        narrative == null
            ? new Narrative(null, null, null, null, null, null, null)
            : new Narrative(
                narrative.getStart(),
                narrative.getDuration(),
                narrative.getCompletion(),
                narrative.getFundedStaff(),
                narrative.getResults(),
                narrative.getDeviationsFromPlan(),
                narrative.getDeviationsFromFinancePlan()),
        income(period.lastDay(issuedOn)),
        expenditure(),
        receiptList(),
        lateChanges);
  }

  /** Plan and actual of the period: one year's cells, or the whole matrix. */
  private BudgetFigures cell(String categoryCode) {
    return period
        .year()
        .map(year -> budget.cell(year, categoryCode))
        .orElseGet(() -> budget.categoryTotal(categoryCode));
  }

  private BudgetFigures total() {
    return period.year().map(budget::yearTotal).orElseGet(budget::total);
  }

  /** Each later notice lists what it changed, so that the notices add up to the approved grant. */
  private GrantHeader header(String recipient, LocalDate asOf) {
    List<GrantNotice> stated =
        grant.getNotices().isEmpty()
            ? List.of(
                new GrantNotice(
                    grant.getCommitmentDate(),
                    grant.getReference(),
                    grant.getApprovedGrant().amount(),
                    null))
            : grant.getNotices();
    List<de.smartcity.portfolio.reports.proofofuse.GrantNotice> notices = new ArrayList<>();
    BigDecimal before = BigDecimal.ZERO;
    for (GrantNotice notice : stated) {
      notices.add(
          new de.smartcity.portfolio.reports.proofofuse.GrantNotice(
              notice.getDate(), notice.getReference(), notice.getAmount().subtract(before)));
      before = notice.getAmount();
    }
    if (before.compareTo(grantFigures.approvedGrant().amount()) != 0) {
      throw new BusinessRuleViolation(
          "proofofuse.notices.mismatch", null, before, grantFigures.approvedGrant());
    }
    return new GrantHeader(
        grantFacts(grant, recipient),
        notices,
        grantFigures.approvedGrant().amount(),
        payouts.receivedUpTo(asOf).amount(),
        asOf);
  }

  /** How the funder files the grant, as the head of every finance document names it. */
  static de.smartcity.portfolio.reports.common.Grant grantFacts(Grant grant, String recipient) {
    return new de.smartcity.portfolio.reports.common.Grant(
        grant.getProgramme() + " (KfW " + grant.getProgrammeNumber() + ")",
        recipient,
        grant.getMeasureTitle() != null ? grant.getMeasureTitle() : grant.getProgramme(),
        grant.getReference());
  }

  /**
   * II.1 with this grant as received in the period (the payouts from its first day to {@code
   * until}) and the settlement beside it, both from {@link GrantFigures#settlement}.
   */
  private IncomeStatement income(LocalDate until) {
    LocalDate from = period.firstDay().orElse(null);
    GrantFigures.Settlement settlement = figures.settlement(payouts.receivedBetween(from, until));
    List<IncomeLine> lines =
        settlement.income().stream()
            .map(
                line ->
                    new IncomeLine(
                        source(line.kind()),
                        line.planned().amount(),
                        line.plannedPercent(),
                        line.actual().amount(),
                        line.actualPercent()))
            .toList();
    return new IncomeStatement(
        lines,
        figures.plannedIncomeTotal().amount(),
        figures.actualCosts().amount(),
        new GrantSettlement(
            from,
            until,
            settlement.received().amount(),
            figures.fundingRate(),
            figures.eligibleCosts().amount(),
            settlement.grantShare().amount(),
            settlement.overpaid().amount(),
            settlement.ownShareOfEligible().amount(),
            settlement.ownShareOfEligiblePercent()));
  }

  private static IncomeSource source(IncomeKind kind) {
    return switch (kind) {
      case OWN_SHARE -> IncomeSource.OWN_SHARE;
      case THIRD_PARTY -> IncomeSource.THIRD_PARTY_CONTRIBUTIONS;
      case OTHER_PUBLIC -> IncomeSource.OTHER_PUBLIC_FUNDING;
      case THIS_GRANT -> IncomeSource.THIS_GRANT;
    };
  }

  private ExpenditureStatement expenditure() {
    List<CostCategoryLine> lines =
        categories.stream()
            .map(
                category -> {
                  BudgetFigures cell = cell(category.getCode());
                  Expenditure planned = planned(category.getCode(), cell);
                  return new CostCategoryLine(
                      category.getName(),
                      planned.total().amount(),
                      planned.eligible().amount(),
                      cell.actual().amount(),
                      cell.actualEligible().amount());
                })
            .toList();
    BudgetFigures total = total();
    FinancingPlan plan = figures.plan();
    return new ExpenditureStatement(
        lines,
        plan.hasExpenditure() ? plan.expenditureTotal().amount() : total.planned().amount(),
        plan.hasExpenditure() ? plan.eligibleTotal().amount() : total.plannedEligible().amount(),
        total.actual().amount(),
        total.actualEligible().amount());
  }

  /**
   * The plan of a category "lt. Zuwendungsbescheid": the approved financing plan of the period, as
   * the income side states it too; the projects' cost plans only for a grant whose notices carry no
   * plan.
   */
  private Expenditure planned(String categoryCode, BudgetFigures cell) {
    FinancingPlan plan = figures.plan();
    return plan.hasExpenditure()
        ? plan.expenditure(categoryCode)
        : new Expenditure(cell.planned(), cell.plannedEligible());
  }

  private ReceiptList receiptList() {
    Map<String, String> names =
        categories.stream().collect(Collectors.toMap(CostCategory::getCode, CostCategory::getName));
    List<Receipt> list =
        receipts.stream()
            .map(
                r ->
                    new Receipt(
                        r.paymentDate(),
                        r.payee(),
                        r.purpose(),
                        r.reference(),
                        r.projectCode(),
                        names.get(r.categoryCode()),
                        r.amount(),
                        r.eligibleAmount()))
            .toList();
    BudgetFigures total = total();
    return new ReceiptList(list, total.actual().amount(), total.actualEligible().amount());
  }
}
