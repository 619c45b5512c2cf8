package de.smartcity.portfolio.application;

import de.smartcity.portfolio.domain.model.project.Health;
import de.smartcity.portfolio.domain.model.project.Kpi;
import de.smartcity.portfolio.domain.model.project.KpiMeasurement;
import de.smartcity.portfolio.domain.model.project.Project;
import de.smartcity.portfolio.domain.model.project.ProjectFilter;
import de.smartcity.portfolio.domain.model.project.ProjectPage;
import de.smartcity.portfolio.domain.model.project.ProjectSort;
import de.smartcity.portfolio.domain.model.project.ProjectStatus;
import de.smartcity.portfolio.domain.model.project.ProjectSummary;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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

  /**
   * One page of the portfolio list, filtered, sorted and counted by the database; "mine" means the
   * projects the signed-in user manages or deputises for.
   */
  ProjectPage searchProjects(
      @NotNull ProjectFilter filter,
      @NotNull ProjectSort sort,
      boolean ascending,
      @Min(0) int first,
      @Min(1) @Max(1000) int max);

  /** The project with its organisations, people and KPIs loaded. */
  Optional<Project> loadProject(long id);

  /** Whether the signed-in user may keep this project current (its manager or a deputy). */
  boolean mayManage(long id);

  /**
   * Registers a new project.
   *
   * @throws de.smartcity.portfolio.domain.shared.BusinessRuleViolation when the code is taken or
   *     master data it names is unknown
   */
  Project registerProject(@NotNull @Valid NewProject project);

  /**
   * The office's registration from its form: like {@link #registerProject}, and it also refuses a
   * title another project already has (compared without regard to case), master data that is
   * retired, and starts the project with its first indicators. A project manager registers projects
   * they manage themselves.
   */
  Project register(@NotNull @Valid NewProject project, @NotNull List<@Valid Kpi> kpis);

  /**
   * The code a new project of the theme is offered: the theme's code and the next number after the
   * highest in use, two digits at least, such as {@code INF-16}.
   */
  String proposeCode(@NotNull String themeCode);

  Project describeProject(long id, long version, @NotNull @Valid ProjectFacts facts);

  Project changeStatus(long id, long version, @NotNull ProjectStatus status);

  Project assessHealth(long id, long version, @NotNull Health health, String reason);

  /**
   * Replaces the definitions of the project's key figures (an indicator keeps its measurements as
   * long as it keeps its key); the measurements of an indicator removed go with it.
   */
  Project replaceKpis(long id, long version, @NotNull List<@Valid Kpi> kpis);

  /** Every measurement of the project's key figures, oldest first per indicator. */
  List<KpiMeasurement> measurements(long projectId);

  /**
   * Adds a measurement to a key figure's history; no earlier one is changed. The project's managers
   * and administrators may.
   */
  KpiMeasurement recordMeasurement(
      long projectId, int kpiKey, @NotNull @Valid NewMeasurement entry);
}
