package de.smartcity.portfolio.infrastructure.persistence.changes;

import de.smartcity.portfolio.application.KeptUntilChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hands every bean that keeps a value computed from the database its own {@link KeptUntilChange},
 * all with the same maximum age {@code smartcity.dashboard.cache.seconds} ({@code
 * SMARTCITY_DASHBOARD_CACHE_SECONDS}): how long a change that another server or a database tool
 * made may stay unseen.
 */
@ApplicationScoped
public class KeptValues {

  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "smartcity.dashboard.cache.seconds", defaultValue = "60")
  long maxAgeSeconds;

  @Produces
  @Dependent
  <K, V> KeptUntilChange<K, V> keptUntilChange() {
    return new KeptUntilChange<>(
        clock, Duration.ofSeconds(maxAgeSeconds), CommittedChanges::generation);
  }
}
