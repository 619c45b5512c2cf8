package de.smartcity.portfolio.application;

import de.smartcity.portfolio.domain.model.project.Health;
import de.smartcity.portfolio.domain.model.project.Kpi;
import de.smartcity.portfolio.domain.model.project.Project;
import de.smartcity.portfolio.domain.model.project.ProjectStatus;
import de.smartcity.portfolio.domain.model.project.ProjectSummary;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;

/**
 * Lists, registers and keeps current the projects of the portfolio. Every change names the version
 * of the project the user saw; a change made on an older version is refused.
 */
public interface ProjectService {

  /** All projects, ordered by code. */
  List<ProjectSummary> listProjects();

  Optional<ProjectSummary> findProject(String code);

  /** The project with its organisations, people and KPIs loaded. */
  Optional<Project> loadProject(long id);

  /**
   * Registers a new project.
   *
   * @throws de.smartcity.portfolio.domain.shared.BusinessRuleViolation when the code is taken or
   *     master data it names is unknown
   */
  Project registerProject(@NotNull @Valid NewProject project);

  Project describeProject(long id, long version, @NotNull @Valid ProjectFacts facts);

  Project changeStatus(long id, long version, @NotNull ProjectStatus status);

  Project assessHealth(long id, long version, @NotNull Health health, String reason);

  Project replaceKpis(long id, long version, @NotNull List<@Valid Kpi> kpis);
}
