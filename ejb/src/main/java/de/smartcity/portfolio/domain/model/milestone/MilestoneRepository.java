package de.smartcity.portfolio.domain.model.milestone;

import java.util.List;
import java.util.Optional;

/** Where milestones are kept. */
public interface MilestoneRepository {

  List<Milestone> findByProject(long projectId);

  Optional<Milestone> find(long id);

  void store(Milestone milestone);

  void remove(Milestone milestone);
}
