package de.smartcity.portfolio.interfaces.finance.web;

import de.smartcity.portfolio.application.AwaitingConfirmation;
import de.smartcity.portfolio.application.CallInput;
import de.smartcity.portfolio.application.ConfirmationService;
import de.smartcity.portfolio.application.FundingService;
import de.smartcity.portfolio.application.ReportService;
import de.smartcity.portfolio.domain.model.funding.FundsCall;
import de.smartcity.portfolio.domain.model.funding.Grant;
import de.smartcity.portfolio.domain.model.funding.GrantFigures;
import de.smartcity.portfolio.interfaces.shared.web.Downloads;
import de.smartcity.portfolio.interfaces.shared.web.Messages;
import de.smartcity.portfolio.reports.ReportFormat;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.primefaces.model.StreamedContent;

/**
 * The calls for funds and payouts of one grant ({@code ?grant=ID}): what may be called now, the
 * calls with their payouts and state, and the forms to record a call and a payout. Finance and
 * administrators record and confirm; council members read (they see no forms).
 */
@Named
@ViewScoped
public class CallsView implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  @Inject private FundingService funding;
  @Inject private ConfirmationService confirmations;
  @Inject private ReportService reports;
  @Inject private Messages messages;

  private Grant grant;
  private GrantFigures figures;
  private List<FundsCall> calls = List.of();
  private List<AwaitingConfirmation> awaiting = List.of();
  private List<AwaitingConfirmation> selected = new ArrayList<>();

  private LocalDate callDate;
  private BigDecimal amount;
  private String reference;
  private String reason;

  private Long payoutCall;
  private BigDecimal received;
  private LocalDate receivedOn;

  @PostConstruct
  void open() {
    String requested =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .getOrDefault("grant", "");
    if (!requested.matches("\\d{1,18}")) {
      return;
    }
    long id = Long.parseLong(requested);
    grant = funding.grants().stream().filter(g -> g.getId() == id).findFirst().orElse(null);
    if (grant != null) {
      reload();
      amount = figures.proposedCall().amount();
    }
  }

  private void reload() {
    grant =
        funding.grants().stream()
            .filter(g -> g.getId().equals(grant.getId()))
            .findFirst()
            .orElseThrow();
    figures = funding.figures(grant.getId());
    calls = funding.calls(grant.getId());
    awaiting = isEditor() ? confirmations.awaiting(grant.getId()) : List.of();
  }

  /** Finance and administrators record and confirm; everyone else only reads the page. */
  public boolean isEditor() {
    ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
    return context.isUserInRole("FINANCE") || context.isUserInRole("ADMIN");
  }

  public void recordCall() {
    CallInput input = new CallInput(callDate, amount, reference, reason);
    if (messages.attempt(() -> funding.recordCall(grant.getId(), input, locale())).saved()) {
      messages.info("calls.recorded");
      callDate = null;
      reference = null;
      reason = null;
      reload();
      amount = figures.proposedCall().amount();
    }
  }

  public void recordPayout() {
    FundsCall call =
        calls.stream().filter(c -> c.getId().equals(payoutCall)).findFirst().orElse(null);
    if (call == null) {
      messages.errorAt("payoutCall", "calls.payout.choose");
      FacesContext.getCurrentInstance().validationFailed();
      return;
    }
    if (messages
        .attempt(() -> funding.recordPayment(call.getId(), call.getVersion(), received, receivedOn))
        .saved()) {
      messages.info("calls.payout.recorded");
      payoutCall = null;
      received = null;
      receivedOn = null;
      reload();
    }
  }

  public void confirm(AwaitingConfirmation entry) {
    if (ConfirmationsView.confirm(confirmations, messages, List.of(entry))) {
      reload();
    }
  }

  /** Confirms the ticked entries of this grant, all or none. */
  public void confirmSelected() {
    if (ConfirmationsView.confirm(confirmations, messages, selected)) {
      selected = new ArrayList<>();
      reload();
    }
  }

  public List<AwaitingConfirmation> getSelected() {
    return selected;
  }

  public void setSelected(List<AwaitingConfirmation> selected) {
    this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
  }

  /** The call's document as it was frozen when the call was recorded. */
  public StreamedContent document(long callId, String format) {
    return messages
        .attemptReturning(
            () -> reports.callForFunds(callId, ReportFormat.valueOf(format), locale()))
        .map(Downloads::of)
        .orElse(null);
  }

  /** The calls paid out in full or in part are done; the others may still receive a payout. */
  public List<FundsCall> getUnpaidCalls() {
    return calls.stream().filter(c -> c.getReceivedOn().isEmpty()).toList();
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  public Grant getGrant() {
    return grant;
  }

  public GrantFigures getFigures() {
    return figures;
  }

  public List<FundsCall> getCalls() {
    return calls;
  }

  public List<AwaitingConfirmation> getAwaiting() {
    return awaiting;
  }

  public LocalDate getCallDate() {
    return callDate;
  }

  public void setCallDate(LocalDate callDate) {
    this.callDate = callDate;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  public String getReference() {
    return reference;
  }

  public void setReference(String reference) {
    this.reference = reference;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public Long getPayoutCall() {
    return payoutCall;
  }

  public void setPayoutCall(Long payoutCall) {
    this.payoutCall = payoutCall;
  }

  public BigDecimal getReceived() {
    return received;
  }

  public void setReceived(BigDecimal received) {
    this.received = received;
  }

  public LocalDate getReceivedOn() {
    return receivedOn;
  }

  public void setReceivedOn(LocalDate receivedOn) {
    this.receivedOn = receivedOn;
  }
}
