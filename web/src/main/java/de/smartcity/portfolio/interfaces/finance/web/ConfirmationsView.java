package de.smartcity.portfolio.interfaces.finance.web;

import de.smartcity.portfolio.application.AwaitingConfirmation;
import de.smartcity.portfolio.application.ConfirmationService;
import de.smartcity.portfolio.interfaces.shared.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * What waits for a second finance user's confirmation (four eyes): calls for funds, proof
 * submissions and receipts above their grant's threshold. The caller's own entries are listed too,
 * marked, without a button: nobody confirms their own entry.
 */
@Named
@ViewScoped
public class ConfirmationsView implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  @Inject private ConfirmationService confirmations;
  @Inject private Messages messages;

  private List<AwaitingConfirmation> awaiting = List.of();

  @PostConstruct
  void load() {
    awaiting = confirmations.awaiting();
  }

  public List<AwaitingConfirmation> getAwaiting() {
    return awaiting;
  }

  /** Those the current user may confirm: entered by someone else. */
  public List<AwaitingConfirmation> getForMe() {
    return awaiting.stream().filter(a -> !a.ownEntry()).toList();
  }

  public void confirm(AwaitingConfirmation entry) {
    if (messages.attempt(() -> confirm(confirmations, entry)).saved()) {
      messages.info("confirmations.confirmed");
      load();
    }
  }

  /** Confirms an entry of any kind through the service; the one way both pages confirm. */
  static void confirm(ConfirmationService service, AwaitingConfirmation entry) {
    switch (entry.kind()) {
      case CALL -> service.confirmCall(entry.id(), entry.version());
      case RECEIPT -> service.confirmReceipt(entry.id(), entry.version());
      case PROOF -> service.confirmSubmission(entry.id(), entry.version());
    }
  }
}
