package de.smartcity.portfolio.domain.model.budget;

import de.smartcity.portfolio.domain.model.project.Project;
import de.smartcity.portfolio.domain.shared.AbstractEntity;
import de.smartcity.portfolio.domain.shared.BusinessRuleViolation;
import de.smartcity.portfolio.domain.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.Objects;

/** One cell of a project's cost plan: what is planned for a year and cost category. */
@Entity
@Table(
    name = "cost_plan_line",
    uniqueConstraints =
        @UniqueConstraint(
            name = "uq_cost_plan_line",
            columnNames = {"project_id", "plan_year", "cost_category_id"}))
public class CostPlanLine extends AbstractEntity {

  @NotNull
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "project_id", nullable = false, updatable = false)
  private Project project;

  @Column(name = "plan_year", nullable = false, updatable = false)
  private int year;

  @NotNull
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "cost_category_id", nullable = false, updatable = false)
  private CostCategory category;

  @Column(nullable = false, precision = 15, scale = 2)
  private BigDecimal planned;

  @Column(nullable = false, precision = 15, scale = 2)
  private BigDecimal eligible;

  protected CostPlanLine() {}

  public CostPlanLine(Project project, int year, CostCategory category) {
    this.project = Objects.requireNonNull(project, "project");
    project.requireYearWithinPeriod(year, "planYear");
    this.year = year;
    this.category = Objects.requireNonNull(category, "category");
    this.planned = BigDecimal.ZERO;
    this.eligible = BigDecimal.ZERO;
  }

  /** The planned amount and the part of it the funder accepts as eligible. */
  public void plan(Money newPlanned, Money newEligible) {
    newPlanned.requireEntry("planned");
    newEligible.requireEntry("plannedEligible");
    if (newEligible.isGreaterThan(newPlanned)) {
      throw new BusinessRuleViolation(
          "costplan.eligible.above.planned", "plannedEligible", newEligible, newPlanned);
    }
    this.planned = newPlanned.amount();
    this.eligible = newEligible.amount();
  }

  public Project getProject() {
    return project;
  }

  public int getYear() {
    return year;
  }

  public CostCategory getCategory() {
    return category;
  }

  public Money getPlanned() {
    return Money.of(planned);
  }

  public Money getEligible() {
    return Money.of(eligible);
  }

  @Override
  public String auditLabel() {
    return year + " " + category.getCode();
  }

  @Override
  public Long auditProjectId() {
    return project.getId();
  }
}
