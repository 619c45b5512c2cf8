package de.smartcity.portfolio.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many failed sign-ins in a row lock an account, and for how long; settings, with safe defaults
 * ({@code SMARTCITY_SIGNIN_MAX_FAILURES}, {@code SMARTCITY_SIGNIN_LOCK_MINUTES}).
 */
@ApplicationScoped
public class SignInPolicy {

  @Inject
  @ConfigProperty(name = "smartcity.signin.max-failures", defaultValue = "5")
  int maxFailures;

  @Inject
  @ConfigProperty(name = "smartcity.signin.lock-minutes", defaultValue = "15")
  int lockMinutes;

  public int maxFailures() {
    return maxFailures;
  }

  public Duration lockDuration() {
    return Duration.ofMinutes(lockMinutes);
  }
}
