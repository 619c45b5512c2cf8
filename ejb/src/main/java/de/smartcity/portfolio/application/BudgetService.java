package de.smartcity.portfolio.application;

import de.smartcity.portfolio.domain.model.budget.BudgetMatrix;
import de.smartcity.portfolio.domain.model.budget.CostPlanLine;
import de.smartcity.portfolio.domain.model.budget.GrantProject;
import de.smartcity.portfolio.domain.model.budget.Receipt;
import de.smartcity.portfolio.domain.model.budget.ReceiptFilter;
import de.smartcity.portfolio.domain.model.budget.ReceiptJournalPage;
import de.smartcity.portfolio.domain.model.budget.ReceiptSort;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/** Cost plans and receipts of projects, and their plan-against-actual figures. */
public interface BudgetService {

  /** A project's cost plan and spending as years × cost categories. */
  BudgetMatrix projectBudget(long projectId);

  /** The whole programme's cost plan and spending as years × cost categories. */
  BudgetMatrix programmeBudget();

  List<CostPlanLine> costPlan(long projectId);

  /**
   * Sets the planned and eligible amount for a year of the project's period and a category,
   * creating the line if new. Finance and administrators plan: their amounts are approved at once
   * (a line planned at 0 goes). A project manager proposes: the amounts count nowhere until finance
   * approves them.
   */
  CostPlanLine planCost(
      long projectId,
      int year,
      @NotBlank String categoryCode,
      @NotNull @Digits(integer = 13, fraction = 2) BigDecimal planned,
      @NotNull @Digits(integer = 13, fraction = 2) BigDecimal eligible);

  /**
   * Removes a line, with a reason kept in the history: at once for finance and administrators, as a
   * proposal for a project manager.
   */
  void removeCostPlanLine(
      long lineId, long version, @Size(max = CostPlanLine.NOTE_LENGTH) String removalReason);

  /** The open proposals of every project, oldest first. */
  List<CostPlanLine> openProposals();

  /** Finance approves a line's proposal; the note is optional. */
  void approveProposal(
      long lineId, long version, @Size(max = CostPlanLine.NOTE_LENGTH) String decisionReason);

  /** Finance rejects a line's proposal, with a reason. */
  void rejectProposal(
      long lineId, long version, @Size(max = CostPlanLine.NOTE_LENGTH) String decisionReason);

  List<Receipt> receipts(long projectId);

  Receipt recordReceipt(long projectId, @NotNull @Valid ReceiptInput input);

  /**
   * Corrects a receipt, also onto another project of its grant; the reason is required and the
   * history shows it beside the change.
   */
  Receipt correctReceipt(
      long id, long version, long projectId, @NotNull @Valid ReceiptInput input, String reason);

  /** Deletes a receipt; the reason is required and the history shows it beside the deletion. */
  void deleteReceipt(long id, long version, String reason);

  /**
   * Sets the eligible amount of every receipt of the selection to zero, with one reason that the
   * history shows beside each; all or none of them change.
   */
  void markNotEligible(@NotNull List<ReceiptVersion> selection, String reason);

  /**
   * One page of a grant's receipts journal: the receipts booked to the grant that match the filter,
   * sorted, with their count and sums, all from the database.
   */
  ReceiptJournalPage receiptJournal(
      long grantId,
      @NotNull ReceiptFilter filter,
      @NotNull ReceiptSort sort,
      boolean ascending,
      @PositiveOrZero int first,
      @Positive @Max(500) int max);

  /** The projects of a grant, where its receipts may be booked. */
  List<GrantProject> grantProjects(long grantId);
}
