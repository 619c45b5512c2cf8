package de.smartcity.portfolio.interfaces.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ControlCharacterCheckTest {

  @Test
  void shouldRefuseEveryCharacterBelowSpaceDeleteAndTheC1ControlsInOneLine() {
    IntStream.range(0, 0x20)
        .forEach(
            c -> assertThat(ControlCharacterCheck.isRefused((char) c, false)).as("%x", c).isTrue());
    IntStream.rangeClosed(0x7f, 0x9f)
        .forEach(
            c -> assertThat(ControlCharacterCheck.isRefused((char) c, true)).as("%x", c).isTrue());
  }

  @Test
  void shouldAllowTabAndLineBreaksOnlyInAMultiLineText() {
    for (char c : new char[] {'\t', '\n', '\r'}) {
      assertThat(ControlCharacterCheck.isRefused(c, true)).isFalse();
      assertThat(ControlCharacterCheck.isRefused(c, false)).isTrue();
    }
    assertThat(ControlCharacterCheck.isRefused('\u0000', true)).isTrue();
    assertThat(ControlCharacterCheck.isRefused('\u007f', true)).isTrue();
  }

  @Test
  void shouldRefuseBidirectionalOverridesSeparatorsAndTheByteOrderMark() {
    for (char c :
        "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u2028\u2029\ufeff".toCharArray()) {
      assertThat(ControlCharacterCheck.isRefused(c, true)).as("%x", (int) c).isTrue();
    }
  }

  @Test
  void shouldFindTheFirstRefusedCharacterInATextOrAMultipleChoice() {
    assertThat(ControlCharacterCheck.firstRefused("GREEN\u0000", false)).hasValue(0);
    assertThat(ControlCharacterCheck.firstRefused("01.01.2026\u0085", false)).hasValue(0x85);
    assertThat(ControlCharacterCheck.firstRefused(new String[] {"INF", "\u202eevil"}, false))
        .hasValue(0x202e);
    assertThat(ControlCharacterCheck.firstRefused("Zeile 1\r\nZeile 2\tEnde", true)).isEmpty();
    assertThat(ControlCharacterCheck.firstRefused(null, false)).isEmpty();
  }

  @Test
  void shouldLetPrintableTextPassIncludingUmlautsTheEuroSignAndRightToLeftScript() {
    "Größe 1.234,56 € – „Zitat“ 東京 مرحبا \u200f"
        .chars()
        .forEach(c -> assertThat(ControlCharacterCheck.isRefused((char) c, false)).isFalse());
  }
}
