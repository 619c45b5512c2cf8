package de.smartcity.portfolio.infrastructure.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The one clock of the application, in the city's time zone: "today" for overdue milestones and
 * deadlines is Bochum's today, whatever zone the server runs in. Code that needs today or now, in
 * ejb and in web, injects the {@link Clock} it produces, and takes the zone from it ({@code
 * clock.getZone()}); {@link #ZONE} is the one place the zone is named.
 */
@ApplicationScoped
public class CityClock {

  public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

  @Produces
  @ApplicationScoped
  Clock clock() {
    return Clock.system(ZONE);
  }
}
