package de.smartcity.portfolio.domain.model.statusreport;

import de.smartcity.portfolio.domain.model.organisation.Person;
import de.smartcity.portfolio.domain.model.project.Health;
import de.smartcity.portfolio.domain.model.project.Project;
import de.smartcity.portfolio.domain.shared.AbstractEntity;
import de.smartcity.portfolio.domain.shared.BusinessRuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a project manager reports on a date. Reports are kept as history: the newest one is the
 * project's current report, and their health values are the project's health over time.
 */
@Entity
@Table(name = "status_report")
public class StatusReport extends AbstractEntity {

  @NotNull
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "project_id", nullable = false, updatable = false)
  private Project project;

  @NotNull
  @Column(name = "report_date", nullable = false)
  private LocalDate reportDate;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "author_id")
  private Person author;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Health health;

  @Size(max = 4000)
  @Column(length = 4000)
  private String progress;

  @Size(max = 4000)
  @Column(name = "next_steps", length = 4000)
  private String nextSteps;

  @Size(max = 4000)
  @Column(length = 4000)
  private String risks;

  protected StatusReport() {}

  /**
   * A report as of a day between the project's start and today: a later one would stand as the
   * project's current report before its day has come.
   */
  public StatusReport(
      Project project,
      LocalDate reportDate,
      LocalDate today,
      Person author,
      Health health,
      String progress,
      String nextSteps,
      String risks) {
    this.project = Objects.requireNonNull(project, "project");
    if (reportDate.isAfter(today)) {
      throw new BusinessRuleViolation(
          "statusreport.date.in.future", "reportDate", reportDate, today);
    }
    if (reportDate.isBefore(project.period().start())) {
      throw new BusinessRuleViolation(
          "statusreport.date.before.project", "reportDate", reportDate, project.period().start());
    }
    this.reportDate = reportDate;
    this.author = author;
    this.health = health;
    this.progress = progress;
    this.nextSteps = nextSteps;
    this.risks = risks;
  }

  public Project getProject() {
    return project;
  }

  public LocalDate getReportDate() {
    return reportDate;
  }

  public Person getAuthor() {
    return author;
  }

  public Health getHealth() {
    return health;
  }

  public String getProgress() {
    return progress;
  }

  public String getNextSteps() {
    return nextSteps;
  }

  public String getRisks() {
    return risks;
  }

  @Override
  public String auditLabel() {
    return project.getCode() + " " + reportDate;
  }

  @Override
  public Long auditProjectId() {
    return project.getId();
  }
}
