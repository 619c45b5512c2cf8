package de.smartcity.portfolio.application.internal;

import de.smartcity.portfolio.application.Download;
import de.smartcity.portfolio.application.PortfolioListService;
import de.smartcity.portfolio.domain.model.budget.BudgetFigures;
import de.smartcity.portfolio.domain.model.budget.BudgetRepository;
import de.smartcity.portfolio.domain.model.organisation.Person;
import de.smartcity.portfolio.domain.model.project.ProjectFilter;
import de.smartcity.portfolio.domain.model.project.ProjectListing;
import de.smartcity.portfolio.domain.model.project.ProjectRepository;
import de.smartcity.portfolio.domain.model.project.ProjectSort;
import de.smartcity.portfolio.domain.model.user.Role;
import de.smartcity.portfolio.domain.model.user.UserAccount;
import de.smartcity.portfolio.reports.ReportFormat;
import de.smartcity.portfolio.reports.common.Issuer;
import de.smartcity.portfolio.reports.portfolio.ProjectListColumn;
import de.smartcity.portfolio.reports.portfolio.ProjectListReport;
import de.smartcity.portfolio.reports.portfolio.ProjectListRow;
import de.smartcity.portfolio.reports.portfolio.ProjectListWorkbook;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The portfolio list's money and its export. The figures are the portfolio report's ({@link
 * BudgetRepository#totalsPerProject()}), so the list, its export and the council's report show the
 * same plan and spending for a project.
 */
@Stateless
@RolesAllowed({Role.PROJECT_MANAGER_NAME, Role.FINANCE_NAME, Role.COUNCIL_NAME, Role.ADMIN_NAME})
@Interceptors(ParameterValidation.class)
public class DefaultPortfolioListService implements PortfolioListService {

  @Inject private ProjectRepository projects;
  @Inject private BudgetRepository budgets;
  @Inject private Caller caller;
  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "smartcity.issuer.name", defaultValue = "Stadt Bochum")
  String issuerName;

  @Inject
  @ConfigProperty(name = "smartcity.issuer.place", defaultValue = "Bochum")
  String issuerPlace;

  @Override
  public Map<Long, ListingFigures> figures(Collection<Long> projectIds) {
    Map<Long, BudgetFigures> totals = budgets.totalsPerProject();
    Map<Long, String> grants = projects.grantReferences();
    Map<Long, ListingFigures> figures = new HashMap<>();
    for (Long id : projectIds) {
      figures.put(
          id, new ListingFigures(grants.get(id), totals.getOrDefault(id, BudgetFigures.NONE)));
    }
    return figures;
  }

  @Override
  public Download export(
      ProjectFilter filter,
      ProjectSort sort,
      boolean ascending,
      List<ProjectListColumn> columns,
      Locale locale) {
    LocalDate today = LocalDate.now(clock);
    List<ProjectListing> listed =
        projects.search(filter, mine(filter), today, sort, ascending, 0, Integer.MAX_VALUE).rows();
    Map<Long, ListingFigures> figures = figures(listed.stream().map(ProjectListing::id).toList());
    ProjectListReport report =
        new ProjectListReport(
            new Issuer(issuerName, issuerPlace),
            today,
            columns,
            listed.stream().map(project -> row(project, figures.get(project.id()))).toList());
    return new Download(
        report.fileName(locale),
        ReportFormat.XLSX.mediaType(),
        new ProjectListWorkbook().render(report, locale));
  }

  /** "Mine" as the search means it: the projects the caller manages or deputises for. */
  private Long mine(ProjectFilter filter) {
    return filter.mine()
        ? caller.account().flatMap(UserAccount::getPerson).map(Person::getId).orElse(null)
        : null;
  }

  private static ProjectListRow row(ProjectListing project, ListingFigures figures) {
    BudgetFigures budget = figures.budget();
    return new ProjectListRow(
        project.code(),
        project.title(),
        project.themeName(),
        project.fieldName(),
        project.leadOrganisationName(),
        project.managerName(),
        ReportEnums.status(project.status()),
        ReportEnums.health(project.health()),
        project.startDate(),
        project.endDate(),
        figures.grant(),
        budget.planned().amount(),
        budget.actual().amount(),
        budget.remaining().amount());
  }
}
