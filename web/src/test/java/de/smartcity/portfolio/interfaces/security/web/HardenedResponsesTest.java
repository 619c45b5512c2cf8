package de.smartcity.portfolio.interfaces.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HardenedResponsesTest {

  @Test
  void shouldCutTheRequestsOwnHostOffARedirect() {
    assertThat(HardenedResponses.withoutOwnHost("http://evil.example/login.xhtml", "evil.example"))
        .isEqualTo("/login.xhtml");
    assertThat(
            HardenedResponses.withoutOwnHost(
                "https://Portfolio.Example:8443/index.xhtml?theme=INF#top",
                "portfolio.example:8443"))
        .isEqualTo("/index.xhtml?theme=INF#top");
    assertThat(HardenedResponses.withoutOwnHost("http://evil.example", "evil.example"))
        .isEqualTo("/");
    assertThat(HardenedResponses.withoutOwnHost("http://evil.example?a=1", "evil.example"))
        .isEqualTo("/?a=1");
  }

  @Test
  void shouldNeverTurnARedirectIntoOneThatNamesAnotherHost() {
    assertThat(
            HardenedResponses.withoutOwnHost("http://own.example//evil.example/x", "own.example"))
        .isEqualTo("/evil.example/x");
    assertThat(HardenedResponses.withoutOwnHost("http://own.example/\\evil.example", "own.example"))
        .isEqualTo("/evil.example");
  }

  @Test
  void shouldLeaveRedirectsElsewhereAndRelativeOnesAsTheyAre() {
    assertThat(HardenedResponses.withoutOwnHost("https://kfw.example/form", "own.example"))
        .isEqualTo("https://kfw.example/form");
    assertThat(HardenedResponses.withoutOwnHost("http://own.example.evil/x", "own.example"))
        .isEqualTo("http://own.example.evil/x");
    assertThat(HardenedResponses.withoutOwnHost("/login.xhtml", "own.example"))
        .isEqualTo("/login.xhtml");
    assertThat(HardenedResponses.withoutOwnHost("/login.xhtml", null)).isEqualTo("/login.xhtml");
  }
}
