package de.smartcity.portfolio.application;

import de.smartcity.portfolio.domain.model.budget.BudgetMatrix;
import de.smartcity.portfolio.domain.model.budget.CostPlanLine;
import de.smartcity.portfolio.domain.model.budget.Receipt;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;

/** Cost plans and receipts of projects, and their plan-against-actual figures. */
public interface BudgetService {

  /** A project's cost plan and spending as years × cost categories. */
  BudgetMatrix projectBudget(long projectId);

  /** The whole programme's cost plan and spending as years × cost categories. */
  BudgetMatrix programmeBudget();

  List<CostPlanLine> costPlan(long projectId);

  /** Sets the planned and eligible amount for a year and category, creating the line if new. */
  CostPlanLine planCost(
      long projectId,
      int year,
      @NotBlank String categoryCode,
      @NotNull @Digits(integer = 13, fraction = 2) BigDecimal planned,
      @NotNull @Digits(integer = 13, fraction = 2) BigDecimal eligible);

  List<Receipt> receipts(long projectId);

  Receipt recordReceipt(long projectId, @NotNull @Valid ReceiptInput input);

  Receipt correctReceipt(long id, long version, @NotNull @Valid ReceiptInput input);

  void deleteReceipt(long id, long version);
}
