package de.smartcity.portfolio.application.internal;

import de.smartcity.portfolio.application.BudgetService;
import de.smartcity.portfolio.application.ReceiptInput;
import de.smartcity.portfolio.application.ReceiptVersion;
import de.smartcity.portfolio.domain.model.budget.BudgetMatrix;
import de.smartcity.portfolio.domain.model.budget.BudgetRepository;
import de.smartcity.portfolio.domain.model.budget.CostCategory;
import de.smartcity.portfolio.domain.model.budget.CostPlanLine;
import de.smartcity.portfolio.domain.model.budget.GrantProject;
import de.smartcity.portfolio.domain.model.budget.Receipt;
import de.smartcity.portfolio.domain.model.budget.ReceiptFilter;
import de.smartcity.portfolio.domain.model.budget.ReceiptJournalPage;
import de.smartcity.portfolio.domain.model.budget.ReceiptJournalRepository;
import de.smartcity.portfolio.domain.model.budget.ReceiptSort;
import de.smartcity.portfolio.domain.model.proofofuse.LateReceiptChange;
import de.smartcity.portfolio.domain.model.user.Role;
import de.smartcity.portfolio.domain.shared.BusinessRuleViolation;
import de.smartcity.portfolio.domain.shared.Money;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

@Stateless
@RolesAllowed({Role.PROJECT_MANAGER_NAME, Role.FINANCE_NAME, Role.COUNCIL_NAME, Role.ADMIN_NAME})
@Interceptors({ParameterValidation.class, PersistenceConflicts.class, ServiceMethod.class})
public class DefaultBudgetService implements BudgetService {

  @Inject private BudgetRepository budgets;
  @Inject private ReceiptJournalRepository journal;
  @Inject private References references;
  @Inject private ProjectOwnership ownership;
  @Inject private SubmittedPeriods submittedPeriods;
  @Inject private Clock clock;
  @Inject private Caller caller;

  @Override
  public BudgetMatrix projectBudget(long projectId) {
    return new BudgetMatrix(categoryOrder(), budgets.sumsForProject(projectId));
  }

  @Override
  public BudgetMatrix programmeBudget() {
    return new BudgetMatrix(categoryOrder(), budgets.sumsForProgramme());
  }

  private List<String> categoryOrder() {
    return budgets.findAllCategories().stream().map(CostCategory::getCode).toList();
  }

  @Override
  public List<CostPlanLine> costPlan(long projectId) {
    return budgets.findPlan(projectId);
  }

  @Override
  @RolesAllowed({Role.PROJECT_MANAGER_NAME, Role.FINANCE_NAME, Role.ADMIN_NAME})
  public CostPlanLine planCost(
      long projectId, int year, String categoryCode, BigDecimal planned, BigDecimal eligible) {
    ownership.check(references.project(projectId));
    // The period rule is asked of every line, old or new: the project's dates may have moved.
    references.project(projectId).requireYearWithinPeriod(year, "planYear");
    CostPlanLine line =
        budgets
            .findPlanLine(projectId, year, categoryCode)
            .orElseGet(
                () -> {
                  CostPlanLine created =
                      new CostPlanLine(
                          references.project(projectId), year, references.category(categoryCode));
                  budgets.store(created);
                  return created;
                });
    if (approvesDirectly()) {
      line.plan(Money.of(planned), Money.of(eligible));
    } else {
      line.propose(Money.of(planned), Money.of(eligible), null, LocalDate.now(clock));
    }
    if (line.isEmpty()) {
      // Planned at 0 by finance: the change to 0 stays in the history, the line goes.
      budgets.remove(line);
    }
    return line;
  }

  /** Finance (and administrators, who keep money with finance) need no approval by finance. */
  private boolean approvesDirectly() {
    return caller.isInRole(Role.FINANCE) || caller.isInRole(Role.ADMIN);
  }

  @Override
  @RolesAllowed({Role.PROJECT_MANAGER_NAME, Role.FINANCE_NAME, Role.ADMIN_NAME})
  public void removeCostPlanLine(long lineId, long version, String removalReason) {
    CostPlanLine line = currentLine(lineId, version);
    ownership.check(line.getProject());
    if (approvesDirectly()) {
      line.removeBecause(removalReason);
      budgets.remove(line);
    } else {
      line.proposeRemoval(removalReason, LocalDate.now(clock));
    }
  }

