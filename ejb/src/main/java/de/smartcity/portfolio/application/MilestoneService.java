package de.smartcity.portfolio.application;

import de.smartcity.portfolio.domain.model.milestone.Milestone;
import de.smartcity.portfolio.domain.model.milestone.MilestoneState;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/** Plans, completes and lists a project's milestones. */
public interface MilestoneService {

  List<Milestone> milestones(long projectId);

  /** Whether the milestone is open, done or overdue today, in the city's time zone. */
  MilestoneState stateOf(Milestone milestone);

  Milestone addMilestone(long projectId, @NotNull @Valid MilestoneInput input);

  Milestone changeMilestone(long id, long version, @NotNull @Valid MilestoneInput input);

  /** Marks the milestone done on a day that is not in the future. */
  Milestone completeMilestone(long id, long version, @NotNull LocalDate completedOn);

  Milestone reopenMilestone(long id, long version);

  void deleteMilestone(long id, long version);
}
