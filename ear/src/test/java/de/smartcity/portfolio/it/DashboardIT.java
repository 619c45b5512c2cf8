package de.smartcity.portfolio.it;

import static org.assertj.core.api.Assertions.assertThat;

import de.smartcity.portfolio.application.BudgetService;
import de.smartcity.portfolio.application.DashboardService;
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
import de.smartcity.portfolio.domain.model.dashboard.Dashboard;
import de.smartcity.portfolio.domain.model.dashboard.Dashboard.Count;
import de.smartcity.portfolio.domain.model.dashboard.Dashboard.GrantTile;
import de.smartcity.portfolio.domain.model.dashboard.Dashboard.HealthQuarter;
import de.smartcity.portfolio.domain.model.dashboard.Dashboard.MilestoneLine;
import de.smartcity.portfolio.domain.model.dashboard.Dashboard.PlanActual;
import de.smartcity.portfolio.domain.model.funding.Grant;
import de.smartcity.portfolio.domain.model.funding.GrantComponent;
import de.smartcity.portfolio.domain.model.funding.GrantFigures.QuarterFlow;
import de.smartcity.portfolio.domain.model.milestone.Milestone;
import de.smartcity.portfolio.domain.model.project.Health;
import de.smartcity.portfolio.domain.model.project.Project;
import de.smartcity.portfolio.domain.model.project.ProjectStatus;
import de.smartcity.portfolio.domain.shared.Money;
import de.smartcity.portfolio.domain.shared.Quarter;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The dashboard's figures against sums this test makes itself over a small data set of its own: the
 * demo data stays in the database, so every figure is compared as the change the data set makes to
 * it.
 */
