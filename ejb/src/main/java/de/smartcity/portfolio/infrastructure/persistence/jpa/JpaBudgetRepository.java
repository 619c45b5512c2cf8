package de.smartcity.portfolio.infrastructure.persistence.jpa;

import de.smartcity.portfolio.domain.model.budget.BudgetFigures;
import de.smartcity.portfolio.domain.model.budget.BudgetMatrix;
import de.smartcity.portfolio.domain.model.budget.BudgetRepository;
import de.smartcity.portfolio.domain.model.budget.CostCategory;
import de.smartcity.portfolio.domain.model.budget.CostPlanLine;
import de.smartcity.portfolio.domain.model.budget.Receipt;
import de.smartcity.portfolio.domain.shared.Money;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaBudgetRepository extends JpaRepository implements BudgetRepository {

  /**
   * Approved plan sums per year and category; the database adds them up, no entity is loaded. A
   * line only proposed counts nowhere, and a line of 0 (kept from before lines of 0 were removed)
   * adds no year to a matrix.
   */
  private static final String PLAN_SUMS =
      "SELECT l.plan_year, c.code, SUM(l.planned), SUM(l.eligible)"
          + " FROM cost_plan_line l JOIN cost_category c ON c.id = l.cost_category_id"
          + " WHERE l.approved = TRUE AND l.planned > 0 %s"
          + " GROUP BY l.plan_year, c.code";

  /** Receipt sums of one project per payment year and category, from its receipts. */
  private static final String PROJECT_RECEIPT_SUMS =
      "SELECT EXTRACT(YEAR FROM r.payment_date), c.code, SUM(r.amount), SUM(r.eligible_amount)"
          + " FROM receipt r JOIN cost_category c ON c.id = r.cost_category_id"
          + " WHERE r.project_id = ?1 GROUP BY EXTRACT(YEAR FROM r.payment_date), c.code";

  /** Receipt sums of the programme per payment year and category, from the running totals. */
  private static final String PROGRAMME_RECEIPT_SUMS =
      "SELECT y.payment_year, c.code, SUM(y.amount), SUM(y.eligible_amount)"
          + " FROM receipt_total_year y JOIN cost_category c ON c.id = y.cost_category_id"
          + " GROUP BY y.payment_year, c.code";

  /** Receipt sums of a grant per payment year and category, from the running totals. */
  private static final String GRANT_RECEIPT_SUMS =
      "SELECT EXTRACT(YEAR FROM g.payment_date), c.code, SUM(g.amount), SUM(g.eligible_amount)"
          + " FROM receipt_total_grant_day g JOIN cost_category c ON c.id = g.cost_category_id"
          + " WHERE g.grant_id = ?1 GROUP BY EXTRACT(YEAR FROM g.payment_date), c.code";

  @Override
  public List<CostCategory> findAllCategories() {
    return list("SELECT c FROM CostCategory c ORDER BY c.sortOrder", CostCategory.class);
  }

  @Override
  public Optional<CostCategory> findCategoryByCode(String code) {
    return first(
        "SELECT c FROM CostCategory c WHERE c.code = :code", CostCategory.class, "code", code);
  }

  @Override
  public void store(CostCategory category) {
    persist(category);
  }

  @Override
  public List<CostPlanLine> findPlan(long projectId) {
    return list(
        "SELECT l FROM CostPlanLine l JOIN FETCH l.category c WHERE l.project.id = :project"
            + " ORDER BY l.year, c.sortOrder",
        CostPlanLine.class,
        "project",
        projectId);
  }

  @Override
  public Optional<CostPlanLine> findPlanLine(long projectId, int year, String categoryCode) {
    return first(
        "SELECT l FROM CostPlanLine l WHERE l.project.id = :project AND l.year = :year"
            + " AND l.category.code = :category",
        CostPlanLine.class,
        "project",
        projectId,
        "year",
        year,
        "category",
        categoryCode);
  }

  @Override
  public Optional<CostPlanLine> findPlanLine(long id) {
    return find(CostPlanLine.class, id);
  }

  @Override
  public List<CostPlanLine> findOpenProposals() {
    return list(
        "SELECT l FROM CostPlanLine l JOIN FETCH l.category c JOIN FETCH l.project p"
            // every open proposal has its date; no boolean literal (EclipseLink binds it as 1)
            + " WHERE l.proposedOn IS NOT NULL"
            + " ORDER BY l.proposedOn, p.code, l.year, c.sortOrder",
        CostPlanLine.class);
  }

  @Override
  public void store(CostPlanLine line) {
    persist(line);
  }

  @Override
  public void remove(CostPlanLine line) {
    // The reason set just before is written (and audited) first; the deletion follows.
    entityManager.flush();
    entityManager.remove(line);
  }

  @Override
  public List<Receipt> findReceipts(long projectId) {
    return list(
        "SELECT r FROM Receipt r JOIN FETCH r.category WHERE r.project.id = :project"
            + " ORDER BY r.paymentDate DESC, r.id DESC",
        Receipt.class,
        "project",
        projectId);
  }

  @Override
  public Optional<Receipt> findReceipt(long id) {
    return find(Receipt.class, id);
  }

  @Override
  public void store(Receipt receipt) {
    persist(receipt);
  }

  @Override
  public void remove(Receipt receipt) {
    entityManager.remove(receipt);
  }

  @Override
  public List<BudgetMatrix.Cell> sumsForProject(long projectId) {
    List<BudgetMatrix.Cell> cells = new ArrayList<>();
    cells.addAll(planned(PLAN_SUMS.formatted("AND l.project_id = ?1"), projectId));
    cells.addAll(spent(PROJECT_RECEIPT_SUMS, projectId));
    return cells;
  }

  @Override
  public List<BudgetMatrix.Cell> sumsForProgramme() {
    List<BudgetMatrix.Cell> cells = new ArrayList<>();
    cells.addAll(planned(PLAN_SUMS.formatted("")));
    cells.addAll(spent(PROGRAMME_RECEIPT_SUMS));
    return cells;
  }

  @Override
  public List<BudgetMatrix.Cell> sumsForGrant(long grantId) {
    List<BudgetMatrix.Cell> cells = new ArrayList<>();
    cells.addAll(
        planned(
            PLAN_SUMS.formatted(
                "AND l.project_id IN (SELECT p.id FROM project p WHERE p.grant_id = ?1)"),
            grantId));
    cells.addAll(spent(GRANT_RECEIPT_SUMS, grantId));
    return cells;
  }

  @Override
  public Map<Long, BudgetFigures> totalsPerProject() {
    Map<Long, BudgetFigures> totals = new HashMap<>();
    for (Object[] row :
        sums(
            "SELECT project_id, SUM(planned), SUM(eligible) FROM cost_plan_line"
                + " WHERE approved = TRUE GROUP BY project_id")) {
      totals.merge(
          ((Number) row[0]).longValue(),
          new BudgetFigures(money(row[1]), money(row[2]), Money.ZERO, Money.ZERO),
          BudgetFigures::plus);
    }
    for (Object[] row :
        sums("SELECT project_id, amount, eligible_amount FROM receipt_total_project")) {
      totals.merge(
          ((Number) row[0]).longValue(),
          new BudgetFigures(Money.ZERO, Money.ZERO, money(row[1]), money(row[2])),
          BudgetFigures::plus);
    }
    return totals;
  }

  private List<BudgetMatrix.Cell> planned(String sql, Object... parameters) {
    return sums(sql, parameters).stream()
        .map(
            row ->
                cell(row, new BudgetFigures(money(row[2]), money(row[3]), Money.ZERO, Money.ZERO)))
        .toList();
  }

  private List<BudgetMatrix.Cell> spent(String sql, Object... parameters) {
    return sums(sql, parameters).stream()
        .map(
            row ->
                cell(row, new BudgetFigures(Money.ZERO, Money.ZERO, money(row[2]), money(row[3]))))
        .toList();
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> sums(String sql, Object... parameters) {
    return nativeQuery(sql, parameters).getResultList();
  }

  private static BudgetMatrix.Cell cell(Object[] row, BudgetFigures figures) {
    return new BudgetMatrix.Cell(((Number) row[0]).intValue(), (String) row[1], figures);
  }

  @Override
  public List<Receipt> findReceiptsAwaitingConfirmation(Long grantId) {
    return list(
        "SELECT r FROM Receipt r JOIN FETCH r.project JOIN FETCH r.grant g"
            + " WHERE r.awaitingConfirmation = TRUE"
            + (grantId == null ? "" : " AND g.id = :grant")
            + " ORDER BY r.paymentDate, r.id",
        Receipt.class,
        grantId == null ? new Object[0] : new Object[] {"grant", grantId});
  }
}
