package de.smartcity.portfolio.interfaces.shared.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import org.primefaces.component.datepicker.DatePicker;
import org.primefaces.component.datepicker.DatePickerRenderer;

/**
 * Every date field of the application types like a text field: the calendar opens from its button
 * (or the arrow-down key), not when the field gets the focus, so clicking into an empty field and
 * typing works as reaching it by the tab key does, and no half-typed date is checked while the
 * calendar takes the focus away. A date the server refuses stays in the field as typed, next to the
 * message that says why ({@code keepInvalid}). Registered for {@code p:datePicker} in
 * faces-config.xml, so every page and every new form gets it without a word in its markup.
 */
public class FriendlyDatePickerRenderer extends DatePickerRenderer {

  @Override
  public void encodeEnd(FacesContext context, UIComponent component) throws IOException {
    DatePicker picker = (DatePicker) component;
    picker.setShowOnFocus(false);
    picker.setKeepInvalid(true);
    super.encodeEnd(context, component);
  }
}
