package de.smartcity.portfolio.it;

import static org.assertj.core.api.Assertions.assertThat;

import de.smartcity.portfolio.application.AuditLine;
import de.smartcity.portfolio.application.AuditService;
import de.smartcity.portfolio.application.BudgetService;
import de.smartcity.portfolio.application.CallInput;
import de.smartcity.portfolio.application.FundingService;
import de.smartcity.portfolio.application.GrantTerms;
import de.smartcity.portfolio.application.MasterDataService;
import de.smartcity.portfolio.application.MilestoneInput;
import de.smartcity.portfolio.application.MilestoneService;
import de.smartcity.portfolio.application.NewProject;
import de.smartcity.portfolio.application.NewStatusReport;
import de.smartcity.portfolio.application.ProjectFacts;
import de.smartcity.portfolio.application.ProjectService;
import de.smartcity.portfolio.application.ReceiptInput;
import de.smartcity.portfolio.application.StatusReportService;
import de.smartcity.portfolio.application.UserAdministrationService;
import de.smartcity.portfolio.domain.model.funding.Grant;
import de.smartcity.portfolio.domain.model.funding.GrantComponent;
import de.smartcity.portfolio.domain.model.project.Health;
import de.smartcity.portfolio.domain.model.project.ProjectStatus;
import de.smartcity.portfolio.domain.model.user.Role;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every service operation against every role, exactly as the role table says: allowed operations
 * succeed, refused ones throw an access error. The demo project manager manages INF-01, not INF-02;
 * operations that succeed write to records of the test's own.
 */
@ExtendWith(ArquillianExtension.class)
class RoleMatrixIT {

