package de.smartcity.portfolio.application.internal;

import de.smartcity.portfolio.application.NewMeasurement;
import de.smartcity.portfolio.application.NewProject;
import de.smartcity.portfolio.application.ProjectFacts;
import de.smartcity.portfolio.application.ProjectService;
import de.smartcity.portfolio.domain.model.organisation.Organisation;
import de.smartcity.portfolio.domain.model.organisation.Person;
import de.smartcity.portfolio.domain.model.project.Health;
import de.smartcity.portfolio.domain.model.project.Kpi;
import de.smartcity.portfolio.domain.model.project.KpiMeasurement;
import de.smartcity.portfolio.domain.model.project.KpiMeasurementRepository;
import de.smartcity.portfolio.domain.model.project.Project;
import de.smartcity.portfolio.domain.model.project.ProjectCode;
import de.smartcity.portfolio.domain.model.project.ProjectFilter;
import de.smartcity.portfolio.domain.model.project.ProjectPage;
import de.smartcity.portfolio.domain.model.project.ProjectRepository;
import de.smartcity.portfolio.domain.model.project.ProjectSort;
import de.smartcity.portfolio.domain.model.project.ProjectStatus;
import de.smartcity.portfolio.domain.model.project.ProjectSummary;
import de.smartcity.portfolio.domain.model.theme.FieldOfAction;
import de.smartcity.portfolio.domain.model.user.Role;
import de.smartcity.portfolio.domain.model.user.UserAccount;
import de.smartcity.portfolio.domain.shared.BusinessRuleViolation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@Stateless
@RolesAllowed({Role.PROJECT_MANAGER_NAME, Role.FINANCE_NAME, Role.COUNCIL_NAME, Role.ADMIN_NAME})
@Interceptors({ParameterValidation.class, PersistenceConflicts.class, ServiceMethod.class})
public class DefaultProjectService implements ProjectService {

  @Inject private ProjectRepository projects;
  @Inject private ProjectFunding projectFunding;
  @Inject private References references;
  @Inject private Caller caller;
  @Inject private ProjectOwnership ownership;
  @Inject private Clock clock;
  @Inject private KpiMeasurementRepository measurements;

  @Override
  public List<ProjectSummary> listProjects() {
    return projects.findAllSummaries();
  }

  @Override
  public Optional<ProjectSummary> findProject(String code) {
    return projects.findByCode(ProjectCode.normalise(code)).map(DefaultProjectService::summarise);
  }

  @Override
  public ProjectPage searchProjects(
      ProjectFilter filter, ProjectSort sort, boolean ascending, int first, int max) {
    Long me =
        filter.mine()
            ? caller.account().flatMap(UserAccount::getPerson).map(Person::getId).orElse(null)
            : null;
    return projects.search(filter, me, LocalDate.now(clock), sort, ascending, first, max);
  }

  @Override
  public Optional<Project> loadProject(long id) {
    Optional<Project> project = projects.find(id);
    project.ifPresent(DefaultProjectService::loadForDisplay);
    return project;
  }

  @Override
  public boolean mayManage(long id) {
    return projects.find(id).map(caller::manages).orElse(false);
  }

  @Override
  @RolesAllowed({Role.PROJECT_MANAGER_NAME, Role.ADMIN_NAME})
  public Project registerProject(NewProject request) {
    return registerChecked(request);
  }

  @Override
  @RolesAllowed({Role.PROJECT_MANAGER_NAME, Role.ADMIN_NAME})
  public Project register(NewProject request, List<Kpi> kpis) {
    ProjectFacts facts = request.facts();
    if (projects.existsByTitle(facts.title())) {
      throw new BusinessRuleViolation("project.title.taken", "title", facts.title().strip());
    }
    requireCurrent(facts);
    Project project = registerChecked(request);
    project.replaceKpis(kpis);
    return project;
  }

  @Override
  public String proposeCode(String themeCode) {
    String prefix = references.theme(themeCode).getCode() + "-";
    int highest = 0;
    for (String code : projects.codesStartingWith(prefix)) {
      String rest = code.substring(prefix.length());
      if (rest.matches("[0-9]{1,6}")) {
        highest = Math.max(highest, Integer.parseInt(rest));
      }
    }
    return prefix + String.format(java.util.Locale.ROOT, "%02d", highest + 1);
  }

  /**
   * A new project names only master data that may still be chosen: a retired organisation, field or
   * person stays on old projects but is given to no new one.
   */
  private void requireCurrent(ProjectFacts facts) {
    Organisation lead = references.organisation(facts.leadOrganisation(), "leadOrganisation");
    refuseRetired(lead.isRetired(), "leadOrganisation", lead.getName());
    for (Organisation partner :
        references.organisations(facts.partnerOrganisations(), "partners")) {
      refuseRetired(partner.isRetired(), "partners", partner.getName());
    }
    FieldOfAction field = references.fieldOrNone(facts.fieldOfActionCode());
    if (field != null) {
      refuseRetired(field.isRetired(), "fieldOfAction", field.getName());
    }
    Person manager = references.personOrNone(facts.projectManagerEmail(), "projectManager");
    if (manager != null) {
      refuseRetired(manager.isRetired(), "projectManager", manager.getName());
    }
    for (Person deputy : references.people(facts.deputyEmails(), "deputies")) {
      refuseRetired(deputy.isRetired(), "deputies", deputy.getName());
    }
  }

