package de.smartcity.portfolio.interfaces.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;

/**
 * Reads a typed date strictly in the user's language: {@code 31.02.2026} is refused with a message
 * rather than quietly becoming the 28th, as lenient parsing would make it.
 */
@FacesConverter("smartcity.date")
public class StrictDateConverter implements Converter<LocalDate> {

  @Override
  public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip(), formatter(context));
    } catch (DateTimeParseException e) {
      String text =
          context
              .getApplication()
              .getResourceBundle(context, "msg")
              .getString("common.date.invalid");
      throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null), e);
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
    return value == null ? "" : value.format(formatter(context));
  }

  static DateTimeFormatter formatter(Locale locale) {
    // "uuuu" rather than "yyyy": strict resolving needs the proleptic year, not the year of era.
    return DateTimeFormatter.ofPattern(Formats.datePattern(locale).replace("yyyy", "uuuu"), locale)
        .withResolverStyle(ResolverStyle.STRICT);
  }

  private static DateTimeFormatter formatter(FacesContext context) {
    return formatter(context.getViewRoot().getLocale());
  }
}
