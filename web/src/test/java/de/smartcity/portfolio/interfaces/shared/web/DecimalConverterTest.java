package de.smartcity.portfolio.interfaces.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Key figures are read strictly in the user's language; anything else is refused, not guessed. */
class DecimalConverterTest {

  @Test
  void shouldReadNumbersTheWayTheUsersLanguageWritesThem() {
    assertThat(DecimalConverter.parse("1.234,5", Locale.GERMAN)).isEqualByComparingTo("1234.5");
    assertThat(DecimalConverter.parse("110,5", Locale.GERMAN)).isEqualByComparingTo("110.5");
    assertThat(DecimalConverter.parse("240", Locale.GERMAN)).isEqualByComparingTo("240");
    assertThat(DecimalConverter.parse("-3,25", Locale.GERMAN)).isEqualByComparingTo("-3.25");
    assertThat(DecimalConverter.parse("1,234.5", Locale.ENGLISH)).isEqualByComparingTo("1234.5");
    assertThat(DecimalConverter.parse(" 12.75 ", Locale.ENGLISH)).isEqualByComparingTo("12.75");
  }

  @Test
  void shouldRefuseWhatIsNoNumberOrHasMoreDigitsThanAreKept() {
    for (String bad : new String[] {"zwölf", "12abc", "1e5", "1,2,3", "NaN", "1.23,4", "12 %"}) {
      assertThat(DecimalConverter.parse(bad, Locale.GERMAN)).as(bad).isNull();
    }
    // "1.5" is no German number (a grouping point needs three digits after it)
    assertThat(DecimalConverter.parse("1.5", Locale.GERMAN)).isNull();
    // at most four decimals and fifteen digits before the separator
    assertThat(DecimalConverter.parse("1,23456", Locale.GERMAN)).isNull();
    assertThat(DecimalConverter.parse("1234567890123456", Locale.GERMAN)).isNull();
    assertThat(DecimalConverter.parse("1,2340", Locale.GERMAN)).isEqualByComparingTo("1.234");
  }
}
