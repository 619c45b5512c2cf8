package de.smartcity.portfolio.application.internal;

import de.smartcity.portfolio.domain.model.dashboard.Dashboard;
import de.smartcity.portfolio.infrastructure.persistence.changes.CommittedChanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps the dashboard's figures until the data behind them changes: every reader gets the same
 * figures at once until a record is written on this server, the day changes, or the figures are
 * older than {@code smartcity.dashboard.cache.seconds} (for changes made by another server or
 * directly in the database). Then the first reader computes them anew and the others wait for that
 * one computation instead of starting their own.
 */
@ApplicationScoped
class DashboardCache {

  private record Kept(long generation, LocalDate day, Instant computedAt, Dashboard dashboard) {}

  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "smartcity.dashboard.cache.seconds", defaultValue = "60")
  long maxAgeSeconds;

  private final Object computing = new Object();
  private volatile Kept kept;

  Dashboard dashboard(LocalDate today, Supplier<Dashboard> compute) {
    Kept current = kept;
    if (isCurrent(current, today)) {
      return current.dashboard();
    }
    synchronized (computing) {
      current = kept;
      if (isCurrent(current, today)) {
        return current.dashboard();
      }
      long generation = CommittedChanges.generation();
      Instant started = clock.instant();
      Dashboard dashboard = compute.get();
      kept = new Kept(generation, today, started, dashboard);
      return dashboard;
    }
  }

  private boolean isCurrent(Kept current, LocalDate today) {
    return current != null
        && current.generation() == CommittedChanges.generation()
        && current.day().equals(today)
        && Duration.between(current.computedAt(), clock.instant()).getSeconds() < maxAgeSeconds;
  }
}
