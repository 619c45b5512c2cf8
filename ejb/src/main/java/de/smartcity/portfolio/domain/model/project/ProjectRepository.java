package de.smartcity.portfolio.domain.model.project;

import java.util.List;
import java.util.Optional;

/** Where projects are kept. */
public interface ProjectRepository {

  List<ProjectSummary> findAllSummaries();

  Optional<Project> find(long id);

  Optional<Project> findByCode(String code);

  boolean existsByCode(String code);

  long count();

  void store(Project project);
}
