package de.smartcity.portfolio.domain.model.milestone;

import de.smartcity.portfolio.domain.model.project.Project;
import de.smartcity.portfolio.domain.shared.AbstractEntity;
import de.smartcity.portfolio.domain.shared.BusinessRuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;

/** A point a project must reach by a date. Whether it is open, done or overdue is derived. */
@Entity
@Table(name = "milestone")
public class Milestone extends AbstractEntity {

  private static final String DUE_OUTSIDE_PROJECT = "milestone.due.outside.project";

  @NotNull
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "project_id", nullable = false, updatable = false)
  private Project project;

  @NotBlank
  @Size(max = 200)
  @Column(nullable = false, length = 200)
  private String title;

  @NotNull
  @Column(name = "due_date", nullable = false)
  private LocalDate dueDate;

  @Column(name = "completed_on")
  private LocalDate completedOn;

  protected Milestone() {}

  public Milestone(Project project, String title, LocalDate dueDate) {
    this.project = Objects.requireNonNull(project, "project");
    project.requireWithinPeriod(dueDate, DUE_OUTSIDE_PROJECT, "dueDate");
    this.title = title;
    this.dueDate = dueDate;
  }

  /** A milestone is due within the project's period. */
  public void reschedule(String newTitle, LocalDate newDueDate) {
    project.requireWithinPeriod(newDueDate, DUE_OUTSIDE_PROJECT, "dueDate");
    this.title = newTitle;
    this.dueDate = newDueDate;
  }

  /** Completed on a day between the project's start and today. */
  public void complete(LocalDate on, LocalDate today) {
    Objects.requireNonNull(on, "on");
    if (on.isAfter(today)) {
      throw new BusinessRuleViolation("milestone.completed.in.future", "completedOn", on);
    }
    if (on.isBefore(project.period().start())) {
      throw new BusinessRuleViolation(
          "milestone.completed.before.project", "completedOn", on, project.period().start());
    }
    this.completedOn = on;
  }

  public void reopen() {
    this.completedOn = null;
  }

  /** Done once completed; overdue when the due date has passed without completion. */
  public MilestoneState stateOn(LocalDate today) {
    if (completedOn != null) {
      return MilestoneState.DONE;
    }
    return today.isAfter(dueDate) ? MilestoneState.OVERDUE : MilestoneState.OPEN;
  }

  public Project getProject() {
    return project;
  }

  public String getTitle() {
    return title;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public LocalDate getCompletedOn() {
    return completedOn;
  }

  @Override
  public String auditLabel() {
    return title;
  }

  @Override
  public Long auditProjectId() {
    return project.getId();
  }
}
