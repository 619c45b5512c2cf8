package de.smartcity.portfolio.reports.projectsheet;

import java.time.LocalDate;
import java.util.Objects;

/**
 * @param achievedOn when it was reached; null while it is open
 */
public record Milestone(String title, LocalDate due, LocalDate achievedOn) {

  public Milestone {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(due, "due");
  }
}
