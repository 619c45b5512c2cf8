package de.smartcity.portfolio.application.internal;

import de.smartcity.portfolio.application.Download;
import de.smartcity.portfolio.application.FundingService;
import de.smartcity.portfolio.application.ReportService;
import de.smartcity.portfolio.domain.model.budget.BudgetFigures;
import de.smartcity.portfolio.domain.model.budget.BudgetMatrix;
import de.smartcity.portfolio.domain.model.budget.BudgetRepository;
import de.smartcity.portfolio.domain.model.budget.CostCategory;
import de.smartcity.portfolio.domain.model.funding.FundingRepository;
import de.smartcity.portfolio.domain.model.funding.FundsCall;
import de.smartcity.portfolio.domain.model.milestone.MilestoneRepository;
import de.smartcity.portfolio.domain.model.project.KpiMeasurementRepository;
import de.smartcity.portfolio.domain.model.project.KpiStanding;
import de.smartcity.portfolio.domain.model.project.Project;
import de.smartcity.portfolio.domain.model.project.ProjectFilter;
import de.smartcity.portfolio.domain.model.project.ProjectListing;
import de.smartcity.portfolio.domain.model.project.ProjectRepository;
import de.smartcity.portfolio.domain.model.project.ProjectSort;
import de.smartcity.portfolio.domain.model.proofofuse.ProofOfUseRepository;
import de.smartcity.portfolio.domain.model.proofofuse.ProofPeriod;
import de.smartcity.portfolio.domain.model.proofofuse.ProofSubmission;
import de.smartcity.portfolio.domain.model.statusreport.StatusReportRepository;
import de.smartcity.portfolio.domain.model.theme.StrategicTheme;
import de.smartcity.portfolio.domain.model.theme.StrategicThemeRepository;
import de.smartcity.portfolio.domain.model.user.Role;
import de.smartcity.portfolio.domain.model.user.UserAccount;
import de.smartcity.portfolio.domain.shared.BusinessRuleViolation;
import de.smartcity.portfolio.domain.shared.Money;
import de.smartcity.portfolio.reports.ReportFormat;
import de.smartcity.portfolio.reports.ReportRenderer;
import de.smartcity.portfolio.reports.common.Issuer;
import de.smartcity.portfolio.reports.portfolio.PortfolioLine;
import de.smartcity.portfolio.reports.portfolio.PortfolioPdf;
import de.smartcity.portfolio.reports.portfolio.PortfolioReport;
import de.smartcity.portfolio.reports.portfolio.PortfolioWorkbook;
import de.smartcity.portfolio.reports.portfolio.ThemeGroup;
import de.smartcity.portfolio.reports.projectsheet.ProjectSheetPdf;
import de.smartcity.portfolio.reports.projectsheet.ProjectSheetReport;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@Stateless
@RolesAllowed({Role.PROJECT_MANAGER_NAME, Role.FINANCE_NAME, Role.COUNCIL_NAME, Role.ADMIN_NAME})
public class DefaultReportService implements ReportService {

  @Inject private ProjectRepository projects;
  @Inject private StrategicThemeRepository themes;
  @Inject private BudgetRepository budgets;
  @Inject private Clock clock;
  @Inject private References references;
  @Inject private Caller caller;
  @Inject private FundingService funding;
  @Inject private FundingRepository fundingRepository;
  @Inject private ProofOfUseRepository proofs;
  @Inject private ProofOfUseFiles files;
  @Inject private CallForFundsFiles callFiles;
  @Inject private MilestoneRepository milestones;
  @Inject private KpiMeasurementRepository kpiMeasurements;
  @Inject private StatusReportRepository statusReports;

  @Inject
  @ConfigProperty(name = "smartcity.issuer.name", defaultValue = "Stadt Bochum")
  String issuerName;

  @Inject
  @ConfigProperty(name = "smartcity.issuer.place", defaultValue = "Bochum")
  String issuerPlace;

  @Override
  public Download portfolioReport(ReportFormat format, Locale locale) {
    PortfolioReport report = portfolio();
    ReportRenderer<PortfolioReport> renderer =
        format == ReportFormat.XLSX ? new PortfolioWorkbook() : new PortfolioPdf();
    return new Download(
        report.fileName(locale, format), format.mediaType(), renderer.render(report, locale));
  }

