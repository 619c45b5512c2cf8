package de.smartcity.portfolio.interfaces.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import java.io.Serial;
import java.io.Serializable;
import java.text.MessageFormat;

/**
 * Refuses a text longer than its field holds, with a message in the user's language that says by
 * how much; nothing is stored and the text stays in the field to be shortened ({@link TextLimit}).
 */
public class TextLimitValidator implements Validator<Object>, Serializable {

  @Serial private static final long serialVersionUID = 1L;

  private int max;

  /** For the view state only. */
  public TextLimitValidator() {}

  TextLimitValidator(int max) {
    this.max = max;
  }

  @Override
  public void validate(FacesContext context, UIComponent component, Object value) {
    if (!(value instanceof String text) || text.length() <= max) {
      return;
    }
    String pattern =
        context.getApplication().getResourceBundle(context, "msg").getString("form.text.tooLong");
    String message =
        new MessageFormat(pattern, context.getViewRoot().getLocale())
            .format(new Object[] {text.length() - max, max});
    throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
  }
}
