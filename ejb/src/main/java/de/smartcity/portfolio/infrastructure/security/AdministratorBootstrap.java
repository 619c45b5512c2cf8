package de.smartcity.portfolio.infrastructure.security;

import de.smartcity.portfolio.domain.model.user.PasswordRule;
import de.smartcity.portfolio.domain.model.user.Role;
import de.smartcity.portfolio.domain.model.user.UserAccount;
import de.smartcity.portfolio.domain.model.user.UserRepository;
import de.smartcity.portfolio.infrastructure.persistence.audit.AuditUser;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Gives an empty installation its first administrator, so somebody can sign in and create the
 * others. The password comes from {@code SMARTCITY_ADMIN_INITIAL_PASSWORD}; without it a random one
 * is written to the log once, as it is when the given one breaks the {@link PasswordRule}. Either
 * way it must be changed at the first sign-in.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "DemoDataLoader"})
public class AdministratorBootstrap {

  static final String USERNAME = "admin";

  private static final Logger LOG = Logger.getLogger(AdministratorBootstrap.class.getName());

  @Inject
  @ConfigProperty(name = "smartcity.admin.initial-password")
  Optional<String> initialPassword;

  @Inject private UserRepository users;
  @Inject private PasswordHashing hashing;

  @PersistenceContext(unitName = "smartcity")
  private EntityManager entityManager;

  @PostConstruct
  void createFirstAdministrator() {
    if (users.count() > 0) {
      return;
    }
    Optional<String> chosen = initialPassword.filter(p -> !p.isBlank());
    if (chosen.isPresent() && !PasswordRule.accepts(chosen.get())) {
      // The same rule as for every other password; a weak one is not used, nor written anywhere.
      LOG.warning(
          "SMARTCITY_ADMIN_INITIAL_PASSWORD breaks the password rule (12 to 200 characters, not a"
              + " common password, no runs like aaaaa, abcde or 12345); a one-time password is"
              + " used instead");
      chosen = Optional.empty();
    }
    String password = chosen.orElseGet(this::randomPassword);
    UserAccount admin = new UserAccount(USERNAME, "Administrator", hashing.hash(password));
    admin.grant(Set.of(Role.ADMIN));
    admin.resetPassword(admin.getPasswordHash());
    AuditUser.runAs(
        "bootstrap",
        () -> {
          users.store(admin);
          entityManager.flush();
          return admin;
        });
    if (chosen.isPresent()) {
      LOG.info("Created the first administrator 'admin' with the password from the environment");
    } else {
      LOG.warning(
          "Created the first administrator 'admin' with the one-time password "
              + password
              + " - sign in and change it now; it is not shown again");
    }
  }

  private String randomPassword() {
    SecureRandom random = new SecureRandom();
    String password;
    do {
      byte[] bytes = new byte[15];
      random.nextBytes(bytes);
      password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    } while (!PasswordRule.accepts(password));
    return password;
  }
}
