package de.smartcity.portfolio.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuarterTest {

  @Test
  void shouldNameAQuarterInALinkAndReadItBack() {
    Quarter third = new Quarter(2025, 3);

    assertThat(third.code()).isEqualTo("2025-Q3");
    assertThat(Quarter.parse("2025-Q3")).contains(third);
    assertThat(Quarter.parse(" 2025-Q3 ")).contains(third);
  }

  @Test
  void shouldReadNothingFromAnythingElse() {
    assertThat(Quarter.parse("2025-Q5")).isEmpty();
    assertThat(Quarter.parse("Q3/2025")).isEmpty();
    assertThat(Quarter.parse("<script>")).isEmpty();
    assertThat(Quarter.parse(null)).isEmpty();
  }
}
