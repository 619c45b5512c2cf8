package de.smartcity.portfolio.infrastructure.demo;

import static org.assertj.core.api.Assertions.assertThat;

import de.smartcity.portfolio.domain.model.funding.GrantComponent;
import de.smartcity.portfolio.domain.model.project.Health;
import de.smartcity.portfolio.domain.model.project.ProjectStatus;
import de.smartcity.portfolio.domain.shared.Money;
import java.lang.ref.WeakReference;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PortfolioGeneratorTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

  private static List<GeneratedData.Project> demo(PortfolioGenerator generator) {
    List<GeneratedData.Project> projects = new ArrayList<>();
    generator.projects(projects::add);
    return projects;
  }

  @Test
  void shouldProduceTheSameDataForTheSameSeedAndDay() {
    assertThat(demo(new PortfolioGenerator(7, 120, 30, TODAY)))
        .isEqualTo(demo(new PortfolioGenerator(7, 120, 30, TODAY)));
    assertThat(demo(new PortfolioGenerator(8, 120, 30, TODAY)))
        .isNotEqualTo(demo(new PortfolioGenerator(7, 120, 30, TODAY)));
  }

  @Test
  void shouldCoverEveryThemeFieldAndOrganisationWithTheRealProjectsFirst() {
    List<GeneratedData.Project> projects =
        demo(
            new PortfolioGenerator(
                DemoDataLoader.DEMO_SEED, DemoDataLoader.DEMO_PROJECTS, 30, TODAY));

    assertThat(projects).hasSizeGreaterThanOrEqualTo(110);
    assertThat(projects).extracting(GeneratedData.Project::code).doesNotHaveDuplicates();
    assertThat(projects.subList(0, RealProjects.ALL.size()))
        .extracting(GeneratedData.Project::title)
        .containsExactlyElementsOf(
            RealProjects.ALL.stream().map(RealProjects.Seed::title).toList());
    assertThat(projects)
        .extracting(GeneratedData.Project::theme)
        .containsOnly("INF", "STM", "GES", "MOB", "WIS");
    assertThat(new HashSet<>(projects.stream().map(GeneratedData.Project::field).toList()))
        .hasSize(15);
    Set<String> organisations = new HashSet<>();
    projects.forEach(
        p -> {
          organisations.add(p.lead());
          organisations.addAll(p.partners());
        });
    assertThat(organisations).hasSize(12);
  }

  @Test
  void shouldGiveAmberAndRedProjectsAReasonAndEndNoProjectBeforeItStarts() {
    for (GeneratedData.Project project : demo(new PortfolioGenerator(3, 300, 30, TODAY))) {
      assertThat(project.end()).as(project.code()).isAfterOrEqualTo(project.start());
      if (project.health() != Health.GREEN) {
        assertThat(project.healthReason()).as(project.code()).isNotBlank();
      }
      project
          .plan()
          .forEach(line -> assertThat(line.eligible()).isLessThanOrEqualTo(line.planned()));
      project
          .receipts()
          .forEach(
              r -> {
                assertThat(r.paymentDate()).isBefore(TODAY);
                assertThat(r.eligible()).isLessThanOrEqualTo(r.amount());
              });
    }
  }

  @Test
  void shouldKeepEveryDateWithinTheBoundsTheDomainSets() {
    PortfolioGenerator generator = new PortfolioGenerator(5, 300, 30, TODAY);
    var grants = generator.grants();
    for (GeneratedData.Project project : demo(generator)) {
      de.smartcity.portfolio.domain.shared.Period period =
          new de.smartcity.portfolio.domain.shared.Period(project.start(), project.end());
      project.plan().forEach(line -> assertThat(period.touchesYear(line.year())).isTrue());
      project.reports().forEach(r -> assertThat(r.date()).isBetween(project.start(), TODAY));
      project
          .milestones()
          .forEach(
              m -> {
                assertThat(period.contains(m.due())).as(project.code()).isTrue();
                if (m.completedOn() != null) {
                  assertThat(m.completedOn()).isBetween(project.start(), TODAY);
                }
              });
      var grant =
          grants.stream().filter(g -> g.component() == project.grant()).findFirst().orElse(null);
      project
          .receipts()
          .forEach(
              r -> {
                assertThat(period.contains(r.paymentDate())).as(project.code()).isTrue();
                if (grant != null) {
                  assertThat(r.paymentDate())
                      .as(project.code())
                      .isBetween(
                          grant.fundingStart(),
                          grant.extendedUntil() == null
                              ? grant.fundingEnd()
                              : grant.extendedUntil());
                }
              });
    }
  }

  @Test
  void shouldHaveMilestonesDoneOpenAndOverdueAndCallsWithinTheGrant() {
    PortfolioGenerator generator = new PortfolioGenerator(2021, 115, 30, TODAY);
    List<GeneratedData.Project> projects = demo(generator);
    List<GeneratedData.Milestone> milestones =
        projects.stream().flatMap(p -> p.milestones().stream()).toList();
    assertThat(milestones).anyMatch(m -> m.completedOn() != null);
    assertThat(milestones).anyMatch(m -> m.completedOn() == null && m.due().isBefore(TODAY));
    assertThat(milestones).anyMatch(m -> m.completedOn() == null && m.due().isAfter(TODAY));
    assertThat(projects.stream().mapToInt(p -> p.receipts().size()).sum()).isGreaterThan(2000);
    assertThat(projects).extracting(GeneratedData.Project::status).contains(ProjectStatus.values());

    for (int grant = 0; grant < 2; grant++) {
      GrantComponent component = generator.grants().get(grant).component();
      Money called =
          generator.calls().stream()
              .filter(call -> call.grant() == component)
              .map(GeneratedData.Call::requested)
              .collect(Money.sum());
      assertThat(called)
          .as("called of " + component)
          .isGreaterThan(Money.ZERO)
          .isLessThanOrEqualTo(generator.grants().get(grant).grant());
    }
    // every demo grant has payouts, paid after their call and before today
    assertThat(generator.calls())
        .filteredOn(call -> call.received().isGreaterThan(Money.ZERO))
        .extracting(GeneratedData.Call::grant)
        .contains(GrantComponent.A, GrantComponent.B);
    assertThat(generator.calls())
        .filteredOn(call -> call.received().isGreaterThan(Money.ZERO))
        .allMatch(call -> call.paidOn().isAfter(call.date()) && call.paidOn().isBefore(TODAY));
  }

  @Test
  void shouldStreamABenchmarkSizedPortfolioWithoutHoldingIt() {
    long[] counts = new long[2];
    List<WeakReference<GeneratedData.Project>> early = new ArrayList<>();
    boolean[] released = new boolean[1];
    new PortfolioGenerator(42, 10_000, 100, TODAY)
        .projects(
            project -> {
              counts[0]++;
              counts[1] += project.receipts().size();
              if (counts[0] <= 100) {
                early.add(new WeakReference<>(project));
              } else if (counts[0] == 5_000) {
                released[0] = collected(early);
              }
            });
    assertThat(counts[0]).isEqualTo(10_000);
    assertThat(counts[1]).isBetween(600_000L, 1_400_000L);
    // Halfway through, the first hundred projects (about 10,000 receipts) are garbage already: the
    // generator hands each project on and keeps none, so the loader's memory does not grow with
    // the portfolio's size.
    assertThat(released[0]).as("the first projects were released while generating").isTrue();
  }

  /** Whether a full collection clears every reference; a few tries, as System.gc is a request. */
  private static boolean collected(List<WeakReference<GeneratedData.Project>> references) {
    for (int attempt = 0; attempt < 5; attempt++) {
      System.gc();
      if (references.stream().allMatch(reference -> reference.get() == null)) {
        return true;
      }
    }
    return false;
  }
}
