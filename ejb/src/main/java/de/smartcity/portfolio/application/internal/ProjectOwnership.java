package de.smartcity.portfolio.application.internal;

import de.smartcity.portfolio.application.AccessRefused;
import de.smartcity.portfolio.domain.model.project.Project;
import de.smartcity.portfolio.domain.model.user.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * The one rule a role cannot say by itself: a project manager edits only the projects they manage
 * or deputise for. Every service method that edits a project calls {@link #check} on that project,
 * and its {@code @RolesAllowed} says who may call it at all; read together:
 *
 * <ul>
 *   <li>{@code @RolesAllowed(PROJECT_MANAGER)}: only the project's own managers;
 *   <li>{@code @RolesAllowed({PROJECT_MANAGER, ADMIN})}: the project's own managers, and
 *       administrators for every project.
 * </ul>
 *
 * <p>The check reads the running method's annotation, which {@link ServiceMethod} (one of the
 * service's interceptors) remembers, so the roles are written once, at the method.
 */
@ApplicationScoped
class ProjectOwnership {

  @Inject private Caller caller;

  /**
   * Refuses the caller unless a role the running method allows besides project manager lets them
   * in, or they manage the project (as its manager or a named deputy).
   */
  void check(Project project) {
    boolean byOtherRole =
        Arrays.stream(allowedRoles())
            .filter(role -> !role.equals(Role.PROJECT_MANAGER_NAME))
            .anyMatch(caller::isInRole);
    if (!byOtherRole && !caller.manages(project)) {
      throw new AccessRefused("not a manager of this project");
    }
  }

  private String[] allowedRoles() {
    if (!(caller.contextData().get(ServiceMethod.KEY) instanceof ServiceMethod.Called called)) {
      throw new IllegalStateException(
          "ProjectOwnership needs ServiceMethod among the interceptors");
    }
    Method method;
    try {
      method = called.implementation();
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("The service does not implement " + called.declared(), e);
    }
    RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
    if (allowed == null) {
      allowed = method.getDeclaringClass().getAnnotation(RolesAllowed.class);
    }
    return allowed == null ? new String[0] : allowed.value();
  }
}
