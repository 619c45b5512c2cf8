package de.smartcity.portfolio.interfaces.project.web;

import de.smartcity.portfolio.application.AuditLine;
import de.smartcity.portfolio.application.AuditService;
import de.smartcity.portfolio.application.ProjectService;
import de.smartcity.portfolio.application.ReportService;
import de.smartcity.portfolio.application.StatusReportService;
import de.smartcity.portfolio.domain.model.project.Health;
import de.smartcity.portfolio.domain.model.project.Project;
import de.smartcity.portfolio.domain.model.project.ProjectStatus;
import de.smartcity.portfolio.domain.model.project.ProjectSummary;
import de.smartcity.portfolio.domain.model.statusreport.StatusReport;
import de.smartcity.portfolio.interfaces.shared.web.Downloads;
import de.smartcity.portfolio.interfaces.shared.web.Messages;
import de.smartcity.portfolio.interfaces.shared.web.Messages.Outcome;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import org.primefaces.model.StreamedContent;

/**
 * The project page: one project with its overview, and the health and status its managers set. The
 * tabs for milestones, status reports and budget have beans of their own that read the project from
 * here.
 */
@Named
@ViewScoped
public class ProjectView implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  /** How many changes the history tab shows. */
  private static final int HISTORY_LINES = 200;

  @Inject private ProjectService projects;
  @Inject private StatusReportService statusReports;
  @Inject private AuditService audit;
  @Inject private Messages messages;
  @Inject private ReportService reports;

  private String code;
  private Project project;
  private boolean mayManage;
  private StatusReport latestReport;
  private List<AuditLine> history;
  private boolean conflict;

  private Health health;
  private String healthReason;
  private ProjectStatus nextStatus;

  /** Reads the project the address names; an unknown code ends on the not-found page. */
  public void open() throws IOException {
    Optional<Long> id =
        code == null ? Optional.empty() : projects.findProject(code).map(ProjectSummary::id);
    if (id.isEmpty()) {
      FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
      FacesContext.getCurrentInstance().responseComplete();
      return;
    }
    load(id.get());
  }

  void load(long id) {
    project = projects.loadProject(id).orElseThrow();
    mayManage = projects.mayManage(id);
    latestReport = statusReports.latestReport(id).orElse(null);
    history = audit.projectHistory(id, HISTORY_LINES);
    health = project.getHealth();
    healthReason = project.getHealthReason();
    nextStatus = null;
    conflict = false;
  }

  /** Reads the project afresh, after someone else changed it. */
  public void reload() {
    load(project.getId());
  }

  /** Called by the tabs after they changed something that the overview shows. */
  void changed() {
    load(project.getId());
  }

  /** Records whether a change went through; a lost race offers to reload. */
  boolean after(Outcome outcome) {
    conflict = outcome == Outcome.CONFLICT;
    return outcome.saved();
  }

  public void assessHealth() {
    if (after(
        messages.attempt(
            () ->
                projects.assessHealth(
                    project.getId(), project.getVersion(), health, healthReason)))) {
      messages.info("project.health.saved");
      changed();
    }
  }

  public void changeStatus() {
    if (nextStatus == null) {
      return;
    }
    if (after(
        messages.attempt(
            () -> projects.changeStatus(project.getId(), project.getVersion(), nextStatus)))) {
      messages.info("project.status.saved");
      changed();
    }
  }

  public List<ProjectStatus> getNextStatuses() {
    return project.getStatus().successors().stream().sorted().toList();
  }

  /** A changed field as readers know it; a field without a label keeps its technical name. */
  public String fieldLabel(String field) {
    if (field == null) {
      return "";
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
    String key = "history.field." + field;
    return bundle.containsKey(key) ? bundle.getString(key) : field;
  }

  /**
   * The project one-pager (Projektsteckbrief) as PDF, made once when the button is pressed; nothing
   * and a message if it cannot be.
   */
  public StreamedContent onePager() {
    return messages
        .attemptReturning(
            () ->
                reports.projectSheet(
                    project.getId(), FacesContext.getCurrentInstance().getViewRoot().getLocale()))
        .map(Downloads::of)
        .orElse(null);
  }

  public Health[] getHealths() {
    return Health.values();
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public Project getProject() {
    return project;
  }

  public boolean isAdministrator() {
    return FacesContext.getCurrentInstance().getExternalContext().isUserInRole("ADMIN");
  }

  public boolean isMayManage() {
    return mayManage;
  }

  public StatusReport getLatestReport() {
    return latestReport;
  }

  public List<AuditLine> getHistory() {
    return history;
  }

  public boolean isConflict() {
    return conflict;
  }

  public Health getHealth() {
    return health;
  }

  public void setHealth(Health health) {
    this.health = health;
  }

  public String getHealthReason() {
    return healthReason;
  }

  public void setHealthReason(String healthReason) {
    this.healthReason = healthReason;
  }

  public ProjectStatus getNextStatus() {
    return nextStatus;
  }

  public void setNextStatus(ProjectStatus nextStatus) {
    this.nextStatus = nextStatus;
  }
}
