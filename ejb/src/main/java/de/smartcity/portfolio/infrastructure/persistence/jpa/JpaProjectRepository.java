package de.smartcity.portfolio.infrastructure.persistence.jpa;

import de.smartcity.portfolio.domain.model.project.Project;
import de.smartcity.portfolio.domain.model.project.ProjectRepository;
import de.smartcity.portfolio.domain.model.project.ProjectSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaProjectRepository implements ProjectRepository {

  @PersistenceContext(unitName = "smartcity")
  private EntityManager entityManager;

  @Override
  public List<ProjectSummary> findAllSummaries() {
    return entityManager
        .createQuery(
            "SELECT NEW de.smartcity.portfolio.domain.model.project.ProjectSummary("
                + "p.id, p.code, p.title, t.name, o.name, p.status) "
                + "FROM Project p JOIN p.theme t JOIN p.leadOrganisation o ORDER BY p.code",
            ProjectSummary.class)
        .getResultList();
  }

  @Override
  public Optional<Project> findByCode(String code) {
    return entityManager
        .createQuery("SELECT p FROM Project p WHERE p.code = :code", Project.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  @Override
  public boolean existsByCode(String code) {
    return entityManager
            .createQuery("SELECT COUNT(p) FROM Project p WHERE p.code = :code", Long.class)
            .setParameter("code", code)
            .getSingleResult()
        > 0;
  }

  @Override
  public long count() {
    return entityManager
        .createQuery("SELECT COUNT(p) FROM Project p", Long.class)
        .getSingleResult();
  }

  @Override
  public void store(Project project) {
    entityManager.persist(project);
  }
}
