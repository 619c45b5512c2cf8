package de.smartcity.portfolio.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many failed sign-ins in a row lock an account, and for how long; and how many failed sign-ins
 * one address may make before it must wait, and how long. Settings, with safe defaults: {@code
 * SMARTCITY_SIGNIN_MAX_FAILURES}, {@code SMARTCITY_SIGNIN_LOCK_MINUTES}, {@code
 * SMARTCITY_SIGNIN_CLIENT_MAX_FAILURES}, {@code SMARTCITY_SIGNIN_CLIENT_WINDOW_MINUTES}, {@code
 * SMARTCITY_SIGNIN_CLIENT_BACKOFF_SECONDS}, {@code SMARTCITY_SIGNIN_CLIENT_MAX_BACKOFF_MINUTES},
 * {@code SMARTCITY_SIGNIN_CLIENT_EXEMPT}.
 */
@ApplicationScoped
public class SignInPolicy {

  @Inject
  @ConfigProperty(name = "smartcity.signin.max-failures", defaultValue = "5")
  int maxFailures;

  @Inject
  @ConfigProperty(name = "smartcity.signin.lock-minutes", defaultValue = "15")
  int lockMinutes;

  // Twenty: enough for the typing errors of a whole office behind one address, while an attacker
  // locks at most four accounts before the waiting starts.
  @Inject
  @ConfigProperty(name = "smartcity.signin.client.max-failures", defaultValue = "20")
  int clientMaxFailures;

  @Inject
  @ConfigProperty(name = "smartcity.signin.client.window-minutes", defaultValue = "15")
  int clientWindowMinutes;

  @Inject
  @ConfigProperty(name = "smartcity.signin.client.backoff-seconds", defaultValue = "30")
  int clientBackoffSeconds;

  @Inject
  @ConfigProperty(name = "smartcity.signin.client.max-backoff-minutes", defaultValue = "15")
  int clientMaxBackoffMinutes;

  // Addresses never throttled (comma-separated), none by default. For a client that must not be
  // held up by others' mistakes and is trusted not to guess, such as the test suite's one client.
  @Inject
  @ConfigProperty(name = "smartcity.signin.client.exempt")
  Optional<List<String>> clientExempt = Optional.empty();

  public int maxFailures() {
    return maxFailures;
  }

  public Duration lockDuration() {
    return Duration.ofMinutes(lockMinutes);
  }

  /** Failed sign-ins one address may make within {@link #clientWindow()} without waiting. */
  public int clientMaxFailures() {
    return clientMaxFailures;
  }

  /** The time in which an address's failed sign-ins are forgotten again, one by one. */
  public Duration clientWindow() {
    return Duration.ofMinutes(clientWindowMinutes);
  }

  /** The first wait once an address is over its limit; it doubles with every further failure. */
  public Duration clientBackoff() {
    return Duration.ofSeconds(clientBackoffSeconds);
  }

  /** Addresses the throttle leaves alone; the account lock still applies to them. */
  public List<String> clientExempt() {
    return clientExempt.orElse(List.of());
  }

  /** The longest wait. */
  public Duration clientMaxBackoff() {
    return Duration.ofMinutes(clientMaxBackoffMinutes);
  }
}