  @Override
  @RolesAllowed({Role.FINANCE_NAME, Role.ADMIN_NAME})
  public Download proofOfUse(long grantId, ReportFormat format, Locale locale) {
    return proofOfUse(grantId, ProofPeriod.FINAL, format, locale);
  }

  @Override
  @RolesAllowed({Role.FINANCE_NAME, Role.ADMIN_NAME})
  public Download proofOfUse(long grantId, ProofPeriod period, ReportFormat format, Locale locale) {
    Optional<ProofSubmission> submitted = proofs.findSubmission(grantId, period);
    if (submitted.isPresent()) {
      // What the funder holds, byte for byte, in the language it was submitted in.
      return ProofOfUseFiles.stored(submitted.get(), format);
    }
    return files.file(files.generate(grantId, period).report(), format, locale);
  }

  @Override
  @RolesAllowed({Role.FINANCE_NAME, Role.ADMIN_NAME})
  public Download callForFunds(long callId, ReportFormat format, Locale locale) {
    FundsCall call =
        fundingRepository
            .findCall(callId)
            .orElseThrow(() -> new BusinessRuleViolation("record.not.found", null, callId));
    return callFiles.file(call, format, locale);
  }

  @Override
  public Download projectSheet(long projectId, Locale locale) {
    Project project = references.project(projectId);
    ProjectSheetReport report =
        ProjectSheetAssembler.assemble(
            project,
            milestones.findByProject(projectId),
            new BudgetMatrix(
                budgets.findAllCategories().stream().map(CostCategory::getCode).toList(),
                budgets.sumsForProject(projectId)),
            statusReports.findLatest(projectId).orElse(null),
            KpiStanding.of(project, kpiMeasurements.findByProject(projectId)),
            issuer(),
            LocalDate.now(clock),
            locale);
    return new Download(
        report.fileName(locale),
        ReportFormat.PDF.mediaType(),
        new ProjectSheetPdf().render(report, locale));
  }

  private Issuer issuer() {
    return new Issuer(issuerName, issuerPlace);
  }

  private String signatory() {
    return caller.account().map(UserAccount::getDisplayName).orElse(caller.name());
  }

  private PortfolioReport portfolio() {
    LocalDate today = LocalDate.now(clock);
    Map<Long, BudgetFigures> totals = budgets.totalsPerProject();
    Map<Long, String> grants = projects.grantReferences();
    List<ProjectListing> all =
        projects
            .search(ProjectFilter.ALL, null, today, ProjectSort.CODE, true, 0, Integer.MAX_VALUE)
            .rows();
    List<ThemeGroup> groups = new ArrayList<>();
    for (StrategicTheme theme : themes.findAll()) {
      List<PortfolioLine> lines =
          all.stream()
              .filter(project -> project.themeName().equals(theme.getName()))
              .map(
                  project ->
                      line(
                          project,
                          grants.get(project.id()),
                          totals.getOrDefault(project.id(), BudgetFigures.NONE)))
              .toList();
      if (!lines.isEmpty()) {
        groups.add(
            new ThemeGroup(
                theme.getName(),
                lines,
                sum(lines, PortfolioLine::planned),
                sum(lines, PortfolioLine::actual)));
      }
    }
    return new PortfolioReport(
        issuer(),
        today,
        groups,
        sum(groups, ThemeGroup::plannedSubtotal),
        sum(groups, ThemeGroup::actualSubtotal));
  }

  private static PortfolioLine line(ProjectListing project, String grant, BudgetFigures figures) {
    return new PortfolioLine(
        project.code(),
        project.title(),
        ReportEnums.status(project.status()),
        ReportEnums.health(project.health()),
        project.leadOrganisationName(),
        project.managerName(),
        project.startDate(),
        project.endDate(),
        grant,
        figures.planned().amount(),
        figures.actual().amount(),
        figures.remaining().amount());
  }

  /** Subtotals add up the figures the lines carry, each already a sum the database made. */
  private static <T> BigDecimal sum(List<T> items, Function<T, BigDecimal> amount) {
    return items.stream().map(amount).map(Money::of).collect(Money.sum()).amount();
  }
}
