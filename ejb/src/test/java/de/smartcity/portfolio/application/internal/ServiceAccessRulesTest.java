package de.smartcity.portfolio.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import de.smartcity.portfolio.domain.model.user.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Reading a service method's {@code @RolesAllowed} (its own, or its class's) gives the role table
 * of docs/security.md: everyone signed in reads; council members change nothing but their own
 * language and password; only project managers keep projects' status, health, KPIs, milestones and
 * reports (their own projects: {@link ProjectOwnership}); finance and administrators keep money;
 * only administrators keep master data and users. A method missing from the table fails the test,
 * so a new method is given its rule on purpose.
 */
class ServiceAccessRulesTest {

  private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
  private static final Set<Role> PM = EnumSet.of(Role.PROJECT_MANAGER);
  private static final Set<Role> PM_ADMIN = EnumSet.of(Role.PROJECT_MANAGER, Role.ADMIN);
  private static final Set<Role> PM_FINANCE =
      EnumSet.of(Role.PROJECT_MANAGER, Role.FINANCE, Role.ADMIN);
  private static final Set<Role> FINANCE = EnumSet.of(Role.FINANCE, Role.ADMIN);
  private static final Set<Role> ADMIN = EnumSet.of(Role.ADMIN);
  private static final Set<Role> FINANCE_COUNCIL =
      EnumSet.of(Role.FINANCE, Role.COUNCIL, Role.ADMIN);

  private static final List<Class<?>> SERVICES =
      List.of(
          DefaultAccountService.class,
          DefaultAuditService.class,
          DefaultBudgetService.class,
          DefaultConfirmationService.class,
          DefaultDashboardService.class,
          DefaultFundingService.class,
          DefaultGrantWorkbenchService.class,
          DefaultMasterDataService.class,
          DefaultMilestoneService.class,
          DefaultPortfolioListService.class,
          DefaultProjectService.class,
          DefaultProjectImportService.class,
          DefaultProofOfUseService.class,
          DefaultReportService.class,
          DefaultSessionAccessService.class,
          DefaultStatusReportService.class,
          DefaultUserAdministrationService.class);

  private static final Map<String, Set<Role>> TABLE = new TreeMap<>();

