package de.smartcity.portfolio.domain.model.funding;

import de.smartcity.portfolio.domain.model.budget.BudgetFigures;
import de.smartcity.portfolio.domain.model.budget.BudgetMatrix;
import de.smartcity.portfolio.domain.model.budget.CostCategory;
import de.smartcity.portfolio.domain.shared.Money;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * One cost category of a grant: what the notice in force approves beside what the grant's projects
 * plan in their cost plans, which stay the office's planning tool. A category where the projects
 * plan more than the notice allows is flagged.
 *
 * @param categoryName the category as the plan names it
 * @param approved the approved total of the category
 * @param approvedEligible its approved eligible part
 * @param projectsPlanned what the projects plan in it, all years
 * @param projectsEligible the eligible part of that
 */
public record PlanAgainstProjects(
    String categoryName,
    Money approved,
    Money approvedEligible,
    Money projectsPlanned,
    Money projectsEligible)
    implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  /** Whether the projects plan more in the category than the notice allows. */
  public boolean over() {
    return projectsPlanned.isGreaterThan(approved);
  }

  /** What the projects plan beyond the approved total; zero when they stay within it. */
  public Money excess() {
    return projectsPlanned.minus(approved).atLeastZero();
  }

  /**
   * Every category in the given order, and a last line of the totals.
   *
   * @param plan the financing plan in force
   * @param projects the grant's projects' cost plans, summed
   * @param totalLabel the name of the totals line
   */
  public static List<PlanAgainstProjects> of(
      FinancingPlan plan, BudgetMatrix projects, List<CostCategory> categories, String totalLabel) {
    List<PlanAgainstProjects> lines =
        new java.util.ArrayList<>(
            categories.stream()
                .map(
                    category -> {
                      FinancingPlan.Expenditure approved = plan.expenditure(category.getCode());
                      BudgetFigures planned = projects.categoryTotal(category.getCode());
                      return new PlanAgainstProjects(
                          category.getName(),
                          approved.total(),
                          approved.eligible(),
                          planned.planned(),
                          planned.plannedEligible());
                    })
                .toList());
    BudgetFigures total = projects.total();
    lines.add(
        new PlanAgainstProjects(
            totalLabel,
            plan.expenditureTotal(),
            plan.eligibleTotal(),
            total.planned(),
            total.plannedEligible()));
    return List.copyOf(lines);
  }
}
