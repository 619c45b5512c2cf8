package de.smartcity.portfolio.interfaces.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.smartcity.portfolio.domain.shared.Money;
import de.smartcity.portfolio.reports.text.ReportTexts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormatsTest {

  /**
   * German puts a no-break space between amount and sign, so "€" never starts a line; the reports
   * write the same.
   */
  @Test
  void shouldWriteEurosTheGermanWayAndTheEnglishWay() {
    assertThat(Formats.euros(new BigDecimal("1234.56"), Locale.GERMAN))
        .isEqualTo("1.234,56\u00a0€");
    assertThat(Formats.euros(new BigDecimal("1234.56"), Locale.ENGLISH)).isEqualTo("€1,234.56");
    assertThat(Formats.euros(new BigDecimal("-0.05"), Locale.GERMAN)).isEqualTo("-0,05\u00a0€");
    assertThat(Formats.euros(new BigDecimal("1234.56"), Locale.GERMAN))
        .isEqualTo(ReportTexts.of(Locale.GERMAN).money(new BigDecimal("1234.56")));
  }

  /** A rule message writes dates as the page and the reports do: "31 Dec 2026" in English. */
  @Test
  void shouldWriteDatesInMessagesAsPagesAndReportsWriteThem() {
    LocalDate newYearsEve = LocalDate.of(2026, 12, 31);
    assertThat(Formats.forMessage(newYearsEve, Locale.GERMAN)).isEqualTo("31.12.2026");
    assertThat(Formats.forMessage(newYearsEve, Locale.ENGLISH)).isEqualTo("31 Dec 2026");
    assertThat(Formats.forMessage(newYearsEve, Locale.ENGLISH))
        .isEqualTo(ReportTexts.of(Locale.ENGLISH).date(newYearsEve));
    assertThat(Formats.forMessage(Money.of("15200000.00"), Locale.GERMAN))
        .isEqualTo("15.200.000,00\u00a0€");
    assertThat(Formats.forMessage("INF-01", Locale.GERMAN)).isEqualTo("INF-01");
  }

  /** Date fields take what can be typed: German as it reads, English the ISO date. */
  @Test
  void shouldReadATypedDateStrictly() {
    assertThat(LocalDate.parse("28.02.2026", StrictDateConverter.formatter(Locale.GERMAN)))
        .isEqualTo(LocalDate.of(2026, 2, 28));
    assertThat(LocalDate.parse("2026-02-28", StrictDateConverter.formatter(Locale.ENGLISH)))
        .isEqualTo(LocalDate.of(2026, 2, 28));
    assertThatThrownBy(
            () -> LocalDate.parse("31.02.2026", StrictDateConverter.formatter(Locale.GERMAN)))
        .isInstanceOf(DateTimeParseException.class);
    assertThatThrownBy(
            () -> LocalDate.parse("2026-12-31", StrictDateConverter.formatter(Locale.GERMAN)))
        .isInstanceOf(DateTimeParseException.class);
  }
}
