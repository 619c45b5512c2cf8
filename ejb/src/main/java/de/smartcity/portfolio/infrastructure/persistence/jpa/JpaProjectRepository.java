package de.smartcity.portfolio.infrastructure.persistence.jpa;

import de.smartcity.portfolio.domain.model.project.Project;
import de.smartcity.portfolio.domain.model.project.ProjectRepository;
import de.smartcity.portfolio.domain.model.project.ProjectSummary;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaProjectRepository extends JpaRepository implements ProjectRepository {

  @Override
  public List<ProjectSummary> findAllSummaries() {
    return list(
        "SELECT NEW de.smartcity.portfolio.domain.model.project.ProjectSummary("
            + "p.id, p.code, p.title, t.name, o.name, p.status, p.health) "
            + "FROM Project p JOIN p.theme t JOIN p.leadOrganisation o ORDER BY p.code",
        ProjectSummary.class);
  }

  @Override
  public Optional<Project> find(long id) {
    return find(Project.class, id);
  }

  @Override
  public Optional<Project> findByCode(String code) {
    return first("SELECT p FROM Project p WHERE p.code = :code", Project.class, "code", code);
  }

  @Override
  public boolean existsByCode(String code) {
    return query("SELECT COUNT(p) FROM Project p WHERE p.code = :code", Long.class, "code", code)
            .getSingleResult()
        > 0;
  }

  @Override
  public long count() {
    return query("SELECT COUNT(p) FROM Project p", Long.class).getSingleResult();
  }

  @Override
  public void store(Project project) {
    persist(project);
  }
}
