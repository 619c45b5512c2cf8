package de.smartcity.portfolio.reports.portfolio;

import de.smartcity.portfolio.reports.common.Amounts;
import de.smartcity.portfolio.reports.common.Health;
import de.smartcity.portfolio.reports.common.ProjectStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One project of the portfolio's list as the page shows it; names that a project lacks are empty,
 * dates it lacks are null.
 */
public record ProjectListRow(
    String code,
    String title,
    String theme,
    String field,
    String organisation,
    String manager,
    ProjectStatus status,
    Health health,
    LocalDate start,
    LocalDate end,
    String grant,
    BigDecimal planned,
    BigDecimal spent,
    BigDecimal remaining) {

  public ProjectListRow {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(health, "health");
    title = Objects.requireNonNullElse(title, "");
    theme = Objects.requireNonNullElse(theme, "");
    field = Objects.requireNonNullElse(field, "");
    organisation = Objects.requireNonNullElse(organisation, "");
    manager = Objects.requireNonNullElse(manager, "");
    grant = Objects.requireNonNullElse(grant, "");
    planned = Amounts.requireCents(planned, "planned");
    spent = Amounts.requireCents(spent, "spent");
    remaining = Amounts.requireCents(remaining, "remaining");
    Amounts.requireEqual(remaining, planned.subtract(spent), "The remaining budget of " + code);
  }
}
