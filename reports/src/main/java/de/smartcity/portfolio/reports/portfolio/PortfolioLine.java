package de.smartcity.portfolio.reports.portfolio;

import static de.smartcity.portfolio.reports.common.Texts.orEmpty;

import de.smartcity.portfolio.reports.common.Amounts;
import de.smartcity.portfolio.reports.common.Health;
import de.smartcity.portfolio.reports.common.ProjectStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One project as the council's portfolio report shows it.
 *
 * @param manager the project manager's name; empty when none is named
 * @param start the planned start; null while open
 * @param end the planned end; null while open
 * @param grant the reference of the grant that funds it; empty when none does
 * @param planned the project's planned budget
 * @param actual what it has spent so far
 * @param remaining planned less actual
 */
public record PortfolioLine(
    String code,
    String title,
    ProjectStatus status,
    Health health,
    String leadOrganisation,
    String manager,
    LocalDate start,
    LocalDate end,
    String grant,
    BigDecimal planned,
    BigDecimal actual,
    BigDecimal remaining) {

  public PortfolioLine {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(health, "health");
    Objects.requireNonNull(leadOrganisation, "leadOrganisation");
    manager = orEmpty(manager);
    grant = orEmpty(grant);
    planned = Amounts.requireCents(planned, "planned");
    actual = Amounts.requireCents(actual, "actual");
    remaining = Amounts.requireCents(remaining, "remaining");
    Amounts.requireEqual(remaining, planned.subtract(actual), "The remaining budget of " + code);
  }
}
