package de.smartcity.portfolio.reports.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocaleFormatTest {

  private static final LocaleFormat GERMAN = LocaleFormat.of(Locale.GERMANY);
  private static final LocaleFormat ENGLISH = LocaleFormat.of(Locale.UK);

  @Test
  void shouldWriteEurosTheGermanWayWithTheSignKeptToItsAmount() {
    // Points group thousands, a comma before the cents, a no-break space before the sign.
    assertThat(GERMAN.money(new BigDecimal("1234.56"))).isEqualTo("1.234,56\u00a0€");
    assertThat(GERMAN.money(new BigDecimal("15200000.00"))).isEqualTo("15.200.000,00\u00a0€");
    assertThat(GERMAN.money(new BigDecimal("-0.05"))).isEqualTo("-0,05\u00a0€");
    // 0.005 is half a cent: half up makes it 0.01.
    assertThat(GERMAN.money(new BigDecimal("0.005"))).isEqualTo("0,01\u00a0€");
    assertThat(GERMAN.money(null)).isEmpty();
  }

  @Test
  void shouldWriteEurosTheEnglishWayWithTheSignInFront() {
    assertThat(ENGLISH.money(new BigDecimal("1234.56"))).isEqualTo("€1,234.56");
    assertThat(ENGLISH.money(new BigDecimal("-1234.56"))).isEqualTo("-€1,234.56");
  }

  @Test
  void shouldWriteDatesAsGermansAndAsBritonsAndAmericansAlikeReadThem() {
    LocalDate newYearsEve = LocalDate.of(2026, 12, 31);
    assertThat(GERMAN.date(newYearsEve)).isEqualTo("31.12.2026");
    assertThat(ENGLISH.date(newYearsEve)).isEqualTo("31 Dec 2026");
    // The 2nd of March, which 02/03 and 03/02 would leave in doubt; British English writes
    // "Sept", English in general "Sep": the format takes the language, not the country.
    assertThat(ENGLISH.date(LocalDate.of(2026, 3, 2))).isEqualTo("2 Mar 2026");
    assertThat(ENGLISH.date(LocalDate.of(2026, 9, 30))).isEqualTo("30 Sep 2026");
    assertThat(GERMAN.date(null)).isEmpty();
  }

  @Test
  void shouldWriteATimeOfDayAfterTheDate() {
    var afternoon = LocalDateTime.of(2026, 12, 31, 14, 5).atZone(ZoneId.of("Europe/Berlin"));
    assertThat(GERMAN.dateTime(afternoon)).isEqualTo("31.12.2026 14:05");
    assertThat(ENGLISH.dateTime(afternoon)).isEqualTo("31 Dec 2026 14:05");
  }

  @Test
  void shouldWriteEveryOtherLanguageAsGermanWhateverTheServersLanguage() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.US);
      assertThat(LocaleFormat.of(Locale.FRENCH).money(new BigDecimal("1234.56")))
          .isEqualTo("1.234,56\u00a0€");
      assertThat(LocaleFormat.of(Locale.FRENCH).date(LocalDate.of(2026, 12, 31)))
          .isEqualTo("31.12.2026");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void shouldLetDateFieldsTakeWhatCanBeTyped() {
    assertThat(GERMAN.inputDatePattern()).isEqualTo("dd.MM.yyyy");
    assertThat(ENGLISH.inputDatePattern()).isEqualTo("yyyy-MM-dd");
  }
}
