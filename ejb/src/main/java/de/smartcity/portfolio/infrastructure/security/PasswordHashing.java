package de.smartcity.portfolio.infrastructure.security;

import de.smartcity.portfolio.domain.model.user.PasswordHashes;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;

/**
 * Hashes and checks passwords with the server's PBKDF2 implementation (Jakarta Security), salted
 * and slow: HMAC-SHA512 with 210,000 iterations, as OWASP recommends for PBKDF2 today.
 */
@ApplicationScoped
public class PasswordHashing implements PasswordHashes {

  @Inject private Pbkdf2PasswordHash hash;

  private String nobodysHash;

  private final LongAdder checks = new LongAdder();

  @PostConstruct
  void configure() {
    hash.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    nobodysHash = hash(java.util.UUID.randomUUID().toString());
  }

  /**
   * Checks a password against a stored hash, or, when there is none, against a hash made alike that
   * no password matches: either way one check of the same cost, so that the time taken does not
   * tell which users exist.
   */
  public boolean matches(String password, Optional<String> storedHash) {
    return matches(password, storedHash.orElse(nobodysHash)) && storedHash.isPresent();
  }

  @Override
  public String hash(String password) {
    return hash.generate(password.toCharArray());
  }

  @Override
  public boolean matches(String password, String storedHash) {
    checks.increment();
    return hash.verify(password.toCharArray(), storedHash);
  }

  /**
   * How many passwords this server has checked since it started: the measure of the slow work a
   * sign-in does, which must be the same whether the user exists, is locked or is disabled.
   */
  public long checksDone() {
    return checks.sum();
  }
}
