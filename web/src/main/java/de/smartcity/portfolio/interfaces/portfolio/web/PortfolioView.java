package de.smartcity.portfolio.interfaces.portfolio.web;

import de.smartcity.portfolio.application.ProjectService;
import de.smartcity.portfolio.domain.model.project.ProjectSummary;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/** The portfolio page: every project of the programme in one table. */
@Named
@ViewScoped
public class PortfolioView implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  @Inject private ProjectService projectService;

  private List<ProjectSummary> projects;

  @PostConstruct
  void load() {
    projects = projectService.listProjects();
  }

  public List<ProjectSummary> getProjects() {
    return projects;
  }
}
