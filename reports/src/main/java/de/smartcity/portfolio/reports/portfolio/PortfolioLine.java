package de.smartcity.portfolio.reports.portfolio;

import de.smartcity.portfolio.reports.common.Amounts;
import de.smartcity.portfolio.reports.common.Health;
import de.smartcity.portfolio.reports.common.ProjectStatus;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One project as the council's portfolio report shows it.
 *
 * @param planned the project's planned budget
 * @param actual what it has spent so far
 */
public record PortfolioLine(
    String code,
    String title,
    ProjectStatus status,
    Health health,
    String leadOrganisation,
    BigDecimal planned,
    BigDecimal actual) {

  public PortfolioLine {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(health, "health");
    Objects.requireNonNull(leadOrganisation, "leadOrganisation");
    planned = Amounts.requireCents(planned, "planned");
    actual = Amounts.requireCents(actual, "actual");
  }
}
