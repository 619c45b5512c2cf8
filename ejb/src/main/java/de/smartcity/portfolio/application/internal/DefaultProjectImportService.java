package de.smartcity.portfolio.application.internal;

import de.smartcity.portfolio.application.BudgetService;
import de.smartcity.portfolio.application.Download;
import de.smartcity.portfolio.application.ImportProgress;
import de.smartcity.portfolio.application.ProjectImportPreview;
import de.smartcity.portfolio.application.ProjectImportService;
import de.smartcity.portfolio.application.ProjectService;
import de.smartcity.portfolio.domain.model.project.Project;
import de.smartcity.portfolio.domain.model.project.ProjectImport;
import de.smartcity.portfolio.domain.model.project.ProjectRepository;
import de.smartcity.portfolio.domain.model.user.Role;
import de.smartcity.portfolio.domain.model.user.UserAccount;
import de.smartcity.portfolio.domain.shared.BusinessRuleViolation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

/**
 * Registers the projects of the office's list through {@link ProjectService#register} and plans
 * their costs through {@link BudgetService#planCost}, the paths a user's form takes, so that every
 * rule, the ownership check and the audit trail apply; an administrator's plan is approved at once,
 * as finance's is. Any refusal rolls the whole import back.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
@Interceptors({ParameterValidation.class, PersistenceConflicts.class, ServiceMethod.class})
public class DefaultProjectImportService implements ProjectImportService {

  private static final int LATEST_IMPORTS = 20;

  @Inject private ProjectRepository projects;
  @Inject private ProjectImportCheck check;
  @Inject private ProjectImportTemplate template;
  @Inject private Caller caller;
  @Inject private Clock clock;
  @EJB private ProjectService projectService;
  @EJB private BudgetService budgetService;

  @Override
  public Download template() {
    return template.workbook();
  }

  @Override
  @Asynchronous
  public Future<ProjectImportPreview> preview(
      String fileName, byte[] content, ImportProgress progress) {
    return CompletableFuture.completedFuture(check.check(fileName, content, progress).preview());
  }

  @Override
  @Asynchronous
  public Future<ProjectImport> importProjects(
      String fileName, byte[] content, ImportProgress progress) {
    ProjectImportCheck.Checked checked = check.check(fileName, content, progress);
    if (checked.toAdd().isEmpty()) {
      throw new BusinessRuleViolation("import.nothing.to.add", "file", fileName);
    }
    ProjectImportPreview preview = checked.preview();
    ProjectImport origin =
        new ProjectImport(fileName, preview.sha256(), userName(), clock.instant());
    projects.store(origin);
    // The history of each project names the import: the file and the start of its SHA-256.
    String reason =
        "Import " + origin.getFileName() + " (SHA-256 " + preview.sha256().substring(0, 12) + ")";
    progress.start(checked.toAdd().size());
    int planned = 0;
    for (ProjectImportCheck.Pending pending : checked.toAdd()) {
      Project project = projectService.register(pending.request(), List.of());
      project.explainChange(reason);
      if (pending.health() != null) {
        project.assessHealth(pending.health(), pending.healthReason());
      }
      for (ProjectImportCheck.PlanLine line : pending.plan()) {
        budgetService.planCost(
            project.getId(), line.year(), line.categoryCode(), line.planned(), line.eligible());
        planned++;
      }
      progress.advance();
    }
    origin.counted(
        checked.toAdd().size(),
        (int) preview.count(de.smartcity.portfolio.application.ImportLine.Outcome.ERROR),
        planned);
    return CompletableFuture.completedFuture(origin);
  }

  @Override
  public List<ProjectImport> latestImports() {
    return projects.latestImports(LATEST_IMPORTS);
  }

  private String userName() {
    return caller.account().map(UserAccount::getDisplayName).orElse(caller.name());
  }
}
