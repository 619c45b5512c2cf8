package de.smartcity.portfolio.interfaces.security.web;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import de.smartcity.portfolio.application.SessionAccessService;
import de.smartcity.portfolio.application.SignInCredential;
import de.smartcity.portfolio.domain.model.user.UserAccount;
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
import jakarta.servlet.http.HttpSession;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The sign-in page: checks the credentials and sends the user on, or says it failed, and until when
 * the address must wait when it failed too often. A sign-in gets a new session id, so that an id
 * somebody else planted in the browser before is worth nothing.
 */
@Named
@RequestScoped
public class SignInView {

  @Inject private SecurityContext securityContext;
  @Inject private FacesContext facesContext;
  @Inject private SessionAccessService access;
  @Inject private Clock clock;

  @NotBlank private String username;
  @NotBlank private String password;

  public void signIn() throws IOException {
    ExternalContext external = facesContext.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    String client = request.getRemoteAddr();
    Optional<Instant> wait = access.signInRefusedUntil(client);
    if (wait.isEmpty()) {
      // Read before the password is checked: any change of the account from now on ends the
      // session.
      Optional<Long> stamp = access.accessStamp(username);
      // The same session under a new id: attributes (the page asked for first) stay, the old id
      // dies.
      request.getSession();
      request.changeSessionId();
      AuthenticationStatus status =
          securityContext.authenticate(
              request,
              (HttpServletResponse) external.getResponse(),
              withParams()
                  .newAuthentication(true)
                  .credential(new SignInCredential(client, username, password)));
      switch (status) {
        case SEND_CONTINUE -> {
          signedIn(request.getSession(), stamp);
          facesContext.responseComplete();
          return;
        }
        case SUCCESS -> {
          signedIn(request.getSession(), stamp);
          external.redirect(external.getRequestContextPath() + "/");
          return;
        }
        default -> wait = access.signInRefusedUntil(client);
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
                        LocalTime.ofInstant(until.plusSeconds(1), clock.getZone())
                            .truncatedTo(ChronoUnit.SECONDS)
                            .format(DateTimeFormatter.ofPattern("HH:mm:ss"))))
            .orElseGet(() -> msg.getString("signin.failed"));
    facesContext.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  /**
   * Remembers the stamp for {@link SessionAccessFilter}; an unknown stamp (the account appeared
   * during the sign-in) never matches, and forgets what an earlier user of the session had to do.
   */
  private void signedIn(HttpSession session, Optional<Long> stamp) {
    session.removeAttribute(PasswordChangeFilter.MUST_CHANGE);
    SignedInAccess.remember(session, UserAccount.normalise(username), stamp.orElse(-1L));
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
