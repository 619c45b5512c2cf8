package de.smartcity.portfolio.interfaces.shared.web;

import de.smartcity.portfolio.domain.shared.BusinessRuleViolation;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Turns a refused request into a message in the user's language, next to the field it concerns
 * where the form has one; never shows an exception's own text.
 */
@RequestScoped
public class Messages {

  private static final String RULES = "de.smartcity.portfolio.i18n.rules";

  @Inject private FacesContext facesContext;

  public void show(BusinessRuleViolation violation) {
    ResourceBundle rules = ResourceBundle.getBundle(RULES, facesContext.getViewRoot().getLocale());
    String text;
    try {
      text =
          new MessageFormat(rules.getString(violation.getMessageKey()), rules.getLocale())
              .format(violation.getArguments().toArray());
    } catch (MissingResourceException e) {
      text = rules.getString("record.not.found");
    }
    String clientId = violation.getField() == null ? null : findClientId(violation.getField());
    facesContext.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  private String findClientId(String field) {
    var found = new String[1];
    facesContext
        .getViewRoot()
        .visitTree(
            jakarta.faces.component.visit.VisitContext.createVisitContext(facesContext),
            (context, component) -> {
              if (field.equals(component.getId())) {
                found[0] = component.getClientId(facesContext);
                return jakarta.faces.component.visit.VisitResult.COMPLETE;
              }
              return jakarta.faces.component.visit.VisitResult.ACCEPT;
            });
    return found[0];
  }
}
