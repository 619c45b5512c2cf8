package de.smartcity.portfolio.interfaces.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import java.util.regex.Pattern;
import org.primefaces.component.inputnumber.InputNumberRenderer;

/**
 * PrimeFaces' number field, refusing with a message what its script never sends: PrimeFaces parses
 * the hidden plain value with {@code new BigDecimal(..)} and fails the whole request on {@code
 * 12,34,56}, {@code NaN} or {@code Infinity}, and reads {@code 1e999999999} as a number. Here only
 * a plain decimal (the format the script posts, whatever the user's locale) reaches it; anything
 * else marks the field invalid with a message in the user's language and the request renders the
 * page again, as any conversion error would.
 */
public class StrictInputNumberRenderer extends InputNumberRenderer {

  /** What PrimeFaces' script posts: digits, at most one point, an optional minus sign. */
  private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?\\d{1,20}(\\.\\d{1,10})?");

  @Override
  public void decode(FacesContext context, UIComponent component) {
    String submitted =
        context
            .getExternalContext()
            .getRequestParameterMap()
            .get(component.getClientId(context) + "_hinput");
    if (submitted == null || submitted.isBlank() || PLAIN_DECIMAL.matcher(submitted).matches()) {
      super.decode(context, component);
      return;
    }
    ((UIInput) component).setValid(false);
    String text =
        context
            .getApplication()
            .getResourceBundle(context, "msg")
            .getString("common.number.invalid");
    context.addMessage(
        component.getClientId(context), new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    context.validationFailed();
    context.renderResponse();
  }
}
