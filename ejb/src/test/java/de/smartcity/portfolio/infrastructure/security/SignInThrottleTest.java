package de.smartcity.portfolio.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

  private static final Instant START = Instant.parse("2026-12-03T08:00:00Z");
  private static final String ADDRESS = "198.51.100.7";

  private final SignInThrottle throttle = new SignInThrottle(defaults());

  private static SignInPolicy defaults() {
    SignInPolicy policy = new SignInPolicy();
    policy.clientMaxFailures = 20;
    policy.clientWindowMinutes = 15;
    policy.clientBackoffSeconds = 30;
    policy.clientMaxBackoffMinutes = 15;
    return policy;
  }

  private Instant failTwentyTimes() {
    Instant now = START;
    for (int i = 0; i < 20; i++) {
      assertThat(throttle.failed(ADDRESS, now)).isEmpty();
      now = now.plusMillis(100);
    }
    return now;
  }

  @Test
  void shouldLetAnAddressFailUpToItsLimitWithoutWaiting() {
    Instant now = failTwentyTimes();
    assertThat(throttle.refusedUntil(ADDRESS, now)).isEmpty();
  }

  @Test
  void shouldMakeTheAddressWaitOnceOverItsLimitAndDoubleTheWaitWithEachFurtherFailure() {
    assertThat(waits(throttle, 5)).containsExactly(30L, 60L, 120L, 240L, 480L);
  }

  @Test
  void shouldNeverMakeAnAddressWaitLongerThanTheLongestWait() {
    SignInPolicy policy = defaults();
    policy.clientMaxBackoffMinutes = 2;
    assertThat(waits(new SignInThrottle(policy), 5)).containsExactly(30L, 60L, 120L, 120L, 120L);
  }

  /** The waits in seconds of an address that fails again each time its wait is over. */
  private static java.util.List<Long> waits(SignInThrottle throttle, int strikes) {
    Instant now = START;
    for (int i = 0; i < 20; i++) {
      assertThat(throttle.failed(ADDRESS, now)).isEmpty();
      now = now.plusMillis(100);
    }
    java.util.List<Long> waits = new java.util.ArrayList<>();
    for (int strike = 1; strike <= strikes; strike++) {
      Instant until = throttle.failed(ADDRESS, now).orElseThrow();
      assertThat(throttle.refusedUntil(ADDRESS, until.minusSeconds(1))).contains(until);
      assertThat(throttle.refusedUntil(ADDRESS, until)).isEmpty();
      waits.add(Duration.between(now, until).toSeconds());
      now = until;
    }
    return waits;
  }

  @Test
  void shouldStartAfreshWhenTheAddressHasBeenQuietForTheWindow() {
    Instant now = failTwentyTimes();
    throttle.failed(ADDRESS, now);
    Instant later = now.plus(Duration.ofMinutes(16));
    assertThat(throttle.refusedUntil(ADDRESS, later)).isEmpty();
    assertThat(throttle.failed(ADDRESS, later)).isEmpty();
  }

  @Test
  void shouldCountOtherAddressesApartButOneIpv6NetworkAsOne() {
    failTwentyTimes();
    Instant until = throttle.failed(ADDRESS, START.plusSeconds(3)).orElseThrow();
    assertThat(throttle.refusedUntil("198.51.100.8", START.plusSeconds(3))).isEmpty();

    for (int i = 0; i <= 20; i++) {
      throttle.failed("2001:db8:1:2::" + Integer.toHexString(i + 1), START);
    }
    assertThat(throttle.refusedUntil("2001:db8:1:2:ffff::9", START)).isPresent();
    assertThat(throttle.refusedUntil("2001:db8:1:3::1", START)).isEmpty();
    assertThat(until).isAfter(START);
  }

  @Test
  void shouldLeaveAnExemptAddressAlone() {
    SignInPolicy policy = defaults();
    policy.clientExempt = java.util.Optional.of(java.util.List.of("127.0.0.1"));
    SignInThrottle exempting = new SignInThrottle(policy);
    for (int i = 0; i < 100; i++) {
      assertThat(exempting.failed("127.0.0.1", START)).isEmpty();
    }
    assertThat(exempting.refusedUntil("127.0.0.1", START)).isEmpty();
    assertThat(exempting.size()).isZero();
  }

  @Test
  void shouldRememberABoundedNumberOfAddresses() {
    for (int i = 0; i < SignInThrottle.CAPACITY + 500; i++) {
      throttle.failed(
          "2001:db8:"
              + Integer.toHexString(i / 65536)
              + ":"
              + Integer.toHexString(i % 65536)
              + "::1",
          START);
    }
    assertThat(throttle.size()).isEqualTo(SignInThrottle.CAPACITY);
  }
}
