package de.smartcity.portfolio.application.internal;

import de.smartcity.portfolio.domain.model.organisation.Person;
import de.smartcity.portfolio.domain.model.project.Project;
import de.smartcity.portfolio.domain.model.user.Role;
import de.smartcity.portfolio.domain.model.user.UserAccount;
import de.smartcity.portfolio.domain.model.user.UserRepository;
import jakarta.ejb.EJBContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The signed-in caller of a service. Roles alone are checked by {@code @RolesAllowed} on the
 * services; the ownership rule for project managers is {@link ProjectOwnership}.
 */
@ApplicationScoped
class Caller {

  @Inject private UserRepository users;

  boolean isInRole(Role role) {
    return isInRole(role.name());
  }

  String name() {
    return context().getCallerPrincipal().getName();
  }

  Optional<UserAccount> account() {
    return users.findByUsername(name());
  }

  boolean isInRole(String roleName) {
    return context().isCallerInRole(roleName);
  }

  /** The context data of the running service invocation, shared with its interceptors. */
  Map<String, Object> contextData() {
    return context().getContextData();
  }

  /** Whether the caller is a project manager who manages the project or deputises for it. */
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
