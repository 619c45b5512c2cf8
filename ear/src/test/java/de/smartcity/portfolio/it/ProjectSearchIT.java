package de.smartcity.portfolio.it;

import static org.assertj.core.api.Assertions.assertThat;

import de.smartcity.portfolio.application.ProjectService;
import de.smartcity.portfolio.domain.model.project.Health;
import de.smartcity.portfolio.domain.model.project.ProjectFilter;
import de.smartcity.portfolio.domain.model.project.ProjectListing;
import de.smartcity.portfolio.domain.model.project.ProjectPage;
import de.smartcity.portfolio.domain.model.project.ProjectSort;
import de.smartcity.portfolio.domain.model.project.ProjectStatus;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The portfolio list's search: what the database filters, sorts, pages and counts equals what a
 * reader finds by going through the whole demo portfolio by hand (in SQL of its own).
 */
@ExtendWith({ArquillianExtension.class, InServerAsEverything.class})
class ProjectSearchIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.suite();
  }

  @Inject ProjectService projects;
  @Inject PersistenceProbe probe;

  @Test
  void shouldCountAndPageTheWholePortfolioInCodeOrder() throws Exception {
    ProjectPage first = projects.searchProjects(ProjectFilter.ALL, ProjectSort.CODE, true, 0, 25);
    assertThat(first.total()).isEqualTo(probe.number("SELECT COUNT(*) FROM project"));
    assertThat(first.rows()).hasSize(25);

    List<ProjectListing> all = new ArrayList<>();
    for (int from = 0; from < first.total(); from += 25) {
      all.addAll(
          projects.searchProjects(ProjectFilter.ALL, ProjectSort.CODE, true, from, 25).rows());
    }
    assertThat(all).hasSize((int) first.total());
    assertThat(all).extracting(ProjectListing::code).isSorted().doesNotHaveDuplicates();
  }

  @Test
  void shouldFilterByEachCriterionAsTheDataSays() throws Exception {
    assertThat(count(filter("INF", null, null, null, null, null, false)))
        .isEqualTo(
            probe.number(
                "SELECT COUNT(*) FROM project p JOIN strategic_theme t ON t.id = p.theme_id"
                    + " WHERE t.code = 'INF'"));
    assertThat(count(filter(null, null, ProjectStatus.IN_PROGRESS, Health.RED, null, null, false)))
        .isEqualTo(
            probe.number(
                "SELECT COUNT(*) FROM project WHERE status = 'IN_PROGRESS' AND health = 'RED'"));
    assertThat(count(filter(null, "USB", null, null, null, null, false)))
        .as("led by USB or with USB as a partner")
        .isEqualTo(
            probe.number(
                "SELECT COUNT(*) FROM project p JOIN organisation o ON o.id = p.lead_organisation_id"
                    + " WHERE o.short_name = 'USB' OR p.id IN (SELECT pp.project_id FROM"
                    + " project_partner pp JOIN organisation po ON po.id = pp.organisation_id"
                    + " WHERE po.short_name = 'USB')"))
        .isPositive();
    assertThat(count(filter(null, null, null, null, "lorawan", null, false)))
        .as("free text, case-insensitive, in code, title or summary")
        .isEqualTo(
            probe.number(
                "SELECT COUNT(*) FROM project WHERE LOWER(code) LIKE '%lorawan%'"
                    + " OR LOWER(title) LIKE '%lorawan%' OR LOWER(summary) LIKE '%lorawan%'"))
        .isPositive();
    assertThat(count(filter(null, null, null, null, null, null, true)))
        .as("projects with an overdue milestone")
        .isEqualTo(
            probe.number(
                "SELECT COUNT(DISTINCT project_id) FROM milestone WHERE completed_on IS NULL"
                    + " AND due_date < CURRENT_DATE"))
        .isPositive();
    assertThat(count(filter(null, null, null, null, "100%_", null, false)))
        .as("wildcards in the search text are taken literally")
        .isZero();
  }

  @Test
  void shouldNarrowToTheCallersOwnProjectsAndToAManager() throws Exception {
    long anna = probe.number("SELECT id FROM person WHERE email = '" + As.PM_EMAIL + "'");
    long managedOrDeputised =
        probe.number(
            "SELECT COUNT(*) FROM project p WHERE p.project_manager_id = "
                + anna
                + " OR p.id IN (SELECT project_id FROM project_deputy WHERE person_id = "
                + anna
                + ")");
    ProjectFilter mine = new ProjectFilter(null, null, null, null, null, null, null, true, false);
    assertThat(count(mine)).isEqualTo(managedOrDeputised).isPositive();

    ProjectFilter managedByAnna =
        new ProjectFilter(null, null, null, null, null, anna, null, false, false);
    assertThat(count(managedByAnna))
        .isEqualTo(probe.number("SELECT COUNT(*) FROM project WHERE project_manager_id = " + anna));
  }

  @Test
  void shouldSortByAnyColumnBothWaysWithTheCodeBreakingTies() {
    List<ProjectListing> byEndDescending =
        projects.searchProjects(ProjectFilter.ALL, ProjectSort.END, false, 0, 1000).rows();
    assertThat(
            byEndDescending.stream().map(ProjectListing::endDate).filter(d -> d != null).toList())
        .isSortedAccordingTo(Comparator.reverseOrder());
    List<ProjectListing> byManager =
        projects.searchProjects(ProjectFilter.ALL, ProjectSort.MANAGER, true, 0, 1000).rows();
    List<ProjectListing> named = byManager.stream().filter(p -> p.managerName() != null).toList();
    for (int i = 1; i < named.size(); i++) {
      ProjectListing before = named.get(i - 1);
      ProjectListing after = named.get(i);
      if (before.managerName().equals(after.managerName())) {
        assertThat(before.code()).isLessThan(after.code());
      }
    }
  }

  private long count(ProjectFilter filter) {
    return projects.searchProjects(filter, ProjectSort.CODE, true, 0, 1).total();
  }

  private static ProjectFilter filter(
      String theme,
      String organisation,
      ProjectStatus status,
      Health health,
      String text,
      Long manager,
      boolean overdue) {
    return new ProjectFilter(
        theme, null, organisation, status, health, manager, text, false, overdue);
  }
}
