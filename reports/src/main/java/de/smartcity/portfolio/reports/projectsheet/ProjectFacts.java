package de.smartcity.portfolio.reports.projectsheet;

import static de.smartcity.portfolio.reports.common.Texts.orEmpty;

import de.smartcity.portfolio.reports.common.Health;
import de.smartcity.portfolio.reports.common.ProjectStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What identifies a project and who runs it.
 *
 * @param description what the project does, as its summary says; empty when none is written
 * @param partners partner organisations besides the lead, in the order to print
 * @param deputies the project manager's deputies, in the order to print
 * @param healthReason the project manager's reason for the traffic light
 * @param end the planned end; null while open
 */
public record ProjectFacts(
    String code,
    String title,
    String description,
    String theme,
    String fieldOfAction,
    String leadOrganisation,
    List<String> partners,
    String projectManager,
    List<String> deputies,
    ProjectStatus status,
    Health health,
    String healthReason,
    LocalDate start,
    LocalDate end) {

  public ProjectFacts {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(title, "title");
    description = orEmpty(description);
    theme = orEmpty(theme);
    fieldOfAction = orEmpty(fieldOfAction);
    leadOrganisation = orEmpty(leadOrganisation);
    partners = List.copyOf(partners);
    projectManager = orEmpty(projectManager);
    deputies = List.copyOf(deputies);
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(health, "health");
    healthReason = orEmpty(healthReason);
  }
}
