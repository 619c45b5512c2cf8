package de.smartcity.portfolio.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * One value computed from the database and kept for every reader until it may be out of date: until
 * this server writes a record (a count of written records that only grows), the key it was computed
 * for changes (the day, for example), or it is older than the maximum age (for changes that another
 * server or a database tool makes). Then the first reader computes it anew and the others wait for
 * that one computation instead of starting their own.
 *
 * @param <K> what the value depends on besides the data, compared with {@code equals}
 * @param <V> the kept value; it is handed to every reader, so it must not change
 */
public final class KeptUntilChange<K, V> {

  private record Kept<K, V>(long generation, K key, Instant computedAt, V value) {}

  private final Clock clock;
  private final Duration maxAge;
  private final LongSupplier changes;
  private final Object computing = new Object();
  private volatile Kept<K, V> kept;

  /**
   * @param changes the count of records this server has written, which only grows (the persistence
   *     layer keeps it); a value computed before it moved is out of date
   */
  public KeptUntilChange(Clock clock, Duration maxAge, LongSupplier changes) {
    this.clock = Objects.requireNonNull(clock);
    this.maxAge = Objects.requireNonNull(maxAge);
    this.changes = Objects.requireNonNull(changes);
  }

  /** The kept value for this key, or a new one from {@code compute} if it may be out of date. */
  public V get(K key, Supplier<V> compute) {
    Kept<K, V> current = kept;
    if (isCurrent(current, key)) {
      return current.value();
    }
    synchronized (computing) {
      current = kept;
      if (isCurrent(current, key)) {
        return current.value();
      }
      long generation = changes.getAsLong();
      Instant started = clock.instant();
      V value = compute.get();
      kept = new Kept<>(generation, key, started, value);
      return value;
    }
  }

  private boolean isCurrent(Kept<K, V> current, K key) {
    return current != null
        && current.generation() == changes.getAsLong()
        && current.key().equals(key)
        && Duration.between(current.computedAt(), clock.instant()).compareTo(maxAge) < 0;
  }
}