  static {
    rule(EVERYONE, "Account.currentAccount", "Account.chooseLanguage", "Account.changeOwnPassword");
    rule(EVERYONE, "Audit.projectHistory", "Audit.recordHistory");
    rule(ADMIN, "ProjectImport.template", "ProjectImport.preview", "ProjectImport.importProjects");
    rule(ADMIN, "ProjectImport.latestImports");
    rule(EVERYONE, "Budget.projectBudget", "Budget.programmeBudget", "Budget.costPlan");
    rule(EVERYONE, "Budget.receipts");
    rule(PM_FINANCE, "Budget.planCost", "Budget.removeCostPlanLine");
    rule(FINANCE, "Budget.openProposals", "Budget.approveProposal", "Budget.rejectProposal");
    rule(FINANCE, "Budget.recordReceipt", "Budget.correctReceipt", "Budget.deleteReceipt");
    rule(FINANCE, "Budget.markNotEligible");
    rule(FINANCE_COUNCIL, "Budget.receiptJournal", "Budget.grantProjects");
    rule(EVERYONE, "Dashboard.dashboard", "Dashboard.milestones", "Dashboard.upcomingDays");
    rule(EVERYONE, "Dashboard.handout");
    rule(EVERYONE, "Funding.grants", "Funding.calls", "Funding.figures");
    rule(FINANCE, "Funding.registerGrant", "Funding.changeTerms", "Funding.addNotice");
    rule(FINANCE, "Funding.planIncome", "Funding.planCalls", "Funding.recordCall");
    rule(FINANCE, "Funding.recordPayment", "Funding.confirmAbove");
    rule(FINANCE, "Confirmation.awaiting", "Confirmation.confirmCall");
    rule(FINANCE, "Confirmation.confirmReceipt", "Confirmation.confirmSubmission");
    rule(FINANCE, "Confirmation.confirmAll");
    rule(EVERYONE, "GrantWorkbench.grant", "GrantWorkbench.planOn", "GrantWorkbench.projects");
    rule(EVERYONE, "GrantWorkbench.planAgainstProjects");
    rule(FINANCE, "GrantWorkbench.register", "GrantWorkbench.changeTerms");
    rule(FINANCE, "GrantWorkbench.enterChangeNotice", "GrantWorkbench.assignProject");
    rule(FINANCE, "GrantWorkbench.removeProject");
    rule(EVERYONE, "MasterData.themes", "MasterData.fieldsOfAction", "MasterData.organisations");
    rule(EVERYONE, "MasterData.costCategories", "MasterData.people");
    rule(EVERYONE, "MasterData.allCostCategories");
    rule(ADMIN, "MasterData.renameTheme", "MasterData.addFieldOfAction");
    rule(ADMIN, "MasterData.renameFieldOfAction", "MasterData.addOrganisation");
    rule(ADMIN, "MasterData.renameOrganisation", "MasterData.renameCostCategory");
    rule(ADMIN, "MasterData.updatePerson", "MasterData.addCostCategory", "MasterData.addPerson");
    rule(ADMIN, "MasterData.register", "MasterData.moveFieldOfAction");
    rule(ADMIN, "MasterData.retireFieldOfAction", "MasterData.retireOrganisation");
    rule(ADMIN, "MasterData.retireCostCategory", "MasterData.retirePerson");
    rule(EVERYONE, "Milestone.milestones", "Milestone.stateOf");
    rule(PM, "Milestone.addMilestone", "Milestone.changeMilestone", "Milestone.completeMilestone");
    rule(PM, "Milestone.reopenMilestone", "Milestone.deleteMilestone");
    rule(EVERYONE, "PortfolioList.figures", "PortfolioList.export");
    rule(EVERYONE, "Project.listProjects", "Project.findProject", "Project.searchProjects");
    rule(EVERYONE, "Project.loadProject", "Project.mayManage", "Project.measurements");
    rule(PM_ADMIN, "Project.recordMeasurement");
    rule(PM_ADMIN, "Project.registerProject", "Project.describeProject", "Project.register");
    rule(EVERYONE, "Project.proposeCode");
    rule(PM, "Project.changeStatus", "Project.assessHealth", "Project.replaceKpis");
    rule(EVERYONE, "ProofOfUse.budgetYears", "ProofOfUse.narrative", "ProofOfUse.submissions");
    rule(EVERYONE, "ProofOfUse.lateChanges", "ProofOfUse.versions");
    rule(FINANCE, "ProofOfUse.saveNarrative", "ProofOfUse.submit", "ProofOfUse.supersede");
    // the stored files, as the other proof downloads (Report.proofOfUse)
    rule(FINANCE, "ProofOfUse.submittedFile");
    rule(EVERYONE, "Report.portfolioReport", "Report.projectSheet");
    rule(FINANCE, "Report.proofOfUse", "Report.callForFunds");
    // before sign-in too: the sign-in page asks (@PermitAll)
    rule(EVERYONE, "SessionAccess.accessStamp", "SessionAccess.signInRefusedUntil");
    rule(EVERYONE, "StatusReport.reports", "StatusReport.latestReport");
    rule(PM, "StatusReport.addReport");
    rule(ADMIN, "UserAdministration.users", "UserAdministration.createUser");
    rule(ADMIN, "UserAdministration.createUserAndPerson", "UserAdministration.linkPerson");
    rule(ADMIN, "UserAdministration.assignRoles", "UserAdministration.disable");
    rule(ADMIN, "UserAdministration.enable", "UserAdministration.resetPassword");
  }

  private static void rule(Set<Role> roles, String... methods) {
    Arrays.stream(methods).forEach(method -> TABLE.put(method, roles));
  }

  @Test
  void shouldGiveTheRoleTableWhenTheAnnotationsOfEveryServiceMethodAreRead() {
    Map<String, Set<Role>> read = new TreeMap<>();
    for (Class<?> service : SERVICES) {
      for (Method method : businessMethods(service)) {
        read.merge(name(service, method), annotated(method), ServiceAccessRulesTest::same);
      }
    }
    assertThat(read).isEqualTo(TABLE);
  }

  private static Set<Role> same(Set<Role> a, Set<Role> b) {
    assertThat(b).as("overloads share one rule").isEqualTo(a);
    return a;
  }

  private static List<Method> businessMethods(Class<?> service) {
    Set<String> declared =
        Arrays.stream(service.getInterfaces())
            .flatMap(type -> Arrays.stream(type.getMethods()))
            .map(Method::getName)
            .collect(Collectors.toSet());
    return Arrays.stream(service.getDeclaredMethods())
        .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic())
        .filter(m -> declared.contains(m.getName()))
        .toList();
  }

  private static String name(Class<?> service, Method method) {
    return service.getSimpleName().replace("Default", "").replace("Service", "")
        + "."
        + method.getName();
  }

  /** The roles a reader of the method's annotations, or else its class's, finds. */
  private static Set<Role> annotated(Method method) {
    if (method.isAnnotationPresent(PermitAll.class)) {
      return EVERYONE;
    }
    RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
    if (roles == null) {
      if (method.getDeclaringClass().isAnnotationPresent(PermitAll.class)) {
        return EVERYONE;
      }
      roles = method.getDeclaringClass().getAnnotation(RolesAllowed.class);
    }
    Set<Role> set = EnumSet.noneOf(Role.class);
    Arrays.stream(roles.value()).map(Role::valueOf).forEach(set::add);
    return set;
  }
}
