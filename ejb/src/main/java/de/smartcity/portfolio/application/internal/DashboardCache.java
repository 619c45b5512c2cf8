package de.smartcity.portfolio.application.internal;

import de.smartcity.portfolio.application.KeptUntilChange;
import de.smartcity.portfolio.domain.model.dashboard.Dashboard;
import de.smartcity.portfolio.domain.model.dashboard.Dashboard.MilestoneLine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * Keeps the dashboard's figures and its timeline until the data behind them changes: every reader
 * gets the same figures at once until a record is written on this server, the day changes, or the
 * figures are older than {@code smartcity.dashboard.cache.seconds} (for changes made by another
 * server or directly in the database).
 */
@ApplicationScoped
class DashboardCache {

  @Inject private KeptUntilChange<LocalDate, Dashboard> kept;
  @Inject private KeptUntilChange<LocalDate, List<MilestoneLine>> timeline;

  Dashboard dashboard(LocalDate today, Supplier<Dashboard> compute) {
    return kept.get(today, compute);
  }

  /** The timeline of every theme's open milestones, which the dashboard shows unless filtered. */
  List<MilestoneLine> timeline(LocalDate today, Supplier<List<MilestoneLine>> compute) {
    return timeline.get(today, compute);
  }
}
