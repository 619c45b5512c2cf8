package de.smartcity.portfolio.application;

import java.time.Instant;
import java.util.Optional;

/**
 * Whether a signed-in session still stands for the access its user has: every session remembers the
 * user's access stamp from its sign-in, and ends once the stamp has moved (the account was
 * disabled, lost a role or got a new password).
 */
public interface SessionAccessService {

  /**
   * The user's access stamp as stored now; empty for an unknown user. Read before a sign-in is
   * checked, so that a change made during the sign-in ends the new session too.
   */
  Optional<Long> accessStamp(String username);

  /** Until when sign-ins from this client address are refused, while it must wait. */
  Optional<Instant> signInRefusedUntil(String clientAddress);
}
