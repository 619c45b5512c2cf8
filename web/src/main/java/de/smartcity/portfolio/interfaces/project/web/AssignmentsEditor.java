package de.smartcity.portfolio.interfaces.project.web;

import de.smartcity.portfolio.application.MasterDataService;
import de.smartcity.portfolio.application.ReceiptImportService;
import de.smartcity.portfolio.domain.model.budget.AccountAssignment;
import de.smartcity.portfolio.domain.model.budget.AssignmentKind;
import de.smartcity.portfolio.domain.model.budget.CostCategory;
import de.smartcity.portfolio.interfaces.shared.web.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * The project's account assignments on its overview: everyone sees them, finance and administrators
 * add and remove them.
 */
@Named
@ViewScoped
public class AssignmentsEditor implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  @Inject private ProjectView page;
  @Inject private ReceiptImportService imports;
  @Inject private MasterDataService masterData;
  @Inject private Messages messages;

  private List<AccountAssignment> assignments;
  private List<CostCategory> categories;
  private AssignmentKind kind;
  private String assignmentCode;
  private String category;

  public List<AccountAssignment> getAssignments() {
    if (assignments == null) {
      assignments = imports.assignments(page.getProject().getId());
    }
    return assignments;
  }

  public List<CostCategory> getCategories() {
    if (categories == null) {
      categories = masterData.costCategories();
    }
    return categories;
  }

  public AssignmentKind[] getKinds() {
    return AssignmentKind.values();
  }

  /** Finance and administrators keep the assignments. */
  public boolean isAllowed() {
    var external = FacesContext.getCurrentInstance().getExternalContext();
    return external.isUserInRole("FINANCE") || external.isUserInRole("ADMIN");
  }

  public void add() {
    long project = page.getProject().getId();
    if (messages
        .attempt(() -> imports.addAssignment(project, kind, assignmentCode, category))
        .saved()) {
      messages.info("assignment.saved", AccountAssignment.normalise(assignmentCode));
      kind = null;
      assignmentCode = null;
      category = null;
      assignments = null;
    }
  }

  public void remove(AccountAssignment assignment) {
    if (messages
        .attempt(() -> imports.removeAssignment(assignment.getId(), assignment.getVersion()))
        .saved()) {
      messages.info("assignment.removed", assignment.getCode());
    }
    assignments = null;
  }

  public AssignmentKind getKind() {
    return kind;
  }

  public void setKind(AssignmentKind kind) {
    this.kind = kind;
  }

  public String getAssignmentCode() {
    return assignmentCode;
  }

  public void setAssignmentCode(String assignmentCode) {
    this.assignmentCode = assignmentCode;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }
}
