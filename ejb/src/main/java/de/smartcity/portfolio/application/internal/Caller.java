package de.smartcity.portfolio.application.internal;

import de.smartcity.portfolio.application.AccessRefused;
import de.smartcity.portfolio.domain.model.organisation.Person;
import de.smartcity.portfolio.domain.model.project.Project;
import de.smartcity.portfolio.domain.model.user.Role;
import de.smartcity.portfolio.domain.model.user.UserAccount;
import de.smartcity.portfolio.domain.model.user.UserRepository;
import jakarta.ejb.EJBContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The signed-in caller of a service, and the rule that a project manager keeps only the projects
 * they manage or deputise for. Roles alone are checked by {@code @RolesAllowed} on the services.
 */
@ApplicationScoped
class Caller {

  @Inject private UserRepository users;

  boolean isInRole(Role role) {
    return context().isCallerInRole(role.name());
  }

  String name() {
    return context().getCallerPrincipal().getName();
  }

  Optional<UserAccount> account() {
    return users.findByUsername(name());
  }

  /** Refuses unless the caller manages the project (as its manager or a named deputy). */
  void requireManages(Project project) {
    if (!manages(project)) {
      throw new AccessRefused("not a manager of this project");
    }
  }

  /** Refuses unless the caller manages the project or holds one of the given roles. */
  void requireManagesOrIsIn(Project project, Role... roles) {
    for (Role role : roles) {
      if (isInRole(role)) {
        return;
      }
    }
    requireManages(project);
  }

  boolean manages(Project project) {
    if (!isInRole(Role.PROJECT_MANAGER)) {
      return false;
    }
    Person person = account().flatMap(UserAccount::getPerson).orElse(null);
    return person != null && project.isManagedBy(person);
  }

  private static EJBContext context() {
    try {
      return (EJBContext) new InitialContext().lookup("java:comp/EJBContext");
    } catch (NamingException e) {
      throw new IllegalStateException("Caller checks run inside services only", e);
    }
  }
}
