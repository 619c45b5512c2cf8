package de.smartcity.portfolio.application.internal;

import de.smartcity.portfolio.application.BudgetService;
import de.smartcity.portfolio.application.DashboardService;
import de.smartcity.portfolio.application.Download;
import de.smartcity.portfolio.application.FundingService;
import de.smartcity.portfolio.domain.model.budget.BudgetMatrix;
import de.smartcity.portfolio.domain.model.dashboard.Dashboard;
import de.smartcity.portfolio.domain.model.dashboard.Dashboard.Count;
import de.smartcity.portfolio.domain.model.dashboard.Dashboard.GrantTile;
import de.smartcity.portfolio.domain.model.dashboard.Dashboard.HealthQuarter;
import de.smartcity.portfolio.domain.model.dashboard.Dashboard.MilestoneLine;
import de.smartcity.portfolio.domain.model.dashboard.Dashboard.PlanActual;
import de.smartcity.portfolio.domain.model.dashboard.DashboardRepository;
import de.smartcity.portfolio.domain.model.funding.Grant;
import de.smartcity.portfolio.domain.model.funding.GrantFigures;
import de.smartcity.portfolio.domain.model.funding.GrantFigures.QuarterFlow;
import de.smartcity.portfolio.domain.model.project.Health;
import de.smartcity.portfolio.domain.model.project.ProjectFilter;
import de.smartcity.portfolio.domain.model.project.ProjectRepository;
import de.smartcity.portfolio.domain.model.project.ProjectStatus;
import de.smartcity.portfolio.domain.model.user.Role;
import de.smartcity.portfolio.domain.shared.Quarter;
import de.smartcity.portfolio.reports.ReportFormat;
import de.smartcity.portfolio.reports.common.Issuer;
import de.smartcity.portfolio.reports.dashboard.DashboardPdf;
import de.smartcity.portfolio.reports.dashboard.DashboardReport;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Puts the dashboard together from grouped queries, the programme's {@link BudgetMatrix} and each
 * grant's {@link GrantFigures}: it adds up nothing those already add up. The figures are kept until
 * the data changes ({@link DashboardCache}), so readers do not each compute them again.
 */
@Stateless
@RolesAllowed({Role.PROJECT_MANAGER_NAME, Role.FINANCE_NAME, Role.COUNCIL_NAME, Role.ADMIN_NAME})
public class DefaultDashboardService implements DashboardService {

  @Inject private DashboardRepository statistics;
  @Inject private ProjectRepository projects;
  @Inject private BudgetService budgets;
  @Inject private FundingService funding;
  @Inject private Clock clock;
  @Inject private DashboardCache cache;

  @Inject
  @ConfigProperty(name = "smartcity.dashboard.upcoming.days", defaultValue = "90")
  int upcomingDays;

  @Inject
  @ConfigProperty(name = "smartcity.issuer.name", defaultValue = "Stadt Bochum")
  String issuerName;

  @Inject
  @ConfigProperty(name = "smartcity.issuer.place", defaultValue = "Bochum")
  String issuerPlace;

  @Override
  public Dashboard dashboard() {
    LocalDate today = LocalDate.now(clock);
    return cache.dashboard(today, () -> compute(today));
  }

