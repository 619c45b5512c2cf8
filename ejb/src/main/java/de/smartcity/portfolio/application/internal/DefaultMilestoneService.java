package de.smartcity.portfolio.application.internal;

import de.smartcity.portfolio.application.MilestoneInput;
import de.smartcity.portfolio.application.MilestoneService;
import de.smartcity.portfolio.domain.model.milestone.Milestone;
import de.smartcity.portfolio.domain.model.milestone.MilestoneRepository;
import de.smartcity.portfolio.domain.model.milestone.MilestoneState;
import de.smartcity.portfolio.domain.model.project.Project;
import de.smartcity.portfolio.domain.model.user.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

@Stateless
@RolesAllowed({Role.PROJECT_MANAGER_NAME, Role.FINANCE_NAME, Role.COUNCIL_NAME, Role.ADMIN_NAME})
@Interceptors({ParameterValidation.class, PersistenceConflicts.class, ServiceMethod.class})
public class DefaultMilestoneService implements MilestoneService {

  @Inject private MilestoneRepository milestones;
  @Inject private References references;
  @Inject private ProjectOwnership ownership;
  @Inject private Clock clock;

  @Override
  public List<Milestone> milestones(long projectId) {
    return milestones.findByProject(projectId);
  }

  @Override
  public MilestoneState stateOf(Milestone milestone) {
    return milestone.stateOn(LocalDate.now(clock));
  }

  @Override
  @RolesAllowed(Role.PROJECT_MANAGER_NAME)
  public Milestone addMilestone(long projectId, MilestoneInput input) {
    Project project = references.project(projectId);
    ownership.check(project);
    Milestone milestone = new Milestone(project, input.title(), input.dueDate());
    milestones.store(milestone);
    return milestone;
  }

  @Override
  @RolesAllowed(Role.PROJECT_MANAGER_NAME)
  public Milestone changeMilestone(long id, long version, MilestoneInput input) {
    Milestone milestone = current(id, version);
    milestone.reschedule(input.title(), input.dueDate());
    return milestone;
  }

  @Override
  @RolesAllowed(Role.PROJECT_MANAGER_NAME)
  public Milestone completeMilestone(long id, long version, LocalDate completedOn) {
    Milestone milestone = current(id, version);
    milestone.complete(completedOn, LocalDate.now(clock));
    return milestone;
  }

  @Override
  @RolesAllowed(Role.PROJECT_MANAGER_NAME)
  public Milestone reopenMilestone(long id, long version) {
    Milestone milestone = current(id, version);
    milestone.reopen();
    return milestone;
  }

  @Override
  @RolesAllowed(Role.PROJECT_MANAGER_NAME)
  public void deleteMilestone(long id, long version) {
    milestones.remove(current(id, version));
  }

  private Milestone current(long id, long version) {
    Milestone milestone = References.current(milestones.find(id), id, version);
    ownership.check(milestone.getProject());
    return milestone;
  }
}