  private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
  private static final Set<Role> FINANCE = EnumSet.of(Role.FINANCE, Role.ADMIN);

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.suite();
  }

  @Inject ProjectService projects;
  @Inject MilestoneService milestones;
  @Inject StatusReportService reports;
  @Inject BudgetService budgets;
  @Inject FundingService funding;
  @Inject MasterDataService masterData;
  @Inject UserAdministrationService userAdministration;
  @Inject AuditService audit;
  @Inject FundedScenario scenario;
  @Inject ProjectScenario projectScenario;

  private static String unique() {
    return UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
  }

  private static GrantTerms smallGrant() {
    return new GrantTerms(
        "Programm",
        "1",
        GrantComponent.B,
        "IT-RM-" + unique(),
        LocalDate.of(2024, 1, 1),
        new BigDecimal("100.00"),
        BigDecimal.valueOf(65),
        new BigDecimal("65.00"),
        LocalDate.of(2024, 1, 1),
        LocalDate.of(2025, 1, 1),
        null,
        null,
        42);
  }

  private long id(String code) throws Exception {
    return As.council(() -> projects.findProject(code)).orElseThrow().id();
  }

  private long version(long id) throws Exception {
    return As.council(() -> projects.loadProject(id)).orElseThrow().getVersion();
  }

  /** Runs the operation as each role and lists every role for which the outcome is wrong. */
  private List<String> mismatches(Set<Role> allowed, As.Work<?> operation) throws Exception {
    List<String> wrong = new ArrayList<>();
    for (Role role : Role.values()) {
      boolean refused = false;
      try {
        As.user(
            role == Role.PROJECT_MANAGER ? "pm" : role.name().toLowerCase(Locale.ROOT),
            role,
            operation);
      } catch (EJBAccessException e) {
        refused = true;
      }
      if (refused == allowed.contains(role)) {
        wrong.add(role + (refused ? " was refused" : " was allowed"));
      }
    }
    return wrong;
  }

  @Test
  void shouldLetEveryRoleReadThePortfolio() throws Exception {
    assertThat(mismatches(EVERYONE, projects::listProjects)).isEmpty();
    assertThat(mismatches(EVERYONE, () -> budgets.projectBudget(id("INF-01")))).isEmpty();
    assertThat(mismatches(EVERYONE, () -> funding.grants())).isEmpty();
  }

  @Test
  void shouldLetProjectManagersAndAdministratorsRegisterProjects() throws Exception {
    assertThat(
            mismatches(
                EnumSet.of(Role.PROJECT_MANAGER, Role.ADMIN),
                () ->
                    // A project manager registers projects they manage themselves: the demo
                    // manager (user pm) names their own person.
                    projects.registerProject(
                        new NewProject(
                            "IT-RM-" + unique(),
                            ProjectStatus.IDEA,
                            new ProjectFacts(
                                "Matrix",
                                null,
                                "INF",
                                null,
                                "STADT",
                                Set.of(),
                                As.PM_EMAIL,
                                Set.of(),
                                null,
                                null,
                                null)))))
        .isEmpty();
  }

  @Test
  void shouldLetOnlyTheProjectsOwnManagerSetHealthMilestonesAndReports() throws Exception {
    // A project of its own that the demo manager manages, running around today: the demo's INF-01
    // keeps its health, milestones and reports.
    long own =
        projectScenario
            .project("RM")
            .running(CityDay.today().minusYears(1), CityDay.today().plusYears(1))
            .create()
            .getId();
    Set<Role> managerOnly = EnumSet.of(Role.PROJECT_MANAGER);
    assertThat(
            mismatches(
                managerOnly,
                () -> projects.assessHealth(own, version(own), Health.AMBER, "Matrix-Test")))
        .isEmpty();
    assertThat(
            mismatches(
                managerOnly,
                () ->
                    milestones.addMilestone(own, new MilestoneInput("Matrix", withinPeriod(own)))))
        .isEmpty();
    assertThat(
            mismatches(
                managerOnly,
                () ->
                    reports.addReport(
                        own,
                        version(own),
                        new NewStatusReport(
                            CityDay.today(), null, Health.GREEN, null, "ok", "weiter", null))))
        .isEmpty();
  }

  /** A day within the project's period, on which a milestone may be due. */
  private LocalDate withinPeriod(long project) throws Exception {
    return As.council(() -> projects.loadProject(project)).orElseThrow().getStartDate();
  }

  @Test
  void shouldRefuseAProjectManagerEditingSomeoneElsesProject() throws Exception {
    long other = id("INF-02");
    assertThat(
            mismatches(
                EnumSet.noneOf(Role.class),
                () -> projects.assessHealth(other, version(other), Health.RED, "fremd")))
        .isEmpty();
    assertThat(
            mismatches(
                EnumSet.noneOf(Role.class),
                () -> milestones.addMilestone(other, new MilestoneInput("fremd", CityDay.today()))))
        .isEmpty();
  }

  @Test
  void shouldLetFinanceAndTheOwnManagerPlanCostsButOnlyFinanceBookReceipts() throws Exception {
    // A project of its own that the demo manager manages, running 2024 to 2025: plan years and
    // payment dates must lie within it, and the demo's figures stay as they are.
    long own = scenario.create().project().getId();
    assertThat(
            mismatches(
                EnumSet.of(Role.PROJECT_MANAGER, Role.FINANCE, Role.ADMIN),
                () ->
                    budgets.planCost(
                        own, 2025, "PERS", new BigDecimal("1000.00"), new BigDecimal("900.00"))))
        .isEmpty();
    assertThat(
            mismatches(
                FINANCE,
                () ->
                    budgets.recordReceipt(
                        own,
                        new ReceiptInput(
                            LocalDate.of(2025, 5, 5),
                            "Matrix GmbH",
                            "Test",
                            "M-" + unique(),
                            "SACH",
                            new BigDecimal("10.00"),
                            new BigDecimal("10.00")))))
        .isEmpty();
  }

  @Test
  void shouldLetOnlyFinanceAndAdministratorsHandleGrantsAndCalls() throws Exception {
    assertThat(mismatches(FINANCE, () -> funding.registerGrant(smallGrant()))).isEmpty();
    Grant grant = As.finance(() -> funding.registerGrant(smallGrant()));
    assertThat(
            mismatches(
                FINANCE,
                () ->
                    funding.recordCall(
                        grant.getId(),
                        new CallInput(CityDay.today(), new BigDecimal("0.01"), null, "Testabruf"),
                        Locale.GERMANY)))
        .isEmpty();
  }

  @Test
  void shouldLetOnlyAdministratorsEditMasterDataAndUsers() throws Exception {
    assertThat(
            mismatches(
                EnumSet.of(Role.ADMIN),
                () ->
                    masterData.addPerson(
                        "Matrix Person",
                        "it-m" + unique().toLowerCase(Locale.ROOT) + "@example.org",
                        "STADT")))
        .isEmpty();
    assertThat(
            mismatches(
                EnumSet.of(Role.ADMIN),
                () ->
                    userAdministration.createUser(
                        "it-u" + unique().toLowerCase(Locale.ROOT),
                        "Matrix User",
                        Set.of(Role.COUNCIL),
                        null,
                        "STADT",
                        "ein-langes-passwort")))
        .isEmpty();
  }

  @Test
  void shouldShowCouncilMembersNamesAndDatesButNoValuesOfTheHistory() throws Exception {
    long own = id("INF-01");
    List<AuditLine> council = As.council(() -> audit.projectHistory(own, 20));
    List<AuditLine> finance = As.finance(() -> audit.projectHistory(own, 20));
    assertThat(council)
        .isNotEmpty()
        .allSatisfy(
            line -> {
              assertThat(line.username()).isNotBlank();
              assertThat(line.occurredAt()).isNotNull();
              assertThat(line.oldValue()).isNull();
              assertThat(line.newValue()).isNull();
              assertThat(line.field()).isNull();
            });
    assertThat(finance)
        .anyMatch(
            line ->
                line.newValue() != null || line.field() != null || "CREATE".equals(line.action()));
  }
}
