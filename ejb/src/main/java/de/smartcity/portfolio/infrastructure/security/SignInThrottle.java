package de.smartcity.portfolio.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Slows down an address that fails to sign in again and again, whichever accounts it tries, so that
 * guessing passwords or locking other people's accounts costs time. Each address has a leaky
 * bucket: every failed sign-in adds one, and the bucket empties at {@link
 * SignInPolicy#clientMaxFailures()} per {@link SignInPolicy#clientWindow()}. A failure that
 * overfills it makes the address wait {@link SignInPolicy#clientBackoff()}, and each further
 * failure twice as long as the one before, up to {@link SignInPolicy#clientMaxBackoff()}; only once
 * the bucket has run empty does the address start afresh. Successful sign-ins are not counted and
 * do not reset anything, so that one known account cannot wash an attacker's address clean.
 *
 * <p>Addresses named in {@link SignInPolicy#clientExempt()} are left alone. An IPv6 address counts
 * as its /64 network, which one household or server usually has whole. The state lives in memory,
 * per server, for at most {@value #CAPACITY} addresses: beyond that the address idle longest is
 * forgotten, so nobody can make the server hold more.
 */
@ApplicationScoped
public class SignInThrottle {

  static final int CAPACITY = 10_000;

  /** One address's bucket. */
  private static final class Bucket {
    double level;
    Instant updated;
    int strikes;
    Instant waitUntil;
  }

  @Inject private SignInPolicy policy;

  public SignInThrottle() {}

  /** A throttle of its own, outside the server, with the given limits. */
  SignInThrottle(SignInPolicy policy) {
    this.policy = policy;
  }

  private final Map<String, Bucket> buckets =
      new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
          return size() > CAPACITY;
        }
      };

  /** When the address may try again, while it must wait; empty when it may try now. */
  public synchronized Optional<Instant> refusedUntil(String address, Instant now) {
    if (exempt(address)) {
      return Optional.empty();
    }
    Bucket bucket = buckets.get(key(address));
    if (bucket == null || bucket.waitUntil == null || !now.isBefore(bucket.waitUntil)) {
      return Optional.empty();
    }
    return Optional.of(bucket.waitUntil);
  }

  /**
   * Counts a failed sign-in from the address.
   *
   * @return when it may try again, if this failure makes it wait
   */
  public synchronized Optional<Instant> failed(String address, Instant now) {
    if (exempt(address)) {
      return Optional.empty();
    }
    Bucket bucket = buckets.computeIfAbsent(key(address), k -> new Bucket());
    drain(bucket, now);
    if (bucket.level == 0) {
      bucket.strikes = 0;
    }
    bucket.level += 1;
    // Once waiting, every further failure waits longer, until the bucket has run empty.
    if (bucket.level > policy.clientMaxFailures() || bucket.strikes > 0) {
      bucket.strikes++;
      bucket.waitUntil = now.plus(backoff(bucket.strikes));
    }
    return refusedUntil(address, now);
  }

  /** How many addresses are remembered now. */
  public synchronized int size() {
    return buckets.size();
  }

  private Duration backoff(int strikes) {
    Duration max = policy.clientMaxBackoff();
    Duration wait = policy.clientBackoff();
    for (int i = 1; i < strikes && wait.compareTo(max) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(max) < 0 ? wait : max;
  }

  private void drain(Bucket bucket, Instant now) {
    if (bucket.updated != null && now.isAfter(bucket.updated)) {
      double perMilli =
          (double) policy.clientMaxFailures() / Math.max(1, policy.clientWindow().toMillis());
      long elapsed = Duration.between(bucket.updated, now).toMillis();
      bucket.level = Math.max(0, bucket.level - elapsed * perMilli);
    }
    bucket.updated = now;
  }

  private boolean exempt(String address) {
    return policy.clientExempt().contains(address);
  }

  /** The address as counted: IPv4 as it is, IPv6 as its /64 network. */
  static String key(String address) {
    if (address == null) {
      return "";
    }
    // Only a literal IPv6 address has a colon; a name would make getByName ask the DNS.
    if (address.indexOf(':') < 0) {
      return address;
    }
    try {
      byte[] bytes = InetAddress.getByName(address).getAddress();
      return bytes.length == 16
          ? HexFormat.of().formatHex(bytes, 0, 8) + "::/64"
          : InetAddress.getByAddress(bytes).getHostAddress();
    } catch (UnknownHostException e) {
      return address;
    }
  }
}
