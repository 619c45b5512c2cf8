package de.smartcity.portfolio.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class KeptUntilChangeTest {

  /** A clock the test moves by hand. */
  private static final class HandClock extends Clock {
    private Instant now = Instant.parse("2026-12-02T09:00:00Z");

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
      return ZoneId.of("Europe/Berlin");
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private final HandClock clock = new HandClock();

  /** The count of written records, as the server's listener keeps it. */
  private final AtomicLong changes = new AtomicLong();

  private final KeptUntilChange<String, Integer> kept =
      new KeptUntilChange<>(clock, Duration.ofSeconds(60), changes::get);
  private final AtomicInteger computations = new AtomicInteger();
  private final Supplier<Integer> compute = computations::incrementAndGet;

  @Test
  void shouldHandEveryReaderTheSameValueUntilSomethingChanges() {
    assertThat(kept.get("2026-12-02", compute)).isEqualTo(1);
    clock.advance(Duration.ofSeconds(59));

    assertThat(kept.get("2026-12-02", compute)).isEqualTo(1);
    assertThat(computations).hasValue(1);
  }

  @Test
  void shouldComputeAgainAfterARecordIsWritten() {
    kept.get("2026-12-02", compute);

    changes.incrementAndGet();

    assertThat(kept.get("2026-12-02", compute)).isEqualTo(2);
  }

  @Test
  void shouldComputeAgainForAnotherKey() {
    kept.get("2026-12-02", compute);

    assertThat(kept.get("2026-12-03", compute)).isEqualTo(2);
  }

  @Test
  void shouldComputeAgainWhenTheValueReachesItsMaximumAge() {
    kept.get("2026-12-02", compute);
    clock.advance(Duration.ofSeconds(60));

    assertThat(kept.get("2026-12-02", compute)).isEqualTo(2);
  }

  @Test
  void shouldNotKeepAValueThatAWriteOverlapped() {
    // The write happens while the value is computed: the computation may not have seen it.
    kept.get(
        "2026-12-02",
        () -> {
          changes.incrementAndGet();
          return computations.incrementAndGet();
        });

    assertThat(kept.get("2026-12-02", compute)).isEqualTo(2);
  }
}
