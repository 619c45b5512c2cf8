package de.smartcity.portfolio.interfaces.security.web;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import de.smartcity.portfolio.infrastructure.security.SignInCredential;
import de.smartcity.portfolio.infrastructure.security.SignInService;
import de.smartcity.portfolio.infrastructure.time.CityClock;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The sign-in page: checks the credentials and sends the user on, or says it failed, and until when
 * the address must wait when it failed too often.
 */
@Named
@RequestScoped
public class SignInView {

  @Inject private SecurityContext securityContext;
  @Inject private FacesContext facesContext;
  @Inject private SignInService signIns;

  @NotBlank private String username;
  @NotBlank private String password;

  public void signIn() throws IOException {
    ExternalContext external = facesContext.getExternalContext();
    String client = ((HttpServletRequest) external.getRequest()).getRemoteAddr();
    Optional<Instant> wait = signIns.refusedUntil(client);
    if (wait.isEmpty()) {
      AuthenticationStatus status =
          securityContext.authenticate(
              (HttpServletRequest) external.getRequest(),
              (HttpServletResponse) external.getResponse(),
              withParams()
                  .newAuthentication(true)
                  .credential(new SignInCredential(client, username, password)));
      switch (status) {
        case SEND_CONTINUE -> {
          facesContext.responseComplete();
          return;
        }
        case SUCCESS -> {
          external.redirect(external.getRequestContextPath() + "/");
          return;
        }
        default -> wait = signIns.refusedUntil(client);
      }
    }
    refused(wait);
  }

  /** Says that the sign-in failed, and when the address may try again if it must wait. */
  private void refused(Optional<Instant> wait) {
    ResourceBundle msg = facesContext.getApplication().getResourceBundle(facesContext, "msg");
    String text =
        wait.map(
                until ->
                    MessageFormat.format(
                        msg.getString("signin.throttled"),
                        // Rounded up, so that "after" is true to the second.
                        LocalTime.ofInstant(until.plusSeconds(1), CityClock.ZONE)
                            .truncatedTo(ChronoUnit.SECONDS)
                            .format(DateTimeFormatter.ofPattern("HH:mm:ss"))))
            .orElseGet(() -> msg.getString("signin.failed"));
    facesContext.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  /** Ends the session and shows the sign-in page again. */
  public void signOut() throws Exception {
    ExternalContext external = facesContext.getExternalContext();
    ((HttpServletRequest) external.getRequest()).logout();
    external.invalidateSession();
    external.redirect(external.getRequestContextPath() + "/login.xhtml?signedOut=true");
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
