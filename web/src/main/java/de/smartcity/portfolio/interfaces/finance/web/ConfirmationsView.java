package de.smartcity.portfolio.interfaces.finance.web;

import de.smartcity.portfolio.application.AwaitingConfirmation;
import de.smartcity.portfolio.application.ConfirmationService;
import de.smartcity.portfolio.interfaces.shared.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What waits for a second finance user's confirmation (four eyes): calls for funds, proof
 * submissions and receipts above their grant's threshold. The caller's own entries are listed too,
 * marked, without a button and without a tick box: nobody confirms their own entry. Many entries
 * (an import's receipts) are confirmed at once by ticking them.
 */
@Named
@ViewScoped
public class ConfirmationsView implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  @Inject private ConfirmationService confirmations;
  @Inject private Messages messages;

  private List<AwaitingConfirmation> awaiting = List.of();
  private List<AwaitingConfirmation> selected = new ArrayList<>();

  @PostConstruct
  void load() {
    awaiting = confirmations.awaiting();
    selected = new ArrayList<>();
  }

  public List<AwaitingConfirmation> getAwaiting() {
    return awaiting;
  }

  /** Those the current user may confirm: entered by someone else. */
  public List<AwaitingConfirmation> getForMe() {
    return awaiting.stream().filter(a -> !a.ownEntry()).toList();
  }

  public void confirm(AwaitingConfirmation entry) {
    if (confirm(confirmations, messages, List.of(entry))) {
      load();
    }
  }

  /** Confirms the ticked entries, all or none. */
  public void confirmSelected() {
    if (confirm(confirmations, messages, selected)) {
      load();
    }
  }

  public List<AwaitingConfirmation> getSelected() {
    return selected;
  }

  public void setSelected(List<AwaitingConfirmation> selected) {
    this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
  }

  /**
   * Confirms entries of any kind through the service, in one transaction; the one way both pages
   * confirm, one entry or a selection. None ticked is a message next to the button.
   *
   * @return whether they were confirmed
   */
  static boolean confirm(
      ConfirmationService service, Messages messages, List<AwaitingConfirmation> entries) {
    if (entries.isEmpty()) {
      messages.errorAt("confirmSelected", "confirmations.choose");
      FacesContext.getCurrentInstance().validationFailed();
      return false;
    }
    if (messages.attempt(() -> service.confirmAll(entries)).saved()) {
      if (entries.size() == 1) {
        messages.info("confirmations.confirmed");
      } else {
        messages.info("confirmations.confirmedMany", entries.size());
      }
      return true;
    }
    return false;
  }
}
