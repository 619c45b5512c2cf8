package de.smartcity.portfolio.it;

import static org.assertj.core.api.Assertions.assertThat;

import de.smartcity.portfolio.application.DashboardService;
import de.smartcity.portfolio.application.ProjectService;
import de.smartcity.portfolio.domain.model.dashboard.Dashboard;
import de.smartcity.portfolio.domain.model.dashboard.Dashboard.GrantTile;
import de.smartcity.portfolio.domain.model.dashboard.Dashboard.HealthQuarter;
import de.smartcity.portfolio.domain.model.dashboard.Dashboard.PlanActual;
import de.smartcity.portfolio.domain.model.project.ProjectFilter;
import de.smartcity.portfolio.domain.model.project.ProjectSort;
import de.smartcity.portfolio.domain.shared.Quarter;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A dashboard's year bar, quarter bar and grant tile lead to the portfolio filtered by that year,
 * quarter or grant: the list there holds as many projects as the dashboard says, and as many as a
 * reader counts in the tables by hand (SQL of the test's own).
 */
@ExtendWith({ArquillianExtension.class, InServerAsEverything.class})
class PortfolioDrillDownIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.suite();
  }

  @Inject DashboardService dashboards;
  @Inject ProjectService projects;
  @Inject PersistenceProbe probe;

  @Test
  void shouldListAsManyProjectsForAYearAsTheYearsBarCounts() throws Exception {
    Dashboard dashboard = dashboards.dashboard();
    assertThat(dashboard.byYear()).as("the demo data plan several years").hasSizeGreaterThan(2);
    for (PlanActual bar : dashboard.byYear()) {
      int year = Integer.parseInt(bar.key());
      // A project is in year Y when it has an approved plan for Y (a line only proposed has
      // nothing approved: 0) or a receipt paid in Y: the two sources of the bar's plan and actual.
      long byHand =
          probe.number(
              "SELECT COUNT(*) FROM project p WHERE EXISTS (SELECT 1 FROM cost_plan_line l"
                  + " WHERE l.project_id = p.id AND l.planned > 0 AND l.plan_year = "
                  + year
                  + ") OR EXISTS (SELECT 1 FROM receipt r WHERE r.project_id = p.id"
                  + " AND r.payment_date >= DATE '"
                  + year
                  + "-01-01' AND r.payment_date < DATE '"
                  + (year + 1)
                  + "-01-01')");
      assertThat(listed(ProjectFilter.ALL.inYear(year)))
          .as("portfolio in %s", year)
          .isEqualTo(byHand);
      assertThat(dashboard.projectsByYear().get(bar.key()))
          .as("dashboard's projects in %s", year)
          .isEqualTo(byHand);
      if (bar.planned().amount().signum() > 0) {
        assertThat(byHand).as("a year with a plan has projects").isPositive();
      }
    }
  }

  @Test
  void shouldListAsManyProjectsForAQuarterAsReportedInIt() throws Exception {
    Dashboard dashboard = dashboards.dashboard();
    assertThat(dashboard.healthByQuarter()).isNotEmpty();
    for (HealthQuarter bar : dashboard.healthByQuarter()) {
      Quarter quarter = bar.quarter();
      long byHand =
          probe.number(
              "SELECT COUNT(DISTINCT project_id) FROM status_report WHERE report_date >= DATE '"
                  + quarter.firstDay()
                  + "' AND report_date < DATE '"
                  + quarter.next().firstDay()
                  + "'");
      assertThat(listed(ProjectFilter.ALL.inQuarter(quarter)))
          .as("portfolio in %s", quarter)
          .isEqualTo(byHand);
      assertThat(dashboard.projectsByQuarter().get(quarter))
          .as("dashboard's projects in %s", quarter)
          .isEqualTo(byHand);
      // Every project that reported gave at least one of the bar's reports, and no more of them.
      assertThat(byHand).isBetween(1L, bar.total());
    }
  }

  @Test
  void shouldListTheProjectsOfAGrantAsItsTileCounts() throws Exception {
    Dashboard dashboard = dashboards.dashboard();
    assertThat(dashboard.grants()).isNotEmpty();
    for (GrantTile tile : dashboard.grants()) {
      long byHand = probe.number("SELECT COUNT(*) FROM project WHERE grant_id = " + tile.id());
      assertThat(listed(ProjectFilter.ALL.fundedBy(tile.id()))).isEqualTo(byHand);
      assertThat(tile.projects()).isEqualTo(byHand);
    }
  }

  @Test
  void shouldCombineTheNewFiltersWithTheOthers() throws Exception {
    Dashboard dashboard = dashboards.dashboard();
    GrantTile grant = dashboard.grants().get(0);
    int year = Integer.parseInt(dashboard.byYear().get(0).key());
    ProjectFilter both = ProjectFilter.ALL.inYear(year).fundedBy(grant.id());

    assertThat(listed(both))
        .isEqualTo(
            probe.number(
                "SELECT COUNT(*) FROM project p WHERE p.grant_id = "
                    + grant.id()
                    + " AND (EXISTS (SELECT 1 FROM cost_plan_line l WHERE l.project_id = p.id"
                    + " AND l.planned > 0 AND l.plan_year = "
                    + year
                    + ") OR EXISTS (SELECT 1 FROM receipt r WHERE r.project_id = p.id"
                    + " AND r.payment_date >= DATE '"
                    + year
                    + "-01-01' AND r.payment_date < DATE '"
                    + (year + 1)
                    + "-01-01'))"));
  }

  private long listed(ProjectFilter filter) {
    return projects.searchProjects(filter, ProjectSort.CODE, true, 0, 25).total();
  }
}
