package de.smartcity.portfolio.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.smartcity.portfolio.application.AuditLine;
import de.smartcity.portfolio.application.AuditService;
import de.smartcity.portfolio.application.BudgetService;
import de.smartcity.portfolio.application.CallInput;
import de.smartcity.portfolio.application.FundingService;
import de.smartcity.portfolio.application.GrantTerms;
import de.smartcity.portfolio.application.MilestoneInput;
import de.smartcity.portfolio.application.MilestoneService;
import de.smartcity.portfolio.application.NewProject;
import de.smartcity.portfolio.application.NewStatusReport;
import de.smartcity.portfolio.application.ProjectFacts;
import de.smartcity.portfolio.application.ProjectService;
import de.smartcity.portfolio.application.ReceiptInput;
import de.smartcity.portfolio.application.StatusReportService;
import de.smartcity.portfolio.domain.model.budget.BudgetMatrix;
import de.smartcity.portfolio.domain.model.funding.FundsCall;
import de.smartcity.portfolio.domain.model.funding.Grant;
import de.smartcity.portfolio.domain.model.funding.GrantComponent;
import de.smartcity.portfolio.domain.model.funding.GrantFigures;
import de.smartcity.portfolio.domain.model.milestone.Milestone;
import de.smartcity.portfolio.domain.model.milestone.MilestoneState;
import de.smartcity.portfolio.domain.model.project.Health;
import de.smartcity.portfolio.domain.model.project.Kpi;
import de.smartcity.portfolio.domain.model.project.Project;
import de.smartcity.portfolio.domain.model.project.ProjectStatus;
import de.smartcity.portfolio.domain.shared.BusinessRuleViolation;
import de.smartcity.portfolio.domain.shared.Money;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The whole graph of a funded project, stored and read back through the services. */
@ExtendWith({ArquillianExtension.class, InServerAsEverything.class})
class DomainIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.suite();
  }

  @Inject ProjectService projects;
  @Inject MilestoneService milestones;
  @Inject StatusReportService reports;
  @Inject BudgetService budgets;
  @Inject FundingService funding;
  @Inject AuditService audit;
  @Inject PersistenceProbe probe;

  private static String unique(String prefix) {
    return prefix + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
  }

  private Grant grant(String approvedGrant) {
    return funding.registerGrant(
        new GrantTerms(
            "Modellprojekte Smart Cities",
            "436",
            GrantComponent.B,
            unique("IT-GRANT-"),
            LocalDate.of(2022, 3, 1),
            new BigDecimal("1000000.00"),
            BigDecimal.valueOf(65),
            new BigDecimal(approvedGrant),
            LocalDate.of(2022, 3, 1),
            LocalDate.of(2026, 12, 31),
            null,
            null,
            42));
  }

  private Project fundedProject(Grant grant) {
    return projects.registerProject(
        new NewProject(
            unique("IT-"),
            ProjectStatus.IN_PROGRESS,
            new ProjectFacts(
                "Sensorik im Stadtpark",
                "Ein Testprojekt",
                "MOB",
                "MOB-KLI",
                "USB",
                Set.of("STADT", "UNIV"),
                As.PM_EMAIL,
                Set.of(),
                LocalDate.of(2024, 1, 1),
                LocalDate.of(2026, 12, 31),
                grant.getReference())));
  }

  @Test
  void shouldStoreAndReadBackTheWholeGraphOfAFundedProject() throws Exception {
    Grant grant = grant("650000.00");
    Project project = fundedProject(grant);
    long id = project.getId();
    project =
        projects.replaceKpis(
            id,
            project.getVersion(),
            List.of(
                new Kpi(
                    "Sensoren in Betrieb",
                    "Messdichte",
                    "Sensoren",
                    BigDecimal.ZERO,
                    new BigDecimal("24"),
                    de.smartcity.portfolio.domain.model.project.KpiDirection.HIGHER)));
    milestones.addMilestone(id, new MilestoneInput("Pilot in Betrieb", LocalDate.of(2025, 6, 30)));
    reports.addReport(
        id,
        project.getVersion(),
        new NewStatusReport(
            LocalDate.of(2025, 7, 1),
            null,
            Health.AMBER,
            "Lieferverzug",
            "Pilot läuft",
            "Ausbau",
            "Lieferzeiten"));
    budgets.planCost(id, 2025, "INV", new BigDecimal("10000.00"), new BigDecimal("9000.00"));
    budgets.planCost(id, 2025, "INV", new BigDecimal("12000.00"), new BigDecimal("9000.00"));
    budgets.recordReceipt(
        id,
        new ReceiptInput(
            LocalDate.of(2025, 3, 10),
            "Ruhr Sensorik GmbH",
            "Sensoren",
            "R-1",
            "INV",
            new BigDecimal("1234.57"),
            new BigDecimal("1234.57")));

    Project read = projects.loadProject(id).orElseThrow();
    assertThat(read.getFieldOfAction()).map(f -> f.getCode()).contains("MOB-KLI");
    assertThat(read.getPartners())
        .extracting(o -> o.getShortName())
        .containsExactlyInAnyOrder("STADT", "UNIV");
    assertThat(read.getKpis()).extracting(Kpi::getMeasure).containsExactly("Sensoren in Betrieb");
    assertThat(read.getHealth()).isEqualTo(Health.AMBER);
    assertThat(read.getHealthReason()).isEqualTo("Lieferverzug");
    assertThat(read.getGrant()).map(Grant::getReference).contains(grant.getReference());
    assertThat(reports.latestReport(id)).map(r -> r.getProgress()).contains("Pilot läuft");
    Milestone milestone = milestones.milestones(id).get(0);
    assertThat(milestones.stateOf(milestone)).isEqualTo(MilestoneState.OVERDUE);

    BudgetMatrix budget = budgets.projectBudget(id);
    assertThat(budget.cell(2025, "INV").planned()).isEqualTo(Money.of("12000.00"));
    assertThat(budget.cell(2025, "INV").actual()).isEqualTo(Money.of("1234.57"));
    assertThat(budget.total().remaining()).isEqualTo(Money.of("10765.43"));

    GrantFigures figures = funding.figures(grant.getId());
    assertThat(figures.grantShare()).isEqualTo(Money.of("802.47"));
    assertThat(probe.number("SELECT COUNT(*) FROM receipt WHERE grant_id = " + grant.getId()))
        .isEqualTo(1);
  }

  /** A call with a reason, as its amount need not be what the calls page proposes. */
  private static CallInput call(String day, String amount) {
    return new CallInput(LocalDate.parse(day), new BigDecimal(amount), null, "Testabruf");
  }

  @Test
  void shouldRefuseACallAboveWhatIsLeftAndStoreNothingOfIt() throws Exception {
    Grant grant = grant("1000.00");
    funding.recordCall(grant.getId(), call("2025-01-02", "600.00"), Locale.GERMANY);

    assertThatThrownBy(
            () -> funding.recordCall(grant.getId(), call("2025-02-02", "400.01"), Locale.GERMANY))
        .isInstanceOf(BusinessRuleViolation.class)
        .hasFieldOrPropertyWithValue("messageKey", "call.above.remaining");
    FundsCall last =
        funding.recordCall(grant.getId(), call("2025-02-02", "400.00"), Locale.GERMANY);

    assertThat(funding.calls(grant.getId()))
        .extracting(FundsCall::getRequested)
        .containsExactly(Money.of("600.00"), Money.of("400.00"));
    assertThat(funding.figures(grant.getId()).remainingToCall()).isEqualTo(Money.ZERO);
    assertThat(last.getId()).isNotNull();
  }

  @Test
  void shouldRecordWhoChangedWhichFieldFromWhatToWhat() {
    Project project = fundedProject(grant("650000.00"));
    long id = project.getId();
    project = projects.changeStatus(id, project.getVersion(), ProjectStatus.PAUSED);
    assertThatThrownBy(
            () ->
                projects.changeStatus(
                    id,
                    projects.loadProject(id).orElseThrow().getVersion(),
                    ProjectStatus.COMPLETED))
        .hasFieldOrPropertyWithValue("messageKey", "project.status.transition");

    List<AuditLine> history = audit.projectHistory(id, 50);
    assertThat(history)
        .filteredOn(e -> "CREATE".equals(e.action()))
        .extracting(AuditLine::recordType)
        .contains("Project");
    assertThat(history)
        .filteredOn(e -> "status".equals(e.field()))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.oldValue()).isEqualTo("IN_PROGRESS");
              assertThat(e.newValue()).isEqualTo("PAUSED");
              assertThat(e.username()).isEqualTo("pm");
              assertThat(e.occurredAt()).isNotNull();
              assertThat(e.recordLabel())
                  .isEqualTo(projects.loadProject(id).orElseThrow().getCode());
            });
  }

  @Test
  void shouldRefuseInvalidInputAtTheServiceWithTheViolatedConstraintsAndStoreNothing()
      throws Exception {
    String code = "it " + unique("bad");
    assertThatThrownBy(
            () ->
                projects.registerProject(
                    new NewProject(code, ProjectStatus.IDEA, ProjectFacts.of("", "INF", "STADT"))))
        .hasRootCauseInstanceOf(jakarta.validation.ConstraintViolationException.class)
        .rootCause()
        .satisfies(
            cause ->
                assertThat(
                        ((jakarta.validation.ConstraintViolationException) cause)
                            .getConstraintViolations())
                    .extracting(v -> v.getPropertyPath().toString())
                    .containsExactlyInAnyOrder(
                        "registerProject.project.code", "registerProject.project.facts.title"));
    assertThat(probe.number("SELECT COUNT(*) FROM project WHERE title = ''")).isZero();
  }

  @Test
  void shouldRefuseAChangeMadeOnAnOlderVersion() {
    Project project = fundedProject(grant("650000.00"));
    long seen = project.getVersion();
    projects.assessHealth(project.getId(), seen, Health.RED, "Ausschreibung gescheitert");

    assertThatThrownBy(() -> projects.assessHealth(project.getId(), seen, Health.GREEN, null))
        .isInstanceOf(BusinessRuleViolation.class)
        .hasFieldOrPropertyWithValue("messageKey", "record.modified.concurrently");
    assertThat(projects.loadProject(project.getId()).orElseThrow().getHealth())
        .isEqualTo(Health.RED);
  }
}
