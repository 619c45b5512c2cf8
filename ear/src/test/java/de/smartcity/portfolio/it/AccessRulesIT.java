package de.smartcity.portfolio.it;

import static org.assertj.core.api.Assertions.assertThat;

import de.smartcity.portfolio.application.AccessRefused;
import de.smartcity.portfolio.application.AccountService;
import de.smartcity.portfolio.application.AuditService;
import de.smartcity.portfolio.application.BudgetService;
import de.smartcity.portfolio.application.ConfirmationService;
import de.smartcity.portfolio.application.DashboardService;
import de.smartcity.portfolio.application.FundingService;
import de.smartcity.portfolio.application.GrantWorkbenchService;
import de.smartcity.portfolio.application.MasterDataService;
import de.smartcity.portfolio.application.MilestoneInput;
import de.smartcity.portfolio.application.MilestoneService;
import de.smartcity.portfolio.application.NewProject;
import de.smartcity.portfolio.application.NewStatusReport;
import de.smartcity.portfolio.application.ProjectFacts;
import de.smartcity.portfolio.application.ProjectService;
import de.smartcity.portfolio.application.ProofOfUseService;
import de.smartcity.portfolio.application.ReportService;
import de.smartcity.portfolio.application.StatusReportService;
import de.smartcity.portfolio.application.UserAdministrationService;
import de.smartcity.portfolio.domain.model.milestone.Milestone;
import de.smartcity.portfolio.domain.model.project.Health;
import de.smartcity.portfolio.domain.model.project.ProjectStatus;
import de.smartcity.portfolio.domain.model.user.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The access annotations of the services tell the truth in the running server: every role a
 * method's {@code @RolesAllowed} leaves out is refused before the method runs, and a project
 * manager is refused on every path that edits a project they do not manage (and let through on
 * their own). {@code ServiceAccessRulesTest} checks that the annotations say what the role table
 * says; {@code RoleMatrixIT} walks through the table's cases one by one.
 */
