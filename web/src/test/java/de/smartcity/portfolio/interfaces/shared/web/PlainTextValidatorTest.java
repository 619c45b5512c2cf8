package de.smartcity.portfolio.interfaces.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PlainTextValidatorTest {

  @Test
  void shouldTakeEveryCharacterBelowSpaceAndDeleteForAControlCharacterInOneLine() {
    IntStream.range(0, 0x20)
        .forEach(
            c -> assertThat(PlainTextValidator.isControl((char) c, false)).as("%x", c).isTrue());
    assertThat(PlainTextValidator.isControl('\u007f', false)).isTrue();
  }

  @Test
  void shouldAllowTabAndLineBreaksOnlyInAMultiLineText() {
    for (char c : new char[] {'\t', '\n', '\r'}) {
      assertThat(PlainTextValidator.isControl(c, true)).isFalse();
      assertThat(PlainTextValidator.isControl(c, false)).isTrue();
    }
    assertThat(PlainTextValidator.isControl('\u0000', true)).isTrue();
    assertThat(PlainTextValidator.isControl('\u007f', true)).isTrue();
  }

  @Test
  void shouldLetPrintableTextPassIncludingUmlautsAndTheEuroSign() {
    "Größe 1.234,56 € – „Zitat“ 東京"
        .chars()
        .forEach(c -> assertThat(PlainTextValidator.isControl((char) c, false)).isFalse());
  }
}
