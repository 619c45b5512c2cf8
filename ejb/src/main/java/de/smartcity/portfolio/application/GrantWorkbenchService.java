package de.smartcity.portfolio.application;

import de.smartcity.portfolio.domain.model.funding.FinancingPlan;
import de.smartcity.portfolio.domain.model.funding.Grant;
import de.smartcity.portfolio.domain.model.funding.PlanAgainstProjects;
import de.smartcity.portfolio.domain.model.project.ProjectListing;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/**
 * One grant's whole record as finance keeps it: its terms, its notices with their financing plans,
 * and the projects it funds against the plan in force.
 */
public interface GrantWorkbenchService {

  /** The grant with its notices and their plans; empty when there is none with this id. */
  java.util.Optional<Grant> grant(long grantId);

  /** Registers a grant from its notice: the terms, and the first notice with its plan. */
  Grant register(
      @NotNull @Valid GrantTerms terms,
      @NotNull @Valid GrantDescription description,
      @NotNull @Valid NoticeInput firstNotice);

  /**
   * Corrects the terms; the approved grant (rate × eligible costs) must stay what the latest notice
   * set, since only a change notice changes it.
   */
  Grant changeTerms(
      long grantId,
      long version,
      @NotNull @Valid GrantTerms terms,
      @NotNull @Valid GrantDescription description);

  /** Enters a change notice with its plan; earlier notices stay as they were. */
  Grant enterChangeNotice(long grantId, long version, @NotNull @Valid NoticeInput notice);

  /** The financing plan in force on a day, if the grant's notices carry one. */
  java.util.Optional<FinancingPlan> planOn(long grantId, @NotNull LocalDate day);

  /** The projects the grant funds. */
  List<ProjectListing> projects(long grantId);

  /** Per cost category, the plan in force today beside the sum of the projects' cost plans. */
  List<PlanAgainstProjects> planAgainstProjects(long grantId);

  /** Makes the grant fund the project, instead of any grant before. */
  void assignProject(long grantId, long projectId);

  /** Ends the grant's funding of the project. */
  void removeProject(long grantId, long projectId);
}