@ExtendWith(ArquillianExtension.class)
class AccessRulesIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.suite();
  }

  @Inject AccountService account;
  @Inject AuditService audit;
  @Inject BudgetService budgets;
  @Inject DashboardService dashboard;
  @Inject FundingService funding;
  @Inject ConfirmationService confirmations;
  @Inject GrantWorkbenchService workbench;
  @Inject MasterDataService masterData;
  @Inject MilestoneService milestones;
  @Inject ProjectService projects;
  @Inject ProofOfUseService proofs;
  @Inject ReportService reports;
  @Inject StatusReportService statusReports;
  @Inject UserAdministrationService users;

  /** The service implementations, whose annotations are read, and the proxies that are called. */
  private Map<Object, String> services() {
    Map<Object, String> services = new LinkedHashMap<>();
    services.put(account, "DefaultAccountService");
    services.put(audit, "DefaultAuditService");
    services.put(budgets, "DefaultBudgetService");
    services.put(dashboard, "DefaultDashboardService");
    services.put(funding, "DefaultFundingService");
    services.put(confirmations, "DefaultConfirmationService");
    services.put(workbench, "DefaultGrantWorkbenchService");
    services.put(masterData, "DefaultMasterDataService");
    services.put(milestones, "DefaultMilestoneService");
    services.put(projects, "DefaultProjectService");
    services.put(proofs, "DefaultProofOfUseService");
    services.put(reports, "DefaultReportService");
    services.put(statusReports, "DefaultStatusReportService");
    services.put(users, "DefaultUserAdministrationService");
    return services;
  }

  @Test
  void shouldRefuseEveryRoleThatAServiceMethodsAnnotationLeavesOut() throws Exception {
    List<String> wrong = new ArrayList<>();
    int refusals = 0;
    for (Map.Entry<Object, String> service : services().entrySet()) {
      Class<?> implementation =
          Class.forName("de.smartcity.portfolio.application.internal." + service.getValue());
      for (Class<?> view : implementation.getInterfaces()) {
        for (Method method : view.getMethods()) {
          Method annotated = implementation.getMethod(method.getName(), method.getParameterTypes());
          for (Role role : Role.values()) {
            if (allowed(annotated).contains(role.name())) {
              continue;
            }
            refusals++;
            if (!refusedAs(role, service.getKey(), method)) {
              wrong.add(service.getValue() + "." + method.getName() + " let in " + role);
            }
          }
        }
      }
    }
    assertThat(wrong).isEmpty();
    // so that the loop cannot pass by trying nothing
    assertThat(refusals).as("refusals tried").isGreaterThan(100);
  }

  /**
   * Each path that edits a project, as the demo project manager on a project that someone else
   * manages (refused), as finance and administrators where their role admits them to any project
   * (let through), and as the manager on their own project (let through).
   */
  @Test
  void shouldRefuseAProjectManagerOnEveryPathThatEditsAProjectTheyDoNotManage() throws Exception {
    String code = "IT-AR-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    long id =
        As.admin(
                () ->
                    projects.registerProject(
                        new NewProject(code, ProjectStatus.IDEA, facts(As.PM_EMAIL))))
            .getId();
    Milestone milestone =
        As.projectManager(() -> milestones.addMilestone(id, new MilestoneInput("Abnahme", DUE)));
    // handed to nobody: the demo manager no longer manages it
    As.admin(() -> projects.describeProject(id, version(id), facts(null)));
    // a plan line for the removal path, planned by finance (any project)
    long lineId =
        As.finance(
                () -> budgets.planCost(id, 2026, "INV", new BigDecimal("10.00"), BigDecimal.ZERO))
            .getId();

    Map<String, As.Work<?>> paths = editPaths(id, milestone.getId(), lineId);
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, As.Work<?>> path : paths.entrySet()) {
      try {
        As.projectManager(path.getValue());
        wrong.add(path.getKey() + " let the manager of another project in");
      } catch (AccessRefused expected) {
        // the ownership rule refused it
      }
    }
    assertThat(wrong).isEmpty();

    // roles besides project manager that a method admits edit any project
    As.finance(() -> budgets.planCost(id, 2026, "PERS", new BigDecimal("100.00"), BigDecimal.ZERO));
    As.admin(() -> budgets.planCost(id, 2026, "PERS", new BigDecimal("200.00"), BigDecimal.ZERO));
    As.admin(() -> projects.describeProject(id, version(id), facts(As.PM_EMAIL)));

    // back with its manager, every path lets them in
    for (Map.Entry<String, As.Work<?>> path : editPaths(id, milestone.getId(), lineId).entrySet()) {
      As.projectManager(path.getValue());
    }
    assertThat(As.council(() -> projects.loadProject(id)).orElseThrow().getHealth())
        .isEqualTo(Health.AMBER);
    assertThat(As.council(() -> milestones.milestones(id))).hasSize(1); // one added, one deleted
  }

  private static final LocalDate DUE = LocalDate.of(2026, 6, 30);

  /** Every write path a project manager has, in an order that works on their own project. */
  private Map<String, As.Work<?>> editPaths(long id, long milestoneId, long lineId) {
    Map<String, As.Work<?>> paths = new LinkedHashMap<>();
    paths.put(
        "describeProject", () -> projects.describeProject(id, version(id), facts(As.PM_EMAIL)));
    paths.put("changeStatus", () -> projects.changeStatus(id, version(id), ProjectStatus.PLANNED));
    paths.put(
        "assessHealth", () -> projects.assessHealth(id, version(id), Health.RED, "Zugriffstest"));
    paths.put("replaceKpis", () -> projects.replaceKpis(id, version(id), List.of()));
    paths.put(
        "addReport",
        () ->
            statusReports.addReport(
                id,
                version(id),
                new NewStatusReport(
                    CityDay.today(), null, Health.AMBER, "Zugriffstest", "ok", null, null)));
    paths.put(
        "planCost",
        () -> budgets.planCost(id, 2026, "SACH", new BigDecimal("50.00"), new BigDecimal("40.00")));
    paths.put(
        "removeCostPlanLine",
        () -> {
          budgets.removeCostPlanLine(lineId, lineVersion(id, lineId), "Zugriffstest");
          return null;
        });
    paths.put("addMilestone", () -> milestones.addMilestone(id, new MilestoneInput("Zwei", DUE)));
    paths.put(
        "changeMilestone",
        () ->
            milestones.changeMilestone(
                milestoneId,
                milestoneVersion(id, milestoneId),
                new MilestoneInput("Abnahme neu", DUE)));
    paths.put(
        "completeMilestone",
        () ->
            milestones.completeMilestone(
                milestoneId, milestoneVersion(id, milestoneId), LocalDate.of(2026, 7, 1)));
    paths.put(
        "reopenMilestone",
        () -> milestones.reopenMilestone(milestoneId, milestoneVersion(id, milestoneId)));
    paths.put(
        "deleteMilestone",
        () -> {
          milestones.deleteMilestone(milestoneId, milestoneVersion(id, milestoneId));
          return null;
        });
    return paths;
  }

  private static ProjectFacts facts(String managerEmail) {
    return new ProjectFacts(
        "Zugriffsregeln",
        null,
        "INF",
        null,
        "STADT",
        Set.of(),
        managerEmail,
        Set.of(),
        LocalDate.of(2024, 1, 1),
        LocalDate.of(2027, 12, 31),
        null);
  }

  private long version(long id) throws Exception {
    return As.council(() -> projects.loadProject(id)).orElseThrow().getVersion();
  }

  private long lineVersion(long projectId, long lineId) throws Exception {
    return As.council(
            () ->
                budgets.costPlan(projectId).stream()
                    .filter(l -> l.getId().equals(lineId))
                    .findFirst()
                    .orElseThrow())
        .getVersion();
  }

  private long milestoneVersion(long projectId, long milestoneId) throws Exception {
    return As.council(
            () ->
                milestones.milestones(projectId).stream()
                    .filter(m -> m.getId().equals(milestoneId))
                    .findFirst()
                    .orElseThrow())
        .getVersion();
  }

  /** The role names a reader of the method's annotations, or else its class's, finds. */
  private static List<String> allowed(Method method) {
    if (method.isAnnotationPresent(PermitAll.class)
        || method.getDeclaringClass().isAnnotationPresent(PermitAll.class)) {
      return Arrays.stream(Role.values()).map(Role::name).toList();
    }
    RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
    if (roles == null) {
      roles = method.getDeclaringClass().getAnnotation(RolesAllowed.class);
    }
    return List.of(roles.value());
  }

  /**
   * Calls the method as the role with empty arguments: the container must refuse it before the
   * method (and its argument checks) run.
   */
  private static boolean refusedAs(Role role, Object service, Method method) throws Exception {
    Object[] arguments =
        Arrays.stream(method.getParameterTypes()).map(AccessRulesIT::empty).toArray();
    try {
      As.user(
          role.name().toLowerCase(Locale.ROOT),
          role,
          () -> {
            try {
              return method.invoke(service, arguments);
            } catch (InvocationTargetException e) {
              throw e.getCause() instanceof Exception cause ? cause : e;
            }
          });
      return false;
    } catch (EJBAccessException refused) {
      return !(refused instanceof AccessRefused);
    } catch (Exception other) {
      return false;
    }
  }

  private static Object empty(Class<?> type) {
    if (type == long.class) {
      return 0L;
    }
    if (type == int.class) {
      return 0;
    }
    if (type == boolean.class) {
      return false;
    }
    return null;
  }
}
