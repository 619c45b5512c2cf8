package de.smartcity.portfolio.application.internal;

import de.smartcity.portfolio.application.UserAdministrationService;
import de.smartcity.portfolio.domain.model.organisation.Organisation;
import de.smartcity.portfolio.domain.model.organisation.OrganisationRepository;
import de.smartcity.portfolio.domain.model.organisation.Person;
import de.smartcity.portfolio.domain.model.user.PasswordHashes;
import de.smartcity.portfolio.domain.model.user.Role;
import de.smartcity.portfolio.domain.model.user.UserAccount;
import de.smartcity.portfolio.domain.model.user.UserRepository;
import de.smartcity.portfolio.domain.shared.BusinessRuleViolation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.util.List;
import java.util.Set;

@Stateless
@RolesAllowed(Role.ADMIN_NAME)
@Interceptors({ParameterValidation.class, PersistenceConflicts.class})
public class DefaultUserAdministrationService implements UserAdministrationService {

  @Inject private UserRepository users;
  @Inject private PasswordHashes hashing;
  @Inject private References references;
  @Inject private OrganisationRepository organisations;

  @Override
  public List<UserAccount> users() {
    return users.findAll();
  }

  @Override
  public UserAccount createUser(
      String username,
      String displayName,
      Set<Role> roles,
      String personEmail,
      String organisation,
      String initialPassword) {
    return store(
        username,
        displayName,
        roles,
        references.personOrNone(personEmail, "person"),
        organisation == null || organisation.isBlank()
            ? null
            : references.organisation(organisation, "organisation"),
        initialPassword);
  }

  @Override
  public UserAccount createUserAndPerson(
      String username,
      String displayName,
      Set<Role> roles,
      String personEmail,
      String organisation,
      String initialPassword) {
    if (organisations.findPersonByEmail(Person.normaliseEmail(personEmail)).isPresent()) {
      throw new BusinessRuleViolation("person.email.taken", "personEmail", personEmail);
    }
    Organisation employer = references.organisation(organisation, "organisation");
    Person person = new Person(displayName, personEmail, employer);
    organisations.store(person);
    return store(username, displayName, roles, person, employer, initialPassword);
  }

  /** A new user with a first password, which they must change at their first sign-in. */
  private UserAccount store(
      String username,
      String displayName,
      Set<Role> roles,
      Person person,
      Organisation organisation,
      String initialPassword) {
    if (users.findByUsername(username).isPresent()) {
      throw new BusinessRuleViolation("user.username.taken", "username", username);
    }
    UserAccount user = new UserAccount(username, displayName, hashing.hash(initialPassword));
    user.describe(displayName, person, organisation);
    user.grant(roles);
    user.resetPassword(user.getPasswordHash());
    users.store(user);
    return user;
  }

  @Override
  public UserAccount linkPerson(long userId, long version, String personEmail) {
    UserAccount user = current(userId, version);
    Person person = references.personOrNone(personEmail, "user");
    if (person != null) {
      users.findAll().stream()
          .filter(other -> !other.getId().equals(user.getId()))
          .filter(other -> other.getPerson().filter(person::equals).isPresent())
          .findFirst()
          .ifPresent(
              other -> {
                throw new BusinessRuleViolation(
                    "person.user.taken", "user", person.getName(), other.getUsername());
              });
    }
    user.describe(user.getDisplayName(), person, user.getOrganisation().orElse(null));
    return user;
  }

  @Override
  public UserAccount assignRoles(long userId, long version, Set<Role> roles) {
    UserAccount user = current(userId, version);
    user.grant(roles);
    return user;
  }

  @Override
  public UserAccount disable(long userId, long version) {
    UserAccount user = current(userId, version);
    user.disable();
    return user;
  }

  @Override
  public UserAccount enable(long userId, long version) {
    UserAccount user = current(userId, version);
    user.enable();
    return user;
  }

  @Override
  public UserAccount resetPassword(long userId, long version, String newPassword) {
    UserAccount user = current(userId, version);
    user.resetPassword(hashing.hash(newPassword));
    return user;
  }

  private UserAccount current(long userId, long version) {
    return References.current(users.find(userId), userId, version);
  }
}
