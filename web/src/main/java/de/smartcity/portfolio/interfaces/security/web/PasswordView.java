package de.smartcity.portfolio.interfaces.security.web;

import de.smartcity.portfolio.application.AccountService;
import de.smartcity.portfolio.interfaces.shared.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a user replaces their password, and must do so after a reset. The new one is typed twice;
 * what it must be is the service's rule. The change ends the user's other sessions; this one goes
 * on.
 */
@Named
@RequestScoped
public class PasswordView {

  @Inject private AccountService accounts;
  @Inject private FacesContext facesContext;
  @Inject private Messages messages;

  private String currentPassword;
  private String newPassword;
  private String confirmation;

  public void change() throws IOException {
    if (!Objects.equals(newPassword, confirmation)) {
      messages.errorAt("confirmation", "password.confirmation.mismatch");
      return;
    }
    // A password too short, too long or blank breaks the service's declared bounds: a message too.
    Optional<Long> changed =
        messages.attemptReturning(() -> accounts.changeOwnPassword(currentPassword, newPassword));
    if (changed.isEmpty()) {
      return;
    }
    long stamp = changed.get();
    ExternalContext external = facesContext.getExternalContext();
    // This session goes on with the new stamp, under a new id; the user's other sessions end.
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    SignedInAccess.remember(request.getSession(), request.getUserPrincipal().getName(), stamp);
    request.changeSessionId();
    external.getSessionMap().put(PasswordChangeFilter.MUST_CHANGE, false);
    external.redirect(external.getRequestContextPath() + "/");
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getConfirmation() {
    return confirmation;
  }

  public void setConfirmation(String confirmation) {
    this.confirmation = confirmation;
  }
}
