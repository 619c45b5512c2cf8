package de.smartcity.portfolio.reports.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeTextTest {

  @Test
  void shouldDropTheControlCharactersXmlForbids() {
    assertThat(SafeText.clean("Firma\u0000 Mu\u0008ster\u000B\u000C\u000E\u001F GmbH"))
        .isEqualTo("Firma Muster GmbH");
  }

  @Test
  void shouldDropUnpairedSurrogatesAndNonCharacters() {
    assertThat(SafeText.clean("a\uD800b\uDC00c\uFFFEd\uFFFF")).isEqualTo("abcd");
  }

  @Test
  void shouldKeepTabsLineBreaksUmlautsAndWholeSurrogatePairs() {
    String text = "Zeile 1\r\nZeile\t2 – Straße € \uD83D\uDE00";
    assertThat(SafeText.clean(text)).isEqualTo(text);
  }

  @Test
  void shouldTurnNullIntoEmptyText() {
    assertThat(SafeText.clean(null)).isEmpty();
  }

  @Test
  void shouldRecogniseTextThatASpreadsheetWouldTakeForAFormula() {
    assertThat(SafeText.looksLikeFormula("=1+1")).isTrue();
    assertThat(SafeText.looksLikeFormula("+49 234 910")).isTrue();
    assertThat(SafeText.looksLikeFormula("-5")).isTrue();
    assertThat(SafeText.looksLikeFormula("@SUM(A1)")).isTrue();
    assertThat(SafeText.looksLikeFormula("Stadtwerke")).isFalse();
    assertThat(SafeText.looksLikeFormula("")).isFalse();
  }
}
