package de.smartcity.portfolio.interfaces.shared.web;

import de.smartcity.portfolio.domain.model.project.Kpi;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads a typed figure (a key figure's value, target or baseline) strictly in the user's language:
 * {@code 1.234,5} in German, {@code 1,234.5} in English, grouping optional, a minus sign allowed.
 * Anything else ({@code zwölf}, {@code 12abc}, {@code 1e5}, a second decimal separator) and more
 * digits than the database keeps are refused with a message next to the field, never rounded.
 */
@FacesConverter("smartcity.decimal")
public class DecimalConverter implements Converter<BigDecimal> {

  @Override
  public BigDecimal getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    BigDecimal read = parse(value, context.getViewRoot().getLocale());
    if (read == null) {
      String text =
          context
              .getApplication()
              .getResourceBundle(context, "msg")
              .getString("kpi.number.invalid");
      throw new ConverterException(
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR,
              MessageFormat.format(text, Kpi.INTEGER_DIGITS, Kpi.FRACTION_DIGITS),
              null));
    }
    return read;
  }

  /** The number, or {@code null} when the text is none in the locale or has too many digits. */
  static BigDecimal parse(String value, Locale locale) {
    DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
    String decimal = Pattern.quote(String.valueOf(symbols.getDecimalSeparator()));
    String grouping = Pattern.quote(String.valueOf(symbols.getGroupingSeparator()));
    String text = value.strip().replace('\u00a0', ' ').replace('\u202f', ' ');
    // a German grouping point, or the space some write instead
    String digits =
        "(?:[0-9]{1,3}(?:(?:" + grouping + "| )[0-9]{3})+|[0-9]+)(?:" + decimal + "[0-9]+)?";
    if (!text.matches("-?" + digits)) {
      return null;
    }
    String plain =
        text.replace(String.valueOf(symbols.getGroupingSeparator()), "")
            .replace(" ", "")
            .replace(symbols.getDecimalSeparator(), '.');
    BigDecimal number = new BigDecimal(plain);
    BigDecimal stripped = number.stripTrailingZeros();
    if (Math.max(0, stripped.scale()) > Kpi.FRACTION_DIGITS
        || stripped.precision() - stripped.scale() > Kpi.INTEGER_DIGITS) {
      return null;
    }
    return number;
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
    return value == null ? "" : Formats.number(value, context.getViewRoot().getLocale());
  }
}
