package de.smartcity.portfolio.interfaces.project.web;

import de.smartcity.portfolio.application.MilestoneInput;
import de.smartcity.portfolio.application.MilestoneService;
import de.smartcity.portfolio.domain.model.milestone.Milestone;
import de.smartcity.portfolio.domain.model.milestone.MilestoneState;
import de.smartcity.portfolio.interfaces.shared.web.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The milestones tab: plan, reschedule, complete, reopen and remove a project's milestones. */
@Named
@ViewScoped
public class MilestonesTab implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  /**
   * A milestone with its state today, as one row of the tab.
   *
   * @param milestone the milestone
   * @param state open, done or overdue today
   */
  public record Row(Milestone milestone, MilestoneState state) implements Serializable {}

  @Inject private ProjectView page;
  @Inject private MilestoneService milestones;
  @Inject private Messages messages;
  @Inject private Clock clock;

  private List<Row> rows;

  private Long editing;
  private String title;
  private LocalDate dueDate;
  private LocalDate completedOn;

  public List<Row> getRows() {
    if (rows == null) {
      rows =
          milestones.milestones(page.getProject().getId()).stream()
              .map(m -> new Row(m, milestones.stateOf(m)))
              .toList();
    }
    return rows;
  }

  /** Opens the form for a new milestone. */
  public void startNew() {
    editing = null;
    title = null;
    dueDate = null;
    completedOn = null;
  }

  /** Opens the form with a milestone to change. */
  public void startEdit(Row row) {
    editing = row.milestone().getId();
    title = row.milestone().getTitle();
    dueDate = row.milestone().getDueDate();
    completedOn = row.milestone().getCompletedOn();
  }

  /**
   * Sets the day the milestone being edited was completed, which may lie back (not before the
   * project's start, not in the future: the milestone's own rule).
   */
  public void saveCompletion() {
    Long id = editing;
    if (id == null) {
      return;
    }
    LocalDate day = completedOn;
    if (day == null) {
      messages.errorAt("completedOn", "milestone.completedOn.required");
      FacesContext.getCurrentInstance().validationFailed();
      return;
    }
    if (page.after(messages.attempt(() -> milestones.completeMilestone(id, versionOf(id), day)))) {
      messages.info("milestone.completed", title);
      startNew();
      refresh();
    }
  }

  public void save() {
    MilestoneInput input = new MilestoneInput(title, dueDate);
    Long id = editing;
    boolean saved =
        page.after(
            messages.attempt(
                () -> {
                  if (id == null) {
                    milestones.addMilestone(page.getProject().getId(), input);
                  } else {
                    milestones.changeMilestone(id, versionOf(id), input);
                  }
                }));
    if (saved) {
      messages.info(id == null ? "milestone.added" : "milestone.saved", title);
      startNew();
      refresh();
    }
  }

  public void complete(Row row) {
    change(
        () ->
            milestones.completeMilestone(
                row.milestone().getId(), row.milestone().getVersion(), LocalDate.now(clock)),
        "milestone.completed",
        row);
  }

  public void reopen(Row row) {
    change(
        () -> milestones.reopenMilestone(row.milestone().getId(), row.milestone().getVersion()),
        "milestone.reopened",
        row);
  }

  public void delete(Row row) {
    change(
        () -> milestones.deleteMilestone(row.milestone().getId(), row.milestone().getVersion()),
        "milestone.deleted",
        row);
  }

  private void change(Runnable action, String confirmation, Row row) {
    if (page.after(messages.attempt(action))) {
      messages.info(confirmation, row.milestone().getTitle());
      refresh();
    }
  }

  private long versionOf(long id) {
    return getRows().stream()
        .filter(row -> row.milestone().getId() == id)
        .findFirst()
        .map(row -> row.milestone().getVersion())
        .orElse(-1L);
  }

  private void refresh() {
    rows = null;
    page.changed();
  }

  public boolean isEditing() {
    return editing != null;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public LocalDate getCompletedOn() {
    return completedOn;
  }

  public void setCompletedOn(LocalDate completedOn) {
    this.completedOn = completedOn;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public void setDueDate(LocalDate dueDate) {
    this.dueDate = dueDate;
  }
}
