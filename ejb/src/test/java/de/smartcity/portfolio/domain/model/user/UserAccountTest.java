package de.smartcity.portfolio.domain.model.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** Which changes of an account end its open sessions (move the access stamp), and which do not. */
class UserAccountTest {

  private final UserAccount user = new UserAccount("sec-user", "Sitzung", "hash-1");

  {
    user.grant(EnumSet.of(Role.FINANCE, Role.COUNCIL));
  }

  @Test
  void shouldMoveTheStampWhenTheAccountIsDisabled() {
    long before = user.getAccessStamp();
    user.disable();
    assertThat(user.getAccessStamp()).isGreaterThan(before);
  }

  @Test
  void shouldMoveTheStampWhenARoleIsTakenAwayButNotWhenOneIsAdded() {
    long before = user.getAccessStamp();
    user.grant(EnumSet.of(Role.FINANCE, Role.COUNCIL, Role.ADMIN));
    assertThat(user.getAccessStamp()).isEqualTo(before);
    user.grant(EnumSet.of(Role.COUNCIL, Role.ADMIN));
    assertThat(user.getAccessStamp()).isGreaterThan(before);
  }

  @Test
  void shouldMoveTheStampWithEveryNewPassword() {
    long before = user.getAccessStamp();
    user.resetPassword("hash-2");
    long afterReset = user.getAccessStamp();
    user.changePassword("hash-3");
    assertThat(afterReset).isGreaterThan(before);
    assertThat(user.getAccessStamp()).isGreaterThan(afterReset);
  }

  @Test
  void shouldLeaveTheStampAloneWhenFailedSignInsLockTheAccount() {
    long before = user.getAccessStamp();
    for (int attempt = 0; attempt < 5; attempt++) {
      user.failSignIn(Instant.parse("2026-12-03T08:00:00Z"), 5, Duration.ofMinutes(15));
    }
    user.preferLanguage("en");
    user.enable();
    assertThat(user.getAccessStamp()).isEqualTo(before);
  }
}
