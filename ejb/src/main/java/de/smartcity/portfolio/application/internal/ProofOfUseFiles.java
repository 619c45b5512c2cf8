package de.smartcity.portfolio.application.internal;

import de.smartcity.portfolio.application.Download;
import de.smartcity.portfolio.domain.model.budget.BudgetFigures;
import de.smartcity.portfolio.domain.model.budget.BudgetMatrix;
import de.smartcity.portfolio.domain.model.budget.BudgetRepository;
import de.smartcity.portfolio.domain.model.budget.CostCategory;
import de.smartcity.portfolio.domain.model.funding.FundingRepository;
import de.smartcity.portfolio.domain.model.funding.FundingRepository.ReceiptLine;
import de.smartcity.portfolio.domain.model.funding.Grant;
import de.smartcity.portfolio.domain.model.funding.GrantFigures;
import de.smartcity.portfolio.domain.model.funding.Payouts;
import de.smartcity.portfolio.domain.model.proofofuse.ProofOfUseRepository;
import de.smartcity.portfolio.domain.model.proofofuse.ProofPeriod;
import de.smartcity.portfolio.domain.model.proofofuse.ProofSubmission;
import de.smartcity.portfolio.domain.model.user.UserAccount;
import de.smartcity.portfolio.domain.shared.BusinessRuleViolation;
import de.smartcity.portfolio.reports.ReportFormat;
import de.smartcity.portfolio.reports.ReportRenderer;
import de.smartcity.portfolio.reports.common.Issuer;
import de.smartcity.portfolio.reports.proofofuse.LateChange;
import de.smartcity.portfolio.reports.proofofuse.ProofOfUsePdf;
import de.smartcity.portfolio.reports.proofofuse.ProofOfUseReport;
import de.smartcity.portfolio.reports.proofofuse.ProofOfUseWorkbook;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Generates a proof of use (final or interim) of a grant from the domain, as the services that
 * download and submit it both need; called inside those services' transactions and role checks.
 */
@ApplicationScoped
class ProofOfUseFiles {

  @Inject private References references;
  @Inject private BudgetRepository budgets;
  @Inject private FundingRepository funding;
  @Inject private ProofOfUseRepository proofs;
  @Inject private Caller caller;
  @Inject private Clock clock;
  @Inject private GrantFiguresSource source;

  @Inject
  @ConfigProperty(name = "smartcity.issuer.name", defaultValue = "Stadt Bochum")
  String issuerName;

  @Inject
  @ConfigProperty(name = "smartcity.issuer.place", defaultValue = "Bochum")
  String issuerPlace;

  /** A figure set and its report, kept together so a submission stores what the files state. */
  record Generated(ProofOfUseReport report, GrantFigures figures) {}

  /** The years of the funding period up to this one: a year still ahead has nothing to prove. */
  List<Integer> budgetYears(Grant grant) {
    int thisYear = LocalDate.now(clock).getYear();
    return IntStream.rangeClosed(
            grant.getFundingStart().getYear(),
            Math.min(grant.effectiveFundingEnd().getYear(), thisYear))
        .boxed()
        .toList();
  }

  /** Refuses an interim proof for a year outside {@link #budgetYears(Grant)}. */
  void requireProvable(Grant grant, ProofPeriod period) {
    if (period.year().isPresent() && !budgetYears(grant).contains(period.budgetYear())) {
      throw new BusinessRuleViolation(
          "proofofuse.year.outside", null, period.budgetYear(), grant.getReference());
    }
  }

  /** The period's proof as of today; refused for a period that has none (see requireProvable). */
  Generated generate(long grantId, ProofPeriod period) {
    Grant grant = references.grant(grantId);
    requireProvable(grant, period);
    List<CostCategory> categories = budgets.findAllCategories();
    BudgetMatrix budget =
        new BudgetMatrix(
            categories.stream().map(CostCategory::getCode).toList(), budgets.sumsForGrant(grantId));
    LocalDate today = LocalDate.now(clock);
    GrantFigures whole = source.figuresOf(grant);
    GrantFigures ofPeriod =
        period
            .year()
            .map(
                year -> {
                  BudgetFigures ofYear = budget.yearTotal(year);
                  return GrantFigures.ofBudgetYear(
                      grant,
                      year,
                      ofYear.planned(),
                      budget.total().planned(),
                      ofYear.actual(),
                      whole.actualCosts(),
                      funding.eligibleByPaymentDate(grantId),
                      whole.calls(),
                      today);
                })
            .orElse(whole);
    List<ReceiptLine> receipts =
        funding.receiptLines(grantId).stream()
            .filter(receipt -> period.covers(receipt.paymentDate()))
            .toList();
    ProofOfUseReport report =
        new ProofOfUseAssembler(
                grant,
                period,
                whole,
                ofPeriod,
                budget,
                categories,
                receipts,
                Payouts.of(funding.findCalls(grantId)))
            .assemble(
                new Issuer(issuerName, issuerPlace),
                today,
                caller.account().map(UserAccount::getDisplayName).orElse(caller.name()),
                issuerName,
                proofs.findNarrative(grantId, period).orElse(null),
                lateChanges(grantId));
    return new Generated(report, ofPeriod);
  }

  /** One stored file of a submitted proof, byte for byte as it was submitted. */
  static Download stored(ProofSubmission submission, ReportFormat format) {
    return format == ReportFormat.XLSX
        ? new Download(submission.getXlsxName(), format.mediaType(), submission.xlsxContent())
        : new Download(submission.getPdfName(), format.mediaType(), submission.pdfContent());
  }

  Download file(ProofOfUseReport report, ReportFormat format, Locale locale) {
    ReportRenderer<ProofOfUseReport> renderer =
        format == ReportFormat.XLSX ? new ProofOfUseWorkbook() : new ProofOfUsePdf();
    return new Download(
        report.fileName(locale, format), format.mediaType(), renderer.render(report, locale));
  }

  /** Every submitted proof of the grant whose receipts changed afterwards, for the next proof. */
  private List<LateChange> lateChanges(long grantId) {
    return proofs.lateChanges(grantId).stream()
        .map(
            change ->
                new LateChange(
                    change.period().year().map(Year::of).orElse(null),
                    LocalDate.ofInstant(change.submittedAt(), clock.getZone()),
                    (int) change.count(),
                    LocalDate.ofInstant(change.lastChangedAt(), clock.getZone())))
        .toList();
  }
}
