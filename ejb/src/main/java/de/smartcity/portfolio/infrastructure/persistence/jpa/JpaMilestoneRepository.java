package de.smartcity.portfolio.infrastructure.persistence.jpa;

import de.smartcity.portfolio.domain.model.milestone.Milestone;
import de.smartcity.portfolio.domain.model.milestone.MilestoneRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaMilestoneRepository extends JpaRepository implements MilestoneRepository {

  @Override
  public List<Milestone> findByProject(long projectId) {
    return list(
        "SELECT m FROM Milestone m WHERE m.project.id = :project ORDER BY m.dueDate, m.id",
        Milestone.class,
        "project",
        projectId);
  }

  @Override
  public Optional<Milestone> find(long id) {
    return find(Milestone.class, id);
  }

  @Override
  public void store(Milestone milestone) {
    persist(milestone);
  }

  @Override
  public void remove(Milestone milestone) {
    entityManager.remove(milestone);
  }
}
