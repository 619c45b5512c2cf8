package de.smartcity.portfolio.it;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The day as the application sees it: Bochum's, not the test machine's. Between 22:00 and 24:00 UTC
 * Bochum already has the next day, so a test that used the machine's day would expect yesterday's
 * file names and dates.
 */
final class CityDay {

  static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

  private CityDay() {}

  static LocalDate today() {
    return LocalDate.now(ZONE);
  }
}
