package de.smartcity.portfolio.interfaces.project.web;

import de.smartcity.portfolio.application.BudgetService;
import de.smartcity.portfolio.application.MasterDataService;
import de.smartcity.portfolio.application.ReceiptInput;
import de.smartcity.portfolio.domain.model.budget.BudgetFigures;
import de.smartcity.portfolio.domain.model.budget.BudgetMatrix;
import de.smartcity.portfolio.domain.model.budget.CostCategory;
import de.smartcity.portfolio.domain.model.budget.CostPlanLine;
import de.smartcity.portfolio.domain.model.budget.Receipt;
import de.smartcity.portfolio.domain.model.user.Role;
import de.smartcity.portfolio.interfaces.shared.web.Messages;
import de.smartcity.portfolio.interfaces.shared.web.ReceiptFields;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The cost plan and receipts tabs: the plan against actual per year and cost category, every
 * receipt, and entry of plan lines and receipts for finance. All figures come from the project's
 * {@link BudgetMatrix}.
 */
@Named
@ViewScoped
public class BudgetTab implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  /**
   * One year of the cost plan: a cell per cost category, in the matrix's order, and the total.
   *
   * @param year the budget year
   * @param cells the figures per category
   * @param total the year's figures
   */
  public record YearRow(int year, List<BudgetFigures> cells, BudgetFigures total)
      implements Serializable {}

  @Inject private ProjectView page;
  @Inject private BudgetService budget;
  @Inject private MasterDataService masterData;
  @Inject private Messages messages;

  private BudgetMatrix matrix;
  private List<Receipt> receipts;
  private List<CostCategory> categories;
  private List<CostCategory> allCategories;

  private List<CostPlanLine> planLines;
  private CostPlanLine removing;
  private String removalReason;

  private Integer planYear;
  private String planCategory;
  private BigDecimal planned;
  private BigDecimal plannedEligible;

  private ReceiptFields receipt = new ReceiptFields();

  public BudgetMatrix getMatrix() {
    if (matrix == null) {
      matrix = budget.projectBudget(page.getProject().getId());
    }
    return matrix;
  }

  public List<YearRow> getYears() {
    BudgetMatrix figures = getMatrix();
    List<YearRow> years = new ArrayList<>();
    for (int year : figures.years()) {
      years.add(
          new YearRow(
              year,
              figures.categories().stream().map(c -> figures.cell(year, c)).toList(),
              figures.yearTotal(year)));
    }
    return years;
  }

  public List<BudgetFigures> getCategoryTotals() {
    BudgetMatrix figures = getMatrix();
    return figures.categories().stream().map(figures::categoryTotal).toList();
  }

  /** The names of the matrix's categories, in its order. */
  public List<String> getCategoryNames() {
    return getMatrix().categories().stream().map(this::categoryName).toList();
  }

  public List<CostCategory> getCategories() {
    if (categories == null) {
      categories = masterData.costCategories();
    }
    return categories;
  }

  /** Named from every category: a retired one is no longer offered but keeps its name here. */
  private String categoryName(String code) {
    if (allCategories == null) {
      allCategories = masterData.allCostCategories();
    }
    return allCategories.stream()
        .filter(c -> c.getCode().equals(code))
        .map(CostCategory::getName)
        .findFirst()
        .orElse(code);
  }

  public List<Receipt> getReceipts() {
    if (receipts == null) {
      receipts = budget.receipts(page.getProject().getId());
    }
    return receipts;
  }

  /** The project's cost plan lines, approved and proposed amounts side by side. */
  public List<CostPlanLine> getPlanLines() {
    if (planLines == null) {
      planLines = budget.costPlan(page.getProject().getId());
    }
    return planLines;
  }

  /** Finance and administrators plan directly; a project manager's amounts are a proposal. */
  public boolean isApprovesDirectly() {
    ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
    return context.isUserInRole(Role.FINANCE_NAME) || context.isUserInRole(Role.ADMIN_NAME);
  }

  public void planCost() {
    long project = page.getProject().getId();
    int year = planYear == null ? 0 : planYear;
    if (page.after(
        messages.attempt(
            () -> budget.planCost(project, year, planCategory, planned, plannedEligible)))) {
      // The year as written, not as a number: MessageFormat would print 2.025 in German.
      messages.info(
          isApprovesDirectly() ? "costplan.saved" : "costplan.proposed.info",
          String.valueOf(year),
          categoryName(planCategory));
      planYear = null;
      planCategory = null;
      planned = null;
      plannedEligible = null;
      refreshPlan();
    }
  }

  /** Opens the reason field for removing a line. */
  public void startRemoval(CostPlanLine line) {
    removing = line;
    removalReason = null;
  }

  public void cancelRemoval() {
    removing = null;
    removalReason = null;
  }

  public void removeLine() {
    CostPlanLine line = removing;
    if (line == null) {
      return;
    }
    if (page.after(
        messages.attempt(
            () -> budget.removeCostPlanLine(line.getId(), line.getVersion(), removalReason)))) {
      messages.info(
          isApprovesDirectly() ? "costplan.removed" : "costplan.removal.proposed",
          String.valueOf(line.getYear()),
          line.getCategory().getName());
      cancelRemoval();
      refreshPlan();
    }
  }

  private void refreshPlan() {
    matrix = null;
    planLines = null;
  }

  public CostPlanLine getRemoving() {
    return removing;
  }

  public String getRemovalReason() {
    return removalReason;
  }

  public void setRemovalReason(String removalReason) {
    this.removalReason = removalReason;
  }

  public void recordReceipt() {
    ReceiptInput input = receipt.input();
    if (page.after(
        messages.attempt(() -> budget.recordReceipt(page.getProject().getId(), input)))) {
      messages.info("receipt.saved", input.payee());
      receipt = new ReceiptFields();
      matrix = null;
      receipts = null;
    }
  }

  /** The receipt form's fields. */
  public ReceiptFields getReceipt() {
    return receipt;
  }

  public Integer getPlanYear() {
    return planYear;
  }

  public void setPlanYear(Integer planYear) {
    this.planYear = planYear;
  }

  public String getPlanCategory() {
    return planCategory;
  }

  public void setPlanCategory(String planCategory) {
    this.planCategory = planCategory;
  }

  public BigDecimal getPlanned() {
    return planned;
  }

  public void setPlanned(BigDecimal planned) {
    this.planned = planned;
  }

  public BigDecimal getPlannedEligible() {
    return plannedEligible;
  }

  public void setPlannedEligible(BigDecimal plannedEligible) {
    this.plannedEligible = plannedEligible;
  }
}
