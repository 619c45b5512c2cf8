package de.smartcity.portfolio.application.internal;

import de.smartcity.portfolio.application.BudgetService;
import de.smartcity.portfolio.application.ReceiptInput;
import de.smartcity.portfolio.domain.model.budget.BudgetMatrix;
import de.smartcity.portfolio.domain.model.budget.BudgetRepository;
import de.smartcity.portfolio.domain.model.budget.CostCategory;
import de.smartcity.portfolio.domain.model.budget.CostPlanLine;
import de.smartcity.portfolio.domain.model.budget.Receipt;
import de.smartcity.portfolio.domain.model.proofofuse.LateReceiptChange;
import de.smartcity.portfolio.domain.model.user.Role;
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
    line.plan(Money.of(planned), Money.of(eligible));
    return line;
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
  public Receipt correctReceipt(long id, long version, ReceiptInput input) {
    Receipt receipt = current(id, version);
    LocalDate paidBefore = receipt.getPaymentDate();
    apply(receipt, input);
    // a corrected receipt above the threshold needs confirming again
    receipt.enteredBy(caller.name());
    submittedPeriods.receiptChanged(
        receipt, LateReceiptChange.Action.CORRECTED, paidBefore, receipt.getPaymentDate());
    return receipt;
  }

  @Override
  @RolesAllowed({Role.FINANCE_NAME, Role.ADMIN_NAME})
  public void deleteReceipt(long id, long version) {
    Receipt receipt = current(id, version);
    submittedPeriods.receiptChanged(
        receipt, LateReceiptChange.Action.DELETED, receipt.getPaymentDate());
    budgets.remove(receipt);
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