  private static void refuseRetired(boolean retired, String field, String name) {
    if (retired) {
      throw new BusinessRuleViolation("masterdata.retired", field, name);
    }
  }

  /**
   * The code must be free, and a caller who is only a project manager registers a project they
   * manage: they can neither hand it to another manager nor leave it without one.
   */
  private Project registerChecked(NewProject request) {
    String code = ProjectCode.normalise(request.code());
    if (projects.existsByCode(code)) {
      throw new BusinessRuleViolation("project.code.taken", "code", code);
    }
    ProjectFacts facts = request.facts();
    if (!caller.isInRole(Role.ADMIN)) {
      Person me = caller.account().flatMap(UserAccount::getPerson).orElse(null);
      if (me == null || !me.getEmail().equals(Person.normaliseEmail(facts.projectManagerEmail()))) {
        throw new BusinessRuleViolation("project.manager.self", "projectManager");
      }
    }
    Project project =
        new Project(
            code,
            facts.title(),
            references.theme(facts.themeCode()),
            references.organisation(facts.leadOrganisation(), "leadOrganisation"),
            request.status());
    apply(project, facts);
    projects.store(project);
    return project;
  }

  @Override
  @RolesAllowed({Role.PROJECT_MANAGER_NAME, Role.ADMIN_NAME})
  public Project describeProject(long id, long version, ProjectFacts facts) {
    Project project = current(id, version);
    ownership.check(project);
    apply(project, facts);
    return project;
  }

  @Override
  @RolesAllowed(Role.PROJECT_MANAGER_NAME)
  public Project changeStatus(long id, long version, ProjectStatus status) {
    Project project = current(id, version);
    ownership.check(project);
    project.changeStatus(status);
    return project;
  }

  @Override
  @RolesAllowed(Role.PROJECT_MANAGER_NAME)
  public Project assessHealth(long id, long version, Health health, String reason) {
    Project project = current(id, version);
    ownership.check(project);
    project.assessHealth(health, reason);
    return project;
  }

  @Override
  @RolesAllowed(Role.PROJECT_MANAGER_NAME)
  public Project replaceKpis(long id, long version, List<Kpi> kpis) {
    Project project = current(id, version);
    ownership.check(project);
    measurements.removeAllBut(id, project.replaceKpis(kpis));
    return project;
  }

  @Override
  public List<KpiMeasurement> measurements(long projectId) {
    return measurements.findByProject(projectId);
  }

  @Override
  @RolesAllowed({Role.PROJECT_MANAGER_NAME, Role.ADMIN_NAME})
  public KpiMeasurement recordMeasurement(long projectId, int kpiKey, NewMeasurement entry) {
    Project project = references.project(projectId);
    ownership.check(project);
    KpiMeasurement measurement =
        project.measure(
            kpiKey,
            entry.measuredOn(),
            entry.value(),
            entry.note(),
            LocalDate.now(clock),
            clock.instant(),
            caller.name());
    measurements.store(measurement);
    return measurement;
  }

  private Project current(long id, long version) {
    return References.current(projects.find(id), id, version);
  }

  private void apply(Project project, ProjectFacts facts) {
    project.describe(
        facts.title(),
        facts.summary(),
        references.organisation(facts.leadOrganisation(), "leadOrganisation"));
    project.classify(
        references.theme(facts.themeCode()), references.fieldOrNone(facts.fieldOfActionCode()));
    project.partnerWith(references.organisations(facts.partnerOrganisations(), "partners"));
    project.staff(
        references.personOrNone(facts.projectManagerEmail(), "projectManager"),
        references.people(facts.deputyEmails(), "deputies"));
    project.schedule(facts.startDate(), facts.endDate());
    projectFunding.fund(project, references.grantOrNone(facts.grantReference()), "grant");
  }

  private static void loadForDisplay(Project project) {
    project.getTheme().getName();
    project.getFieldOfAction().ifPresent(field -> field.getName());
    project.getLeadOrganisation().getName();
    project.getPartners().size();
    project.getProjectManager().ifPresent(manager -> manager.getName());
    project.getDeputies().size();
    project.getKpis().size();
    project.getGrant().ifPresent(grant -> grant.getReference());
  }

  private static ProjectSummary summarise(Project project) {
    return new ProjectSummary(
        project.getId(),
        project.getCode(),
        project.getTitle(),
        project.getTheme().getName(),
        project.getLeadOrganisation().getName(),
        project.getStatus(),
        project.getHealth());
  }
}
