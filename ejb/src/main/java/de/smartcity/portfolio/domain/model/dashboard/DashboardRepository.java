package de.smartcity.portfolio.domain.model.dashboard;

import de.smartcity.portfolio.domain.model.dashboard.Dashboard.Count;
import de.smartcity.portfolio.domain.model.dashboard.Dashboard.HealthQuarter;
import de.smartcity.portfolio.domain.model.dashboard.Dashboard.MilestoneLine;
import de.smartcity.portfolio.domain.model.dashboard.Dashboard.PlanActual;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Counts and sums across the portfolio for the dashboard, each one grouped query in the database;
 * no entity is loaded, so the figures stay quick with 10,000 projects and a million receipts.
 */
public interface DashboardRepository {

  /** Projects per status, only statuses that occur. */
  List<Count> projectsByStatus();

  /** Projects per health, only values that occur. */
  List<Count> projectsByHealth();

  /** Every theme in its order, with plan and receipts of its projects. */
  List<PlanActual> planActualByTheme();

  /** Every organisation that leads a project, with plan and receipts of the projects it leads. */
  List<PlanActual> planActualByLeadOrganisation();

  /** Open milestones due before {@code today}. */
  long overdueMilestones(LocalDate today);

  /** Projects with at least one open milestone due before {@code today}. */
  long projectsWithOverdueMilestones(LocalDate today);

  /** Status reports per quarter and health, in quarter order. */
  List<HealthQuarter> statusReportsByQuarter();

  /**
   * Open milestones due before {@code today}, latest first, and those due from {@code today} up to
   * {@code until}, earliest first; at most {@code limit} of each.
   *
   * @param themeCode only milestones of this theme's projects; all when empty
   */
  List<MilestoneLine> openMilestones(
      LocalDate today, LocalDate until, Optional<String> themeCode, int limit);
}
