package de.smartcity.portfolio.interfaces.security.web;

import jakarta.servlet.http.HttpSession;
import java.io.Serial;
import java.io.Serializable;
import java.util.Optional;

/**
 * What a session signed in as: the user and their access stamp at that moment, kept in the session
 * so that {@link SessionAccessFilter} can tell when the user's access has changed since.
 *
 * @param username the normalised username, as the caller principal names it
 * @param stamp the access stamp read before the password was checked
 */
record SignedInAccess(String username, long stamp) implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  private static final String ATTRIBUTE = SignedInAccess.class.getName();

  static void remember(HttpSession session, String username, long stamp) {
    session.setAttribute(ATTRIBUTE, new SignedInAccess(username, stamp));
  }

  static Optional<SignedInAccess> of(HttpSession session) {
    return Optional.ofNullable((SignedInAccess) session.getAttribute(ATTRIBUTE));
  }

  /** Whether the session still stands for this user with the access they have now. */
  boolean holdsFor(String callerName, long currentStamp) {
    return username.equals(callerName) && stamp == currentStamp;
  }
}