@ExtendWith({ArquillianExtension.class, InServerAsEverything.class})
class DashboardIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.suite();
  }

  @Inject DashboardService dashboards;
  @Inject ProjectService projects;
  @Inject MilestoneService milestones;
  @Inject StatusReportService reports;
  @Inject BudgetService budgets;
  @Inject FundingService funding;
  @Inject FundedScenario fundedScenario;

  private static final LocalDate TODAY = CityDay.today();

  /** A plan line or a receipt of the data set: project index, year or date, category, amounts. */
  private record Line(
      int project, LocalDate date, String category, String amount, String eligible) {
    BigDecimal money() {
      return new BigDecimal(amount);
    }
  }

  private static final List<Line> PLAN =
      List.of(
          new Line(0, LocalDate.of(2025, 1, 1), "INV", "10000.00", "9000.00"),
          new Line(0, LocalDate.of(2026, 1, 1), "PERS", "4000.50", "4000.50"),
          new Line(1, LocalDate.of(2025, 1, 1), "SACH", "5000.00", "0.00"));

  private static final List<Line> RECEIPTS =
      List.of(
          new Line(0, LocalDate.of(2025, 3, 10), "INV", "1234.57", "1000.00"),
          new Line(0, LocalDate.of(2025, 8, 1), "INV", "765.43", "500.00"),
          new Line(1, LocalDate.of(2025, 5, 5), "SACH", "300.00", "300.00"));

  /**
   * Later than the demo grant's commitment, because tests that look for "the" demo grant take the
   * first grant of its component in commitment order.
   */
  private static final LocalDate COMMITMENT = LocalDate.of(2023, 1, 2);

  private static final BigDecimal CALLED = new BigDecimal("1200.00");
  private static final LocalDate CALL_DATE = LocalDate.of(2025, 4, 2);

  private static String unique(String prefix) {
    return prefix + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
  }

  @Test
  void shouldAddUpExactlyWhatAKnownDataSetAddsToThePortfolio() throws Exception {
    Dashboard before = dashboards.dashboard();

    Grant grant = grant();
    Project funded = project("MOB", "USB", ProjectStatus.IN_PROGRESS, grant.getReference());
    Project unfunded = project("INF", "STADT", ProjectStatus.PLANNED, null);
    List<Project> set = List.of(funded, unfunded);
    for (Line line : PLAN) {
      budgets.planCost(
          set.get(line.project()).getId(),
          line.date().getYear(),
          line.category(),
          line.money(),
          new BigDecimal(line.eligible()));
    }
    for (Line line : RECEIPTS) {
      budgets.recordReceipt(
          set.get(line.project()).getId(),
          new ReceiptInput(
              line.date(),
              "Testlieferant",
              "Dashboard-Test",
              null,
              line.category(),
              line.money(),
              new BigDecimal(line.eligible())));
    }
    fundedScenario.confirmedCall(grant.getId(), CALL_DATE, CALLED.toPlainString());
    report(funded, LocalDate.of(2025, 7, 1), Health.AMBER);
    report(unfunded, LocalDate.of(2025, 2, 1), Health.RED);
    milestones.addMilestone(funded.getId(), new MilestoneInput("Überfällig", TODAY.minusDays(1)));
    milestones.addMilestone(funded.getId(), new MilestoneInput("Anstehend", TODAY.plusDays(20)));
    Milestone done =
        milestones.addMilestone(
            funded.getId(), new MilestoneInput("Erledigt", TODAY.minusDays(30)));
    milestones.completeMilestone(done.getId(), done.getVersion(), TODAY.minusDays(2));
    milestones.addMilestone(
        unfunded.getId(), new MilestoneInput("Auch überfällig", TODAY.minusDays(3)));

    Dashboard after = dashboards.dashboard();

    assertThat(delta(before.byStatus(), after.byStatus(), ProjectStatus.IN_PROGRESS.name()))
        .isEqualTo(1);
    assertThat(delta(before.byStatus(), after.byStatus(), ProjectStatus.PLANNED.name()))
        .isEqualTo(1);
    assertThat(after.projectCount() - before.projectCount()).isEqualTo(2);
    assertThat(delta(before.byHealth(), after.byHealth(), "AMBER")).isEqualTo(1);
    assertThat(delta(before.byHealth(), after.byHealth(), "RED")).isEqualTo(1);

    assertThat(after.programme().planned().minus(before.programme().planned()))
        .isEqualTo(sum(PLAN, l -> true));
    assertThat(after.programme().actual().minus(before.programme().actual()))
        .isEqualTo(sum(RECEIPTS, l -> true));
    assertThat(after.programme().remaining().minus(before.programme().remaining()))
        .isEqualTo(sum(PLAN, l -> true).minus(sum(RECEIPTS, l -> true)));

    assertPlanActual(before.byTheme(), after.byTheme(), "MOB", 0);
    assertPlanActual(before.byTheme(), after.byTheme(), "INF", 1);
    assertPlanActual(before.byOrganisation(), after.byOrganisation(), "USB", 0);
    assertPlanActual(before.byOrganisation(), after.byOrganisation(), "STADT", 1);
    assertThat(
            slice(after.byYear(), "2025").planned().minus(slice(before.byYear(), "2025").planned()))
        .isEqualTo(sum(PLAN, l -> l.date().getYear() == 2025));
    assertThat(
            slice(after.byYear(), "2025").actual().minus(slice(before.byYear(), "2025").actual()))
        .isEqualTo(sum(RECEIPTS, l -> true));

    assertThat(after.overdueMilestones() - before.overdueMilestones()).isEqualTo(2);
    assertThat(after.projectsWithOverdueMilestones() - before.projectsWithOverdueMilestones())
        .isEqualTo(2);

    assertThat(
            reportsOf(after, new Quarter(2025, 3), HealthQuarter::amber)
                - reportsOf(before, new Quarter(2025, 3), HealthQuarter::amber))
        .isEqualTo(1);
    assertThat(
            reportsOf(after, new Quarter(2025, 1), HealthQuarter::red)
                - reportsOf(before, new Quarter(2025, 1), HealthQuarter::red))
        .isEqualTo(1);

    // The grant pays 65 % of the eligible part of the funded project's receipts.
    Money eligibleQ1 = eligible(l -> l.project() == 0 && Quarter.of(l.date()).quarter() == 1);
    Money eligibleAll = eligible(l -> l.project() == 0);
    Money shareQ1 = share(eligibleQ1);
    Money shareAll = share(eligibleAll);
    assertThat(
            flow(after, new Quarter(2025, 2))
                .called()
                .minus(flow(before, new Quarter(2025, 2)).called()))
        .isEqualTo(Money.of(CALLED));
    assertThat(
            flow(after, new Quarter(2025, 1))
                .spent()
                .minus(flow(before, new Quarter(2025, 1)).spent()))
        .isEqualTo(shareQ1);
    assertThat(
            flow(after, new Quarter(2025, 3))
                .spent()
                .minus(flow(before, new Quarter(2025, 3)).spent()))
        .isEqualTo(shareAll.minus(shareQ1));

    GrantTile tile =
        after.grants().stream().filter(g -> g.id() == grant.getId()).findFirst().orElseThrow();
    assertThat(tile.approved()).isEqualTo(Money.of("650000.00"));
    assertThat(tile.called()).isEqualTo(Money.of(CALLED));
    assertThat(tile.spent()).isEqualTo(shareAll);
    assertThat(tile.unspentCalled()).isEqualTo(Money.of(CALLED).minus(shareAll));
    assertThat(tile.daysToProofOfUse()).isEqualTo(100);
  }

  @Test
  void shouldListOverdueAndUpcomingMilestonesOfOneThemeOnly() throws Exception {
    Project mobility = project("MOB", "USB", ProjectStatus.IN_PROGRESS, null);
    Project infrastructure = project("INF", "STADT", ProjectStatus.IN_PROGRESS, null);
    milestones.addMilestone(
        mobility.getId(), new MilestoneInput("Gestern fällig", TODAY.minusDays(1)));
    milestones.addMilestone(mobility.getId(), new MilestoneInput("Bald fällig", TODAY.plusDays(5)));
    milestones.addMilestone(
        mobility.getId(), new MilestoneInput("Später fällig", TODAY.plusDays(200)));
    milestones.addMilestone(
        infrastructure.getId(), new MilestoneInput("Anderes Thema", TODAY.minusDays(1)));

    List<MilestoneLine> lines = dashboards.milestones("MOB");

    assertThat(lines).allSatisfy(line -> assertThat(line.themeCode()).isEqualTo("MOB"));
    assertThat(lines)
        .filteredOn(line -> line.projectCode().equals(mobility.getCode()))
        .extracting(MilestoneLine::title, MilestoneLine::overdue)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("Gestern fällig", true),
            org.assertj.core.groups.Tuple.tuple("Bald fällig", false));
    assertThat(dashboards.milestones(null))
        .extracting(MilestoneLine::projectCode)
        .contains(mobility.getCode(), infrastructure.getCode());
  }

  @Test
  void shouldShowTheCouncilTheDashboardAndItsHandout() throws Exception {
    Dashboard dashboard = As.council(() -> dashboards.dashboard());
    assertThat(As.council(() -> dashboards.dashboard()))
        .as("kept, while nothing changed, instead of computed again")
        .isSameAs(dashboard);
    byte[] handout = As.council(() -> dashboards.handout(Locale.GERMAN).content());

    assertThat(dashboard.projectCount()).isPositive();
    assertThat(ReadBack.pdfText(handout)).contains("Zukunftsfähige Infrastruktur");
  }

  @Test
  void shouldNameStatusesInTheHandoutAsTheDashboardPageDoes() throws Exception {
    String handout =
        ReadBack.pdfText(As.council(() -> dashboards.handout(Locale.GERMAN).content()));

    // messages_de: project.status.PLANNED=Geplant, COMPLETED=Umgesetzt; the theme name in full
    assertThat(handout)
        .contains("Geplant", "Umgesetzt", "Nachhaltige Mobilität und Umweltschutz")
        .doesNotContain("In Planung", "…", "??");
  }

  private Grant grant() {
    return funding.registerGrant(
        new GrantTerms(
            "Modellprojekte Smart Cities",
            "436",
            GrantComponent.B,
            unique("IT-DASH-"),
            COMMITMENT,
            new BigDecimal("1000000.00"),
            BigDecimal.valueOf(65),
            new BigDecimal("650000.00"),
            COMMITMENT,
            LocalDate.of(2026, 12, 31),
            null,
            TODAY.plusDays(100),
            42));
  }

  private Project project(String theme, String lead, ProjectStatus status, String grant) {
    return projects.registerProject(
        new NewProject(
            unique("IT-"),
            status,
            new ProjectFacts(
                "Dashboard-Testprojekt",
                null,
                theme,
                null,
                lead,
                Set.of(),
                As.PM_EMAIL,
                Set.of(),
                LocalDate.of(2024, 1, 1),
                // Runs on past today whatever the day, so milestones relative to today fit in it.
                TODAY.plusYears(2),
                grant)));
  }

  private void report(Project project, LocalDate on, Health health) {
    Project current = projects.loadProject(project.getId()).orElseThrow();
    reports.addReport(
        project.getId(),
        current.getVersion(),
        new NewStatusReport(on, null, health, "Testgrund", "Fortschritt", null, null));
  }

  private static long delta(List<Count> before, List<Count> after, String key) {
    return count(after, key) - count(before, key);
  }

  private static long count(List<Count> counts, String key) {
    return counts.stream().filter(c -> c.key().equals(key)).mapToLong(Count::count).sum();
  }

  private static Money sum(List<Line> lines, Predicate<Line> which) {
    return Money.of(
        lines.stream().filter(which).map(Line::money).reduce(BigDecimal.ZERO, BigDecimal::add));
  }

  private static Money eligible(Predicate<Line> which) {
    return Money.of(
        RECEIPTS.stream()
            .filter(which)
            .map(l -> new BigDecimal(l.eligible()))
            .reduce(BigDecimal.ZERO, BigDecimal::add));
  }

  private static Money share(Money eligible) {
    return Money.of(
        eligible.amount().multiply(new BigDecimal("0.65")).setScale(2, RoundingMode.HALF_UP));
  }

  private static void assertPlanActual(
      List<PlanActual> before, List<PlanActual> after, String key, int project) {
    assertThat(slice(after, key).planned().minus(slice(before, key).planned()))
        .as("plan of %s", key)
        .isEqualTo(sum(PLAN, l -> l.project() == project));
    assertThat(slice(after, key).actual().minus(slice(before, key).actual()))
        .as("actual of %s", key)
        .isEqualTo(sum(RECEIPTS, l -> l.project() == project));
  }

  private static PlanActual slice(List<PlanActual> slices, String key) {
    return slices.stream()
        .filter(s -> s.key().equals(key))
        .findFirst()
        .orElse(new PlanActual(key, key, Money.ZERO, Money.ZERO));
  }

  private static long reportsOf(
      Dashboard dashboard, Quarter quarter, Function<HealthQuarter, Long> health) {
    return dashboard.healthByQuarter().stream()
        .filter(q -> q.quarter().equals(quarter))
        .mapToLong(health::apply)
        .sum();
  }

  private static QuarterFlow flow(Dashboard dashboard, Quarter quarter) {
    return dashboard.calledAndSpent().stream()
        .filter(q -> q.quarter().equals(quarter))
        .findFirst()
        .orElse(new QuarterFlow(quarter, Money.ZERO, Money.ZERO));
  }
}