  @Override
  @RolesAllowed({Role.FINANCE_NAME, Role.ADMIN_NAME})
  public List<CostPlanLine> openProposals() {
    return budgets.findOpenProposals();
  }

  @Override
  @RolesAllowed({Role.FINANCE_NAME, Role.ADMIN_NAME})
  public void approveProposal(long lineId, long version, String decisionReason) {
    CostPlanLine line = currentLine(lineId, version);
    if (line.approve(decisionReason)) {
      budgets.remove(line);
    }
  }

  @Override
  @RolesAllowed({Role.FINANCE_NAME, Role.ADMIN_NAME})
  public void rejectProposal(long lineId, long version, String decisionReason) {
    CostPlanLine line = currentLine(lineId, version);
    if (line.reject(decisionReason)) {
      budgets.remove(line);
    }
  }

  private CostPlanLine currentLine(long id, long version) {
    return References.current(budgets.findPlanLine(id), id, version);
  }

  @Override
  public List<Receipt> receipts(long projectId) {
    return budgets.findReceipts(projectId);
  }

  @Override
  @RolesAllowed({Role.FINANCE_NAME, Role.ADMIN_NAME})
  public Receipt recordReceipt(long projectId, ReceiptInput input) {
    Receipt receipt = new Receipt(references.project(projectId));
    apply(receipt, input);
    // four eyes: above the grant's threshold it waits for a second finance user
    receipt.enteredBy(caller.name());
    budgets.store(receipt);
    submittedPeriods.receiptChanged(
        receipt, LateReceiptChange.Action.CREATED, receipt.getPaymentDate());
    return receipt;
  }

  @Override
  @RolesAllowed({Role.FINANCE_NAME, Role.ADMIN_NAME})
  public Receipt correctReceipt(
      long id, long version, long projectId, ReceiptInput input, String reason) {
    Receipt receipt = current(id, version);
    receipt.explainChange(reason);
    LocalDate paidBefore = receipt.getPaymentDate();
    if (receipt.getProject().getId() != projectId) {
      receipt.moveTo(references.project(projectId));
    }
    apply(receipt, input);
    // a corrected receipt above the threshold needs confirming again
    receipt.enteredBy(caller.name());
    submittedPeriods.receiptChanged(
        receipt, LateReceiptChange.Action.CORRECTED, paidBefore, receipt.getPaymentDate());
    return receipt;
  }

  @Override
  @RolesAllowed({Role.FINANCE_NAME, Role.ADMIN_NAME})
  public void deleteReceipt(long id, long version, String reason) {
    Receipt receipt = current(id, version);
    receipt.explainChange(reason);
    submittedPeriods.receiptChanged(
        receipt, LateReceiptChange.Action.DELETED, receipt.getPaymentDate());
    budgets.remove(receipt);
  }

  @Override
  @RolesAllowed({Role.FINANCE_NAME, Role.ADMIN_NAME})
  public void markNotEligible(List<ReceiptVersion> selection, String reason) {
    if (selection.isEmpty()) {
      throw new BusinessRuleViolation("receipt.selection.empty", "selection");
    }
    for (ReceiptVersion seen : selection) {
      Receipt receipt = current(seen.id(), seen.version());
      receipt.explainChange(reason);
      receipt.markNotEligible();
      submittedPeriods.receiptChanged(
          receipt, LateReceiptChange.Action.CORRECTED, receipt.getPaymentDate());
    }
  }

  @Override
  @RolesAllowed({Role.FINANCE_NAME, Role.COUNCIL_NAME, Role.ADMIN_NAME})
  public ReceiptJournalPage receiptJournal(
      long grantId, ReceiptFilter filter, ReceiptSort sort, boolean ascending, int first, int max) {
    return journal.page(grantId, filter, sort, ascending, first, max);
  }

  @Override
  @RolesAllowed({Role.FINANCE_NAME, Role.COUNCIL_NAME, Role.ADMIN_NAME})
  public List<GrantProject> grantProjects(long grantId) {
    return journal.projectsOf(grantId);
  }

  private Receipt current(long id, long version) {
    return References.current(budgets.findReceipt(id), id, version);
  }

  private void apply(Receipt receipt, ReceiptInput input) {
    receipt.record(
        input.paymentDate(),
        input.payee(),
        input.purpose(),
        input.referenceNumber(),
        references.category(input.categoryCode()),
        Money.of(input.amount()),
        Money.of(input.eligibleAmount()),
        LocalDate.now(clock));
  }
}
