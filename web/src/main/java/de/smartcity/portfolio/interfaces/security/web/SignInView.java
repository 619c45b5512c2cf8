package de.smartcity.portfolio.interfaces.security.web;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import java.util.ResourceBundle;

/** The sign-in page: checks the credentials and sends the user on, or says it failed. */
@Named
@RequestScoped
public class SignInView {

  @Inject private SecurityContext securityContext;
  @Inject private FacesContext facesContext;

  @NotBlank private String username;
  @NotBlank private String password;

  public void signIn() throws IOException {
    ExternalContext external = facesContext.getExternalContext();
    AuthenticationStatus status =
        securityContext.authenticate(
            (HttpServletRequest) external.getRequest(),
            (HttpServletResponse) external.getResponse(),
            withParams()
                .newAuthentication(true)
                .credential(new UsernamePasswordCredential(username, new Password(password))));
    switch (status) {
      case SEND_CONTINUE -> facesContext.responseComplete();
      case SUCCESS -> external.redirect(external.getRequestContextPath() + "/");
      default -> {
        ResourceBundle msg = facesContext.getApplication().getResourceBundle(facesContext, "msg");
        facesContext.addMessage(
            null,
            new FacesMessage(FacesMessage.SEVERITY_ERROR, msg.getString("signin.failed"), null));
      }
    }
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
