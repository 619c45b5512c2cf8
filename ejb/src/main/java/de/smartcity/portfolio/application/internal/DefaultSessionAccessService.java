package de.smartcity.portfolio.application.internal;

import de.smartcity.portfolio.application.SessionAccessService;
import de.smartcity.portfolio.application.port.SignInRefusals;
import de.smartcity.portfolio.domain.model.user.UserRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;

/**
 * Open to every caller, signed in or not: the sign-in page reads the stamp before the user is
 * known, and the stamp alone tells nothing about the account. Runs on every request of a signed-in
 * user, so it reads one column without a transaction of its own.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class DefaultSessionAccessService implements SessionAccessService {

  @Inject private UserRepository users;
  @Inject private SignInRefusals signIns;

  @Override
  public Optional<Long> accessStamp(String username) {
    return username == null ? Optional.empty() : users.findAccessStamp(username);
  }

  @Override
  public Optional<Instant> signInRefusedUntil(String clientAddress) {
    return signIns.refusedUntil(clientAddress);
  }
}
