package de.smartcity.portfolio.infrastructure.security;

import de.smartcity.portfolio.application.port.SignInRefusals;
import de.smartcity.portfolio.domain.model.audit.AuditAction;
import de.smartcity.portfolio.domain.model.user.Role;
import de.smartcity.portfolio.domain.model.user.UserAccount;
import de.smartcity.portfolio.domain.model.user.UserRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides a sign-in: a known, enabled, unlocked user with the right password gets in; every attempt
 * is counted and audited in a transaction of its own, so a refused sign-in still counts. Every
 * attempt that is not throttled does exactly one slow password check, also for an unknown, locked
 * or disabled user, so that the time an answer takes tells nothing about the account. Failed
 * attempts also count against the address they came from ({@link SignInThrottle}).
 */
// The port for the application, and its own view (no interface) for the identity store.
@Local(SignInRefusals.class)
@LocalBean
@Stateless
@PermitAll
public class SignInService implements SignInRefusals {

  /**
   * The outcome of a sign-in.
   *
   * @param username the normalised username, when the sign-in succeeded
   * @param roles the user's role names
   */
  public record Outcome(String username, Set<String> roles) {}

  @Inject private UserRepository users;
  @Inject private PasswordHashing hashing;
  @Inject private SignInPolicy policy;
  @Inject private SignInThrottle throttle;
  @Inject private Clock clock;

  @PersistenceContext(unitName = "smartcity")
  private EntityManager entityManager;

  /**
   * Signs a user in from an address.
   *
   * @param clientAddress where the attempt comes from (the request's remote address)
   * @return the user, when the sign-in succeeded
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<Outcome> signIn(String clientAddress, String username, String password) {
    Instant now = clock.instant();
    if (throttle.refusedUntil(clientAddress, now).isPresent()) {
      // The address must wait: no account is looked at, nothing is checked or counted.
      return Optional.empty();
    }
    Optional<UserAccount> found = users.findByUsername(username);
    boolean rightPassword = hashing.matches(password, found.map(UserAccount::getPasswordHash));
    if (found.isEmpty()) {
      throttle.failed(clientAddress, now);
      return Optional.empty();
    }
    UserAccount user = found.get();
    if (!user.isEnabled() || user.isLockedAt(now) || !rightPassword) {
      boolean lockedNow =
          user.isEnabled()
              && !user.isLockedAt(now)
              && user.failSignIn(now, policy.maxFailures(), policy.lockDuration());
      record(user, lockedNow ? AuditAction.ACCOUNT_LOCKED : AuditAction.SIGN_IN_FAILED, now);
      throttle.failed(clientAddress, now);
      return Optional.empty();
    }
    user.signedIn();
    record(user, AuditAction.SIGN_IN, now);
    return Optional.of(
        new Outcome(
            user.getUsername(),
            user.getRoles().stream().map(Role::name).collect(Collectors.toUnmodifiableSet())));
  }

  @Override
  public Optional<Instant> refusedUntil(String clientAddress) {
    return throttle.refusedUntil(clientAddress, clock.instant());
  }

  private void record(UserAccount user, AuditAction action, Instant now) {
    entityManager
        .createNativeQuery(
            "INSERT INTO audit_entry (occurred_at, username, action, record_type, record_id,"
                + " record_label) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
        .setParameter(1, Timestamp.from(now))
        .setParameter(2, user.getUsername())
        .setParameter(3, action.name())
        .setParameter(4, UserAccount.class.getSimpleName())
        .setParameter(5, user.getId())
        .setParameter(6, user.getUsername())
        .executeUpdate();
  }
}
