package de.smartcity.portfolio.interfaces.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.html.HtmlInputTextarea;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import java.text.MessageFormat;
import java.util.OptionalInt;
import java.util.ResourceBundle;

/**
 * Refuses control and invisible formatting characters in every value a form sends, as it was sent,
 * before any converter sees it: text, dates, numbers and choices alike. A converter may drop what a
 * validator would never see ({@code "GREEN\0"} became GREEN, {@code "01.01.2026\0"} a date), so the
 * check runs on the submitted value, for every input of every form, registered once in
 * faces-config.xml for {@code PreValidateEvent}. A refused field keeps what was typed and gets the
 * message next to it; nothing reaches the model.
 *
 * <p>Refused: C0 controls (below U+0020) except tab, line feed and carriage return in a multi-line
 * text; DEL and the C1 controls (U+007F to U+009F); the bidirectional embeddings, overrides and
 * isolates (U+202A to U+202E, U+2066 to U+2069), which can make a text read differently from what
 * it holds; line and paragraph separators (U+2028, U+2029) and the byte-order mark (U+FEFF).
 */
public class ControlCharacterCheck implements SystemEventListener {

  @Override
  public boolean isListenerForSource(Object source) {
    return source instanceof UIInput;
  }

  @Override
  public void processEvent(SystemEvent event) {
    UIInput input = (UIInput) event.getSource();
    boolean multiLine = input instanceof HtmlInputTextarea;
    OptionalInt found = firstRefused(input.getSubmittedValue(), multiLine);
    if (found.isPresent()) {
      FacesContext context = event.getFacesContext();
      ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
      String message =
          new MessageFormat(bundle.getString("input.control.character"), bundle.getLocale())
              .format(new Object[] {"U+%04X".formatted(found.getAsInt())});
      context.addMessage(
          input.getClientId(context),
          new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
      // Invalid before validation: the value is neither converted into the model nor kept.
      input.setValid(false);
    }
  }

  /**
   * The first refused character of a submitted value (a text, or the texts of a multiple choice).
   */
  static OptionalInt firstRefused(Object submitted, boolean multiLine) {
    if (submitted instanceof CharSequence text) {
      return text.chars().filter(c -> isRefused((char) c, multiLine)).findFirst();
    }
    if (submitted instanceof Object[] values) {
      for (Object each : values) {
        OptionalInt found = firstRefused(each, false);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return OptionalInt.empty();
  }

  static boolean isRefused(char c, boolean multiLine) {
    if (c < '\u0020') {
      return !(multiLine && (c == '\t' || c == '\n' || c == '\r'));
    }
    return (c >= '\u007f' && c <= '\u009f')
        || (c >= '\u202a' && c <= '\u202e')
        || (c >= '\u2066' && c <= '\u2069')
        || c == '\u2028'
        || c == '\u2029'
        || c == '\ufeff';
  }
}
