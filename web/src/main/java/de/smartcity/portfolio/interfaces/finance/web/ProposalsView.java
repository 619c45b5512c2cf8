package de.smartcity.portfolio.interfaces.finance.web;

import de.smartcity.portfolio.application.BudgetService;
import de.smartcity.portfolio.domain.model.budget.CostPlanLine;
import de.smartcity.portfolio.interfaces.shared.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * Finance's list of the open cost-plan proposals of all projects: one is chosen, then approved or
 * rejected with a reason in one field next to which any refusal is shown.
 */
@Named
@ViewScoped
public class ProposalsView implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  @Inject private BudgetService budget;
  @Inject private Messages messages;

  private List<CostPlanLine> proposals;
  private CostPlanLine deciding;
  private String reason;

  public List<CostPlanLine> getProposals() {
    if (proposals == null) {
      proposals = budget.openProposals();
    }
    return proposals;
  }

  public void choose(CostPlanLine line) {
    deciding = line;
    reason = null;
  }

  public void cancel() {
    choose(null);
  }

  public void approve() {
    CostPlanLine line = deciding;
    if (line != null
        && messages
            .attempt(() -> budget.approveProposal(line.getId(), line.getVersion(), reason))
            .saved()) {
      decided("proposals.approved", line);
    }
  }

  public void reject() {
    CostPlanLine line = deciding;
    if (line != null
        && messages
            .attempt(() -> budget.rejectProposal(line.getId(), line.getVersion(), reason))
            .saved()) {
      decided("proposals.rejected", line);
    }
  }

  private void decided(String key, CostPlanLine line) {
    // The year as written, not as a number: MessageFormat would print 2.027 in German.
    messages.info(
        key,
        line.getProject().getCode(),
        String.valueOf(line.getYear()),
        line.getCategory().getName());
    cancel();
    proposals = null;
  }

  public CostPlanLine getDeciding() {
    return deciding;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
