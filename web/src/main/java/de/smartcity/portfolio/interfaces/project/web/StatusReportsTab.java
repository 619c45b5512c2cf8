package de.smartcity.portfolio.interfaces.project.web;

import de.smartcity.portfolio.application.NewStatusReport;
import de.smartcity.portfolio.application.StatusReportService;
import de.smartcity.portfolio.domain.model.project.Health;
import de.smartcity.portfolio.domain.model.statusreport.StatusReport;
import de.smartcity.portfolio.interfaces.shared.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The status reports tab: the history, newest first, and a new report that also sets health. */
@Named
@ViewScoped
public class StatusReportsTab implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  @Inject private ProjectView page;
  @Inject private StatusReportService reports;
  @Inject private Messages messages;
  @Inject private Clock clock;

  private List<StatusReport> history;

  private LocalDate reportDate;
  private Health health;
  private String healthReason;
  private String progress;
  private String nextSteps;
  private String risks;

  @PostConstruct
  void open() {
    reportDate = LocalDate.now(clock);
  }

  public List<StatusReport> getHistory() {
    if (history == null) {
      history = reports.reports(page.getProject().getId());
    }
    return history;
  }

  public void submit() {
    NewStatusReport report =
        new NewStatusReport(reportDate, null, health, healthReason, progress, nextSteps, risks);
    if (page.after(
        messages.attempt(
            () ->
                reports.addReport(
                    page.getProject().getId(), page.getProject().getVersion(), report)))) {
      messages.info("report.saved");
      history = null;
      reportDate = LocalDate.now(clock);
      health = null;
      healthReason = null;
      progress = null;
      nextSteps = null;
      risks = null;
      page.changed();
    }
  }

  public LocalDate getReportDate() {
    return reportDate;
  }

  public void setReportDate(LocalDate reportDate) {
    this.reportDate = reportDate;
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

  public String getProgress() {
    return progress;
  }

  public void setProgress(String progress) {
    this.progress = progress;
  }

  public String getNextSteps() {
    return nextSteps;
  }

  public void setNextSteps(String nextSteps) {
    this.nextSteps = nextSteps;
  }

  public String getRisks() {
    return risks;
  }

  public void setRisks(String risks) {
    this.risks = risks;
  }
}
