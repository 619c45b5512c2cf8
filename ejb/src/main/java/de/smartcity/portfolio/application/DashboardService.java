package de.smartcity.portfolio.application;

import de.smartcity.portfolio.domain.model.dashboard.Dashboard;
import de.smartcity.portfolio.domain.model.dashboard.Dashboard.MilestoneLine;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Locale;

/** The programme at a glance, for everyone signed in; the council reads it before committees. */
public interface DashboardService {

  /** Every figure of the dashboard as of today. */
  Dashboard dashboard();

  /**
   * Open milestones that are overdue (latest first) or due within the next {@link #upcomingDays()}
   * days (earliest first), at most {@link #MILESTONES_PER_KIND} of each.
   *
   * @param themeCode only those of this theme's projects; all when null or blank
   */
  List<MilestoneLine> milestones(String themeCode);

  /**
   * How far ahead the milestone list looks, in days (setting {@code
   * smartcity.dashboard.upcoming.days}).
   */
  int upcomingDays();

  /** The dashboard as a PDF handout for a council session. */
  Download handout(@NotNull Locale locale);

  /** How many overdue and how many upcoming milestones the list holds at most. */
  int MILESTONES_PER_KIND = 100;
}
