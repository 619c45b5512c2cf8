package de.smartcity.portfolio.interfaces.shared.web;

import de.smartcity.portfolio.application.AccountService;
import de.smartcity.portfolio.domain.model.user.UserAccount;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * The language of every page for this session: the one the user chose, kept with their account;
 * until they choose, the first of German and English their browser asks for; German otherwise.
 */
@Named
@SessionScoped
public class UserLocale implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  static final List<String> SUPPORTED = List.of("de", "en");

  @Inject private AccountService accounts;

  private Locale chosen;
  private boolean accountRead;

  public Locale getLocale() {
    if (chosen != null) {
      return chosen;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    if (!accountRead && external.getUserPrincipal() != null) {
      accountRead = true;
      chosen =
          accounts
              .currentAccount()
              .flatMap(UserAccount::getPreferredLanguage)
              .map(Locale::forLanguageTag)
              .orElse(null);
      if (chosen != null) {
        return chosen;
      }
    }
    // Without an Accept-Language header the server would offer its own default, not the city's.
    return external.getRequestHeaderMap().containsKey("Accept-Language")
        ? fromBrowser(external.getRequestLocales())
        : Locale.GERMAN;
  }

  public String getLanguage() {
    return getLocale().getLanguage();
  }

  /**
   * Switches every page to the language, remembers it for the next sign-in, and shows the same page
   * again (with its parameters) in that language.
   */
  public String choose(String language) {
    if (SUPPORTED.contains(language)) {
      accounts.chooseLanguage(language);
      chosen = Locale.forLanguageTag(language);
      accountRead = true;
    }
    return FacesContext.getCurrentInstance().getViewRoot().getViewId()
        + "?faces-redirect=true&includeViewParams=true";
  }

  static Locale fromBrowser(Iterator<Locale> requested) {
    while (requested.hasNext()) {
      String language = requested.next().getLanguage();
      if (SUPPORTED.contains(language)) {
        return Locale.forLanguageTag(language);
      }
    }
    return Locale.GERMAN;
  }
}
