package de.smartcity.portfolio.domain.model.user;

import static org.assertj.core.api.Assertions.assertThat;

import de.smartcity.portfolio.infrastructure.demo.DemoUsers;
import org.junit.jupiter.api.Test;

class PasswordRuleTest {

  @Test
  void shouldRefuseTheWeakPasswordsTheProbeGotThrough() {
    assertThat(PasswordRule.breaches("aaaaaaaaaaaa")).contains("user.password.repeated");
    assertThat(PasswordRule.breaches("123456789012")).contains("user.password.sequence");
  }

  @Test
  void shouldRefuseACommonPasswordWhateverItsCase() {
    assertThat(PasswordRule.breaches("Password1234")).containsExactly("user.password.common");
    assertThat(PasswordRule.breaches("qwerty123456")).contains("user.password.common");
  }

  @Test
  void shouldRefuseRunsOfTheAlphabetTheKeyboardAndShortPiecesRepeated() {
    assertThat(PasswordRule.breaches("mein-abcde-garten"))
        .containsExactly("user.password.sequence");
    assertThat(PasswordRule.breaches("ein-qwertz-garten"))
        .containsExactly("user.password.sequence");
    assertThat(PasswordRule.breaches("ein-asdfg-garten")).containsExactly("user.password.sequence");
    assertThat(PasswordRule.breaches("abababababab")).containsExactly("user.password.repeated");
    assertThat(PasswordRule.breaches("Hallo!!!!!Welt")).containsExactly("user.password.repeated");
  }

  @Test
  void shouldAcceptTheDemoPasswordsAndThoseTheTestsUse() {
    DemoUsers.ALL.forEach(demo -> assertThat(PasswordRule.accepts(demo.password())).isTrue());
    assertThat(PasswordRule.accepts("erstes-passwort-2026")).isTrue();
    assertThat(PasswordRule.accepts("ein-langes-passwort")).isTrue();
    assertThat(PasswordRule.accepts("ein-neues-passwort")).isTrue();
    assertThat(PasswordRule.accepts("Sonnenblume im Mai 2026")).isTrue();
  }

  @Test
  void shouldLeaveLengthToItsOwnCheckButNotAcceptTooShort() {
    assertThat(PasswordRule.accepts("kurz")).isFalse();
    assertThat(PasswordRule.accepts("x".repeat(201))).isFalse();
  }
}