  private Dashboard compute(LocalDate today) {
    BudgetMatrix programme = budgets.programmeBudget();
    List<GrantTile> grants = new ArrayList<>();
    Map<Quarter, QuarterFlow> flows = new TreeMap<>();
    for (Grant grant : funding.grants()) {
      GrantFigures figures = funding.figures(grant.getId());
      grants.add(
          tile(
              grant,
              figures,
              today,
              projects.count(ProjectFilter.ALL.fundedBy(grant.getId()), today)));
      for (QuarterFlow flow : figures.quarters()) {
        flows.merge(flow.quarter(), flow, DefaultDashboardService::plus);
      }
    }
    List<HealthQuarter> reports = statistics.statusReportsByQuarter();
    // The portfolio's own count under the filter a bar leads to, so the two cannot disagree.
    Map<String, Long> projectsByYear = new TreeMap<>();
    for (int year : programme.years()) {
      projectsByYear.put(
          Integer.toString(year), projects.count(ProjectFilter.ALL.inYear(year), today));
    }
    Map<Quarter, Long> projectsByQuarter = new TreeMap<>();
    for (HealthQuarter quarter : reports) {
      projectsByQuarter.put(
          quarter.quarter(), projects.count(ProjectFilter.ALL.inQuarter(quarter.quarter()), today));
    }
    return new Dashboard(
        today,
        every(ProjectStatus.values(), statistics.projectsByStatus()),
        every(Health.values(), statistics.projectsByHealth()),
        programme.total(),
        statistics.planActualByTheme(),
        statistics.planActualByLeadOrganisation(),
        programme.years().stream()
            .map(
                year ->
                    new PlanActual(
                        Integer.toString(year),
                        Integer.toString(year),
                        programme.yearTotal(year).planned(),
                        programme.yearTotal(year).actual()))
            .toList(),
        grants,
        statistics.overdueMilestones(today),
        statistics.projectsWithOverdueMilestones(today),
        reports,
        List.copyOf(flows.values()),
        projectsByYear,
        projectsByQuarter);
  }

  @Override
  public List<MilestoneLine> milestones(String themeCode) {
    LocalDate today = LocalDate.now(clock);
    Optional<String> theme = Optional.ofNullable(themeCode).filter(code -> !code.isBlank());
    Supplier<List<MilestoneLine>> read =
        () ->
            List.copyOf(
                statistics.openMilestones(
                    today, today.plusDays(upcomingDays), theme, MILESTONES_PER_KIND));
    // Every reader of the dashboard sees the whole programme's timeline first; it is kept like the
    // figures. A theme's timeline is read when someone asks for it.
    return theme.isEmpty() ? cache.timeline(today, read) : read.get();
  }

  @Override
  public int upcomingDays() {
    return upcomingDays;
  }

  @Override
  public Download handout(Locale locale) {
    DashboardReport report =
        new HandoutAssembler(dashboard(), milestones(null))
            .assemble(new Issuer(issuerName, issuerPlace));
    return new Download(
        report.fileName(locale, ReportFormat.PDF),
        ReportFormat.PDF.mediaType(),
        new DashboardPdf().render(report, locale));
  }

  private static GrantTile tile(
      Grant grant, GrantFigures figures, LocalDate today, long fundedProjects) {
    LocalDate deadline = grant.proofOfUseDeadline();
    Optional<GrantFigures.UnspentPayout> oldest = figures.unspentPayouts().stream().findFirst();
    return new GrantTile(
        grant.getId(),
        grant.getReference(),
        grant.getComponent(),
        figures.approvedGrant(),
        figures.called(),
        figures.grantShare(),
        figures.unspentCalled(),
        figures.overdueUnspent(),
        oldest.map(flag -> flag.call().spendBy()).orElse(null),
        oldest.map(GrantFigures.UnspentPayout::daysSinceWindowClosed).orElse(0L),
        deadline,
        ChronoUnit.DAYS.between(today, deadline),
        fundedProjects);
  }

  private static QuarterFlow plus(QuarterFlow a, QuarterFlow b) {
    return new QuarterFlow(a.quarter(), a.called().plus(b.called()), a.spent().plus(b.spent()));
  }

  /** Every value of the enum in its order, with zero where no project has it. */
  private static List<Count> every(Enum<?>[] values, List<Count> counted) {
    Map<String, Long> byKey =
        counted.stream().collect(Collectors.toMap(Count::key, Count::count, Long::sum));
    List<Count> all = new ArrayList<>();
    for (Enum<?> value : values) {
      all.add(new Count(value.name(), byKey.getOrDefault(value.name(), 0L)));
    }
    return all;
  }
}
