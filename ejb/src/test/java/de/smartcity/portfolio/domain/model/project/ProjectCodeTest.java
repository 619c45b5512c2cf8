package de.smartcity.portfolio.domain.model.project;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProjectCodeTest {

  @ParameterizedTest
  @ValueSource(strings = {"INF-01", "MOB-2024-7", "X1"})
  void shouldAcceptCapitalLettersAndDigitsJoinedByHyphens(String code) {
    assertThat(code).matches(ProjectCode.PATTERN);
  }

  @ParameterizedTest
  @ValueSource(strings = {"inf-01", "INF--01", "-INF", "INF-", "INF 01", "INF_01", ""})
  void shouldRejectAnythingElse(String code) {
    assertThat(code).doesNotMatch(ProjectCode.PATTERN);
  }

  @ParameterizedTest
  @ValueSource(strings = {" inf-01 ", "Inf-01", "INF-01"})
  void shouldNormaliseWhatAUserTypedToOneCode(String typed) {
    assertThat(ProjectCode.normalise(typed)).isEqualTo("INF-01");
  }
}
