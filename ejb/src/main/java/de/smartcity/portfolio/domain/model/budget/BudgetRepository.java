package de.smartcity.portfolio.domain.model.budget;

import java.util.List;
import java.util.Optional;

/** Where cost plans, receipts and cost categories are kept, and their sums. */
public interface BudgetRepository {

  List<CostCategory> findAllCategories();

  Optional<CostCategory> findCategoryByCode(String code);

  void store(CostCategory category);

  List<CostPlanLine> findPlan(long projectId);

  Optional<CostPlanLine> findPlanLine(long projectId, int year, String categoryCode);

  Optional<CostPlanLine> findPlanLine(long id);

  /** Every line with an open proposal, of all projects, oldest proposal first. */
  List<CostPlanLine> findOpenProposals();

  void store(CostPlanLine line);

  /** Deletes a line; a reason set on it just before stays in the audit trail. */
  void remove(CostPlanLine line);

  /** A project's receipts, newest payment first. */
  List<Receipt> findReceipts(long projectId);

  Optional<Receipt> findReceipt(long id);

  /**
   * Stores a new receipt. Like every change to a receipt, it moves the running totals of receipts
   * (per project, per year and category, per grant and day) that sums read instead of every
   * receipt, in the same transaction, without being asked to.
   */
  void store(Receipt receipt);

  void remove(Receipt receipt);

  /** Plan and actual of one project, summed per year and category by the database. */
  List<BudgetMatrix.Cell> sumsForProject(long projectId);

  /**
   * Plan and actual of what a grant funds, per year and category: the plans of the projects it
   * funds and the receipts booked to it.
   */
  List<BudgetMatrix.Cell> sumsForGrant(long grantId);

  /** Plan and actual of every project, summed by the database, by project id. */
  java.util.Map<Long, BudgetFigures> totalsPerProject();

  /** Plan and actual of the whole programme, summed per year and category by the database. */
  List<BudgetMatrix.Cell> sumsForProgramme();

  /** Receipts waiting for a second finance user's confirmation (four eyes), oldest first. */
  List<Receipt> findReceiptsAwaitingConfirmation(Long grantId);
}
