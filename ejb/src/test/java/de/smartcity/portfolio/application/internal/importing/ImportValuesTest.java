package de.smartcity.portfolio.application.internal.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.smartcity.portfolio.domain.shared.BusinessRuleViolation;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ImportValuesTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1.234,56|1234.56",
        "1234,56|1234.56",
        "1234.56|1234.56",
        "1,234.56|1234.56",
        "12.345.678,9|12345678.9",
        "1.234|1234",
        "980|980",
        "0,5|0.5",
        "1.234,56 €|1234.56",
        "EUR 99,00|99.00",
        "-12,50|-12.50",
        "12,50-|-12.50"
      })
  void shouldReadGermanAndPlainAmounts(String text, String expected) {
    assertThat(ImportValues.amount(text, "AMOUNT")).isEqualByComparingTo(new BigDecimal(expected));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"1,234", "12,345", "1.23.4", "abc", "1,2,3", "12.345,678", "1.234.56", "", "=A1"})
  void shouldRefuseAmountsThatCannotBeReadWithoutGuessing(String text) {
    assertThatThrownBy(() -> ImportValues.amount(text, "AMOUNT"))
        .isInstanceOf(BusinessRuleViolation.class)
        .hasMessage("import.amount.malformed");
  }

  @Test
  void shouldReadGermanAndIsoDays() {
    assertThat(ImportValues.day("31.12.2026", "D")).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(ImportValues.day("2026-12-31", "D")).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(ImportValues.day("2026-12-31T00:00", "D")).isEqualTo(LocalDate.of(2026, 12, 31));
  }

  @ParameterizedTest
  @ValueSource(strings = {"31.02.2026", "12/31/2026", "2026-13-01", "31.12.26", "morgen"})
  void shouldRefuseOtherDays(String text) {
    assertThatThrownBy(() -> ImportValues.day(text, "D"))
        .isInstanceOf(BusinessRuleViolation.class)
        .hasMessage("import.date.malformed");
  }
}
