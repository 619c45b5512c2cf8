package de.smartcity.portfolio.domain.model.project;

import java.util.List;
import java.util.Optional;

/** Where projects are kept. */
public interface ProjectRepository {

  List<ProjectSummary> findAllSummaries();

  /** The reference of the grant that funds each funded project, by project id. */
  java.util.Map<Long, String> grantReferences();

  /**
   * One page of the projects that match, sorted and counted by the database.
   *
   * @param filter what to narrow to
   * @param mineAs the person whose projects {@code filter.mine()} means; with none, nothing matches
   * @param today the day against which milestones are overdue
   */
  ProjectPage search(
      ProjectFilter filter,
      Long mineAs,
      java.time.LocalDate today,
      ProjectSort sort,
      boolean ascending,
      int first,
      int max);

  /**
   * How many projects match, the figure {@link #search} reports as its total; "mine" matches
   * nothing here.
   */
  long count(ProjectFilter filter, java.time.LocalDate today);

  Optional<Project> find(long id);

  /** The projects with these ids, with their grants, in one query; unknown ids are left out. */
  List<Project> findAll(java.util.Collection<Long> ids);

  Optional<Project> findByCode(String code);

  boolean existsByCode(String code);

  /** Whether a project already has this title, compared without regard to case and spaces. */
  boolean existsByTitle(String title);

  /** The codes that begin with the prefix, such as {@code INF-}, for proposing the next one. */
  List<String> codesStartingWith(String prefix);

  /** The projects classified in the field of action. */
  List<Project> findByFieldOfAction(String fieldCode);

  long count();

  void store(Project project);

  void store(ProjectImport projectImport);

  /** The latest imports of project lists, newest first. */
  List<ProjectImport> latestImports(int max);
}
