package de.smartcity.portfolio.interfaces.security.web;

import de.smartcity.portfolio.application.AccountService;
import de.smartcity.portfolio.domain.shared.BusinessRuleViolation;
import de.smartcity.portfolio.interfaces.shared.web.Messages;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/** Where a user replaces their password, and must do so after a reset. */
@Named
@RequestScoped
public class PasswordView {

  @Inject private AccountService accounts;
  @Inject private FacesContext facesContext;
  @Inject private Messages messages;

  private String currentPassword;
  private String newPassword;

  public void change() throws IOException {
    try {
      accounts.changeOwnPassword(currentPassword, newPassword);
    } catch (BusinessRuleViolation refused) {
      messages.show(refused);
      return;
    } catch (EJBException refused) {
      // A password too short, too long or blank breaks the service's declared bounds.
      if (!messages.showViolations(refused)) {
        throw refused;
      }
      return;
    }
    ExternalContext external = facesContext.getExternalContext();
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
}
