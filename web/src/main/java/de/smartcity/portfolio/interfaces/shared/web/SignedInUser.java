package de.smartcity.portfolio.interfaces.shared.web;

import de.smartcity.portfolio.application.AccountService;
import de.smartcity.portfolio.domain.model.organisation.Person;
import de.smartcity.portfolio.domain.model.user.UserAccount;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.security.Principal;

/**
 * Who the page header names: the person linked to the signed-in account ("Anna Becker"), else the
 * login name, which is all an account without a person has to say.
 */
@Named
@RequestScoped
public class SignedInUser {

  @Inject private AccountService accounts;

  private String name;

  public String getName() {
    if (name == null) {
      Principal principal =
          FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal();
      String login = principal == null ? "" : principal.getName();
      name =
          principal == null
              ? ""
              : accounts
                  .currentAccount()
                  .flatMap(UserAccount::getPerson)
                  .map(Person::getName)
                  .filter(person -> !person.isBlank())
                  .orElse(login);
    }
    return name;
  }
}
