package de.smartcity.portfolio.it;

import de.smartcity.portfolio.infrastructure.time.CityClock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The day as the application sees it: Bochum's, not the test machine's. Between 22:00 and 24:00 UTC
 * Bochum already has the next day, so a test that used the machine's day would expect yesterday's
 * file names and dates.
 */
final class CityDay {

  /** The application's own city time zone, so that tests and application cannot disagree. */
  static final ZoneId ZONE = CityClock.ZONE;

  private CityDay() {}

  static LocalDate today() {
    return LocalDate.now(ZONE);
  }
}
