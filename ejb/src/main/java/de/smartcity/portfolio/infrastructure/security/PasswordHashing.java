package de.smartcity.portfolio.infrastructure.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Hashes and checks passwords with the server's PBKDF2 implementation (Jakarta Security), salted
 * and slow: HMAC-SHA512 with 210,000 iterations, as OWASP recommends for PBKDF2 today.
 */
@ApplicationScoped
public class PasswordHashing {

  @Inject private Pbkdf2PasswordHash hash;

  private String nobodysHash;

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

  /** Takes as long as a real check, so that the time taken does not tell which users exist. */
  public void checkAgainstNobody(String password) {
    matches(password, nobodysHash);
  }

  public String hash(String password) {
    return hash.generate(password.toCharArray());
  }

  public boolean matches(String password, String storedHash) {
    return hash.verify(password.toCharArray(), storedHash);
  }
}
