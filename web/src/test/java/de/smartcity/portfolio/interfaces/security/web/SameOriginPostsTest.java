package de.smartcity.portfolio.interfaces.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SameOriginPostsTest {

  private static final String PAGE = "http://127.0.0.1:8280/project.xhtml";

  @Test
  void shouldAllowAPostFromTheApplicationsOwnPages() {
    assertThat(SameOriginPosts.allowed("http://127.0.0.1:8280", PAGE, Optional.empty())).isTrue();
    assertThat(
            SameOriginPosts.allowed(
                "https://Portfolio.Example", "https://portfolio.example:443/x", Optional.empty()))
        .isTrue();
  }

  @Test
  void shouldRefuseAPostFromAnotherSiteOrFromNowhere() {
    assertThat(SameOriginPosts.allowed("https://evil.example", PAGE, Optional.empty())).isFalse();
    assertThat(SameOriginPosts.allowed("http://127.0.0.1:9999", PAGE, Optional.empty())).isFalse();
    assertThat(SameOriginPosts.allowed("https://127.0.0.1:8280", PAGE, Optional.empty())).isFalse();
    assertThat(SameOriginPosts.allowed("null", PAGE, Optional.empty())).isFalse();
    assertThat(SameOriginPosts.allowed("", PAGE, Optional.empty())).isFalse();
    assertThat(SameOriginPosts.allowed("http://[bad", PAGE, Optional.empty())).isFalse();
  }

  @Test
  void shouldAllowThePublicAddressWhenAProxyChangesTheHost() {
    Optional<String> publicUrl = Optional.of("https://portfolio.bochum.example/");
    assertThat(
            SameOriginPosts.allowed(
                "https://portfolio.bochum.example", "http://10.0.0.5:8080/index.xhtml", publicUrl))
        .isTrue();
    assertThat(
            SameOriginPosts.allowed(
                "https://evil.example", "http://10.0.0.5:8080/index.xhtml", publicUrl))
        .isFalse();
  }
}
