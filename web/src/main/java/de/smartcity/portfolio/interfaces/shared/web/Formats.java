package de.smartcity.portfolio.interfaces.shared.web;

import de.smartcity.portfolio.domain.shared.Money;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;

/**
 * How pages write money, dates and times in the user's language: {@code 1.234,56 €} and {@code
 * 31.12.2026} in German, {@code €1,234.56} and {@code 2026-12-31} in English (ISO dates, so that
 * readers in Japan and in Britain read the same day).
 */
@Named("fmt")
@RequestScoped
public class Formats {

  /** The city's time zone, in which audit times are shown. */
  public static final ZoneId CITY = ZoneId.of("Europe/Berlin");

  private static final Currency EUR = Currency.getInstance("EUR");

  public String money(Money money) {
    return money == null ? "" : money(money.amount());
  }

  public String money(BigDecimal amount) {
    return amount == null ? "" : euros(amount, locale());
  }

  public String percent(BigDecimal percent) {
    if (percent == null) {
      return "";
    }
    NumberFormat format = NumberFormat.getNumberInstance(locale());
    format.setMaximumFractionDigits(1);
    return format.format(percent) + " %";
  }

  public String date(LocalDate date) {
    return date == null ? "" : date.format(DateTimeFormatter.ofPattern(datePattern(locale())));
  }

  public String time(Instant instant) {
    return instant == null
        ? ""
        : DateTimeFormatter.ofPattern(datePattern(locale()) + " HH:mm")
            .withZone(CITY)
            .format(instant);
  }

  /** The decimal separator of amount fields: a comma in German, a point in English. */
  public String getDecimalSeparator() {
    return String.valueOf(DecimalFormatSymbols.getInstance(locale()).getDecimalSeparator());
  }

  public String getGroupingSeparator() {
    return String.valueOf(DecimalFormatSymbols.getInstance(locale()).getGroupingSeparator());
  }

  /** The pattern date fields accept and show, for PrimeFaces' date picker. */
  public String getDatePattern() {
    return datePattern(locale());
  }

  static String datePattern(Locale locale) {
    return "de".equals(locale.getLanguage()) ? "dd.MM.yyyy" : "yyyy-MM-dd";
  }

  /** A rule message's argument as the user reads it: dates and money in their language. */
  static Object forMessage(Object argument, Locale locale) {
    if (argument instanceof LocalDate date) {
      return date.format(DateTimeFormatter.ofPattern(datePattern(locale)));
    }
    if (argument instanceof Money money) {
      return euros(money.amount(), locale);
    }
    return argument;
  }

  static String euros(BigDecimal amount, Locale locale) {
    NumberFormat format = NumberFormat.getCurrencyInstance(locale);
    format.setCurrency(EUR);
    return format.format(amount);
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }
}
