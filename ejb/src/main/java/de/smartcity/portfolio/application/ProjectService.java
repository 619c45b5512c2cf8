package de.smartcity.portfolio.application;

import de.smartcity.portfolio.domain.model.project.Project;
import de.smartcity.portfolio.domain.model.project.ProjectSummary;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;

/** Lists and registers the projects of the portfolio. */
public interface ProjectService {

  /** All projects, ordered by code. */
  List<ProjectSummary> listProjects();

  Optional<ProjectSummary> findProject(String code);

  /**
   * Registers a new project.
   *
   * @throws de.smartcity.portfolio.domain.shared.BusinessRuleViolation when the code is taken or
   *     the theme or organisation is unknown
   */
  Project registerProject(@NotNull @Valid NewProject project);
}
