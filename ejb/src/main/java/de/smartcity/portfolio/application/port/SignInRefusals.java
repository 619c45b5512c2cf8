package de.smartcity.portfolio.application.port;

import java.time.Instant;
import java.util.Optional;

/**
 * Whether a client address must wait before it may try to sign in again: the sign-in throttle of
 * the infrastructure's security layer answers, the sign-in page asks through the application.
 */
public interface SignInRefusals {

  /** When the address may try to sign in again, while it must wait; empty when it may try now. */
  Optional<Instant> refusedUntil(String clientAddress);
}
