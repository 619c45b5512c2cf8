package de.smartcity.portfolio.domain.model.budget;

import de.smartcity.portfolio.domain.model.project.Project;
import de.smartcity.portfolio.domain.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.Objects;

/**
 * A cost centre, internal order or WBS element of the city's finance system that books payments for
 * a project. Its code belongs to one project only, so that a line of the bookkeeping's export finds
 * its project; lines that name no cost category count in the assignment's default one.
 */
@Entity
@Table(name = "account_assignment")
public class AccountAssignment extends AbstractEntity {

  @NotNull
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "project_id", nullable = false, updatable = false)
  private Project project;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private AssignmentKind kind;

  @NotBlank
  @Size(max = 40)
  @Column(nullable = false, length = 40, unique = true)
  private String code;

  @NotNull
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "cost_category_id", nullable = false)
  private CostCategory defaultCategory;

  protected AccountAssignment() {}

  public AccountAssignment(
      Project project, AssignmentKind kind, String code, CostCategory defaultCategory) {
    this.project = Objects.requireNonNull(project, "project");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.code = normalise(code);
    this.defaultCategory = Objects.requireNonNull(defaultCategory, "defaultCategory");
  }

  /**
   * The form in which codes are compared: the finance system's exports differ in case and padding
   * ("p-1234 " and "P-1234" are the same WBS element).
   */
  public static String normalise(String code) {
    return code == null ? null : code.strip().toUpperCase(Locale.ROOT);
  }

  public Project getProject() {
    return project;
  }

  public AssignmentKind getKind() {
    return kind;
  }

  public String getCode() {
    return code;
  }

  public CostCategory getDefaultCategory() {
    return defaultCategory;
  }

  @Override
  public String auditLabel() {
    return code;
  }

  @Override
  public Long auditProjectId() {
    return project.getId();
  }
}
