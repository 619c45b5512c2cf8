package de.smartcity.portfolio.interfaces.shared.web;

import de.smartcity.portfolio.domain.shared.Money;
import de.smartcity.portfolio.reports.text.LocaleFormat;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/**
 * How pages write money, dates and times in the user's language, as the reports do ({@link
 * LocaleFormat}): {@code 1.234,56 €} and {@code 31.12.2026} in German, {@code €1,234.56} and {@code
 * 31 Dec 2026} in English. Times are the city's, from the application's one clock.
 */
@Named("fmt")
@RequestScoped
public class Formats {

  @Inject private Clock clock;

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

  /** A key figure's number as typed and shown: {@code 1.234,5} in German, up to four decimals. */
  public String number(BigDecimal value) {
    return value == null ? "" : number(value, locale());
  }

  static String number(BigDecimal value, Locale locale) {
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMaximumFractionDigits(
        de.smartcity.portfolio.domain.model.project.Kpi.FRACTION_DIGITS);
    return format.format(value);
  }

  public String date(LocalDate date) {
    return LocaleFormat.of(locale()).date(date);
  }

  /** A moment as a day and time of day in the city, for example {@code 31.12.2026 14:05}. */
  public String time(Instant instant) {
    return instant == null
        ? ""
        : LocaleFormat.of(locale()).dateTime(instant.atZone(clock.getZone()));
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

  /** The pattern date fields show and accept: German as it reads, English the ISO date. */
  static String datePattern(Locale locale) {
    return LocaleFormat.of(locale).inputDatePattern();
  }

  /** A rule message's argument as the user reads it: dates and money in their language. */
  static Object forMessage(Object argument, Locale locale) {
    if (argument instanceof LocalDate date) {
      return LocaleFormat.of(locale).date(date);
    }
    if (argument instanceof Money money) {
      return euros(money.amount(), locale);
    }
    return argument;
  }

  static String euros(BigDecimal amount, Locale locale) {
    return LocaleFormat.of(locale).money(amount);
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }
}
