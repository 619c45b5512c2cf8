package de.smartcity.portfolio.application.internal;

import de.smartcity.portfolio.application.NewProject;
import de.smartcity.portfolio.application.ProjectService;
import de.smartcity.portfolio.domain.model.organisation.Organisation;
import de.smartcity.portfolio.domain.model.organisation.OrganisationRepository;
import de.smartcity.portfolio.domain.model.project.Project;
import de.smartcity.portfolio.domain.model.project.ProjectRepository;
import de.smartcity.portfolio.domain.model.project.ProjectSummary;
import de.smartcity.portfolio.domain.model.theme.StrategicTheme;
import de.smartcity.portfolio.domain.model.theme.StrategicThemeRepository;
import de.smartcity.portfolio.domain.shared.BusinessRuleViolation;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

@Stateless
public class DefaultProjectService implements ProjectService {

  @Inject private ProjectRepository projects;
  @Inject private StrategicThemeRepository themes;
  @Inject private OrganisationRepository organisations;

  @Override
  public List<ProjectSummary> listProjects() {
    return projects.findAllSummaries();
  }

  @Override
  public Optional<ProjectSummary> findProject(String code) {
    return projects.findByCode(code).map(DefaultProjectService::summarise);
  }

  @Override
  public Project registerProject(NewProject request) {
    if (projects.existsByCode(request.code())) {
      throw new BusinessRuleViolation("project.code.taken", "code", request.code());
    }
    StrategicTheme theme =
        themes
            .findByCode(request.themeCode())
            .orElseThrow(
                () -> new BusinessRuleViolation("theme.unknown", "theme", request.themeCode()));
    Organisation lead =
        organisations
            .findByShortName(request.leadOrganisation())
            .orElseThrow(
                () ->
                    new BusinessRuleViolation(
                        "organisation.unknown", "leadOrganisation", request.leadOrganisation()));
    Project project = new Project(request.code(), request.title(), theme, lead, request.status());
    projects.store(project);
    return project;
  }

  private static ProjectSummary summarise(Project project) {
    return new ProjectSummary(
        project.getId(),
        project.getCode(),
        project.getTitle(),
        project.getTheme().getName(),
        project.getLeadOrganisation().getName(),
        project.getStatus());
  }
}
