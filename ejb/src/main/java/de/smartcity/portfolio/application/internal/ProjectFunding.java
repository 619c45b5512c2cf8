package de.smartcity.portfolio.application.internal;

import de.smartcity.portfolio.domain.model.budget.BudgetRepository;
import de.smartcity.portfolio.domain.model.budget.Receipt;
import de.smartcity.portfolio.domain.model.funding.Grant;
import de.smartcity.portfolio.domain.model.project.Project;
import de.smartcity.portfolio.domain.model.proofofuse.LateReceiptChange;
import de.smartcity.portfolio.domain.shared.BusinessRuleViolation;
import de.smartcity.portfolio.domain.shared.Period;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Which grant funds a project, the one way every page changes it (project facts, the grant page's
 * assign and remove). A receipt counts for the grant of its project, so the project's receipts move
 * with it; each must be paid on a day whose costs the new grant funds (its funding period, from the
 * early start where one is allowed), or nothing changes and the message names the period and how
 * many receipts lie outside it. A period already submitted to either grant notes the move as a late
 * change of its receipts.
 */
@ApplicationScoped
class ProjectFunding {

  @Inject private BudgetRepository budgets;
  @Inject private SubmittedPeriods submittedPeriods;

  /**
   * @param newGrant the grant to fund the project, {@code null} for none
   * @param field the field a refusal is shown next to
   */
  void fund(Project project, Grant newGrant, String field) {
    Grant old = project.getGrant().orElse(null);
    if (Objects.equals(id(old), id(newGrant))) {
      return;
    }
    List<Receipt> receipts =
        project.getId() == null ? List.of() : budgets.findReceipts(project.getId());
    if (newGrant != null) {
      requireCostsCount(project, newGrant, receipts, field);
    }
    for (Receipt receipt : receipts) {
      submittedPeriods.receiptChanged(
          receipt, LateReceiptChange.Action.DELETED, receipt.getPaymentDate());
    }
    project.fundBy(newGrant);
    for (Receipt receipt : receipts) {
      receipt.fundedBy(newGrant);
      submittedPeriods.receiptChanged(
          receipt, LateReceiptChange.Action.CREATED, receipt.getPaymentDate());
    }
  }

  private static void requireCostsCount(
      Project project, Grant grant, List<Receipt> receipts, String field) {
    Period costs = grant.costPeriod();
    List<LocalDate> outside =
        receipts.stream()
            .map(Receipt::getPaymentDate)
            .filter(day -> !costs.contains(day))
            .sorted()
            .toList();
    if (!outside.isEmpty()) {
      throw new BusinessRuleViolation(
          grant.getEarlyStart() != null
              ? "project.grant.receipts.outside.early"
              : "project.grant.receipts.outside",
          field,
          project.getCode(),
          grant.getReference(),
          costs.start(),
          costs.end(),
          outside.size(),
          outside.get(0),
          outside.get(outside.size() - 1));
    }
  }

  private static Long id(Grant grant) {
    return grant == null ? null : grant.getId();
  }
}
