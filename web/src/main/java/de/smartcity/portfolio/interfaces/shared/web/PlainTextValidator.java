package de.smartcity.portfolio.interfaces.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.html.HtmlInputTextarea;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import java.text.MessageFormat;
import java.util.Collection;
import java.util.ResourceBundle;

/**
 * Refuses control characters in every text a form sends: below U+0020 and U+007F, except tab, line
 * feed and carriage return in a multi-line text. Registered as a default validator in
 * faces-config.xml, so every input of every form passes it without a word in the page; values that
 * are not text (numbers, dates, choices) pass untouched.
 */
@FacesValidator(PlainTextValidator.ID)
public class PlainTextValidator implements Validator<Object> {

  public static final String ID = "smartcity.plainText";

  @Override
  public void validate(FacesContext context, UIComponent component, Object value) {
    boolean multiLine = component instanceof HtmlInputTextarea;
    if (value instanceof CharSequence text) {
      check(context, text, multiLine);
    } else if (value instanceof Collection<?> values) {
      for (Object each : values) {
        if (each instanceof CharSequence text) {
          check(context, text, false);
        }
      }
    } else if (value instanceof Object[] values) {
      for (Object each : values) {
        if (each instanceof CharSequence text) {
          check(context, text, false);
        }
      }
    }
  }

  private static void check(FacesContext context, CharSequence text, boolean multiLine) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isControl(c, multiLine)) {
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
        String message =
            new MessageFormat(bundle.getString("input.control.character"), bundle.getLocale())
                .format(new Object[] {"U+%04X".formatted((int) c)});
        throw new ValidatorException(
            new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
      }
    }
  }

  static boolean isControl(char c, boolean multiLine) {
    if (c == '\u007f') {
      return true;
    }
    if (c >= '\u0020') {
      return false;
    }
    return !(multiLine && (c == '\t' || c == '\n' || c == '\r'));
  }
}
