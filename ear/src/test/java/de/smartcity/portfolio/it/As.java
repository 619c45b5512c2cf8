package de.smartcity.portfolio.it;

import de.smartcity.portfolio.domain.model.user.Role;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.authz.RoleMapper;
import org.wildfly.security.authz.Roles;

/**
 * Runs test code as a signed-in user with one role, through the server's own security domain, so
 * that the services' role and ownership checks apply exactly as for a real sign-in.
 */
public final class As {

  /** Test code that may throw. */
  @FunctionalInterface
  public interface Work<T> {
    T run() throws Exception;
  }

  private As() {}

  public static <T> T user(String username, Role role, Work<T> work) throws Exception {
    return user(username, Roles.of(role.name()), work);
  }

  /**
   * The demo project manager holding every role, for tests of the domain rather than of access; the
   * role matrix test checks the roles one by one.
   */
  public static <T> T everything(Work<T> work) throws Exception {
    Roles all = Roles.NONE;
    for (Role role : Role.values()) {
      all = all.or(Roles.of(role.name()));
    }
    return user("pm", all, work);
  }

  private static <T> T user(String username, Roles roles, Work<T> work) throws Exception {
    // runAsFunctionEx rather than the deprecated runAs(PrivilegedExceptionAction): the work's own
    // exception comes through unwrapped.
    return SecurityDomain.getCurrent()
        .createAdHocIdentity(username)
        .withDefaultRoleMapper(RoleMapper.constant(roles))
        .runAsFunctionEx((Work<T> w, Void unused) -> w.run(), work, null);
  }

  /** The e-mail address of the person the demo project manager is. */
  public static final String PM_EMAIL = "anna.becker0@example.org";

  /** The demo project manager, who manages the projects whose manager is the demo person. */
  public static <T> T projectManager(Work<T> work) throws Exception {
    return user("pm", Role.PROJECT_MANAGER, work);
  }

  public static <T> T finance(Work<T> work) throws Exception {
    return user("finance", Role.FINANCE, work);
  }

  public static <T> T admin(Work<T> work) throws Exception {
    return user("admin", Role.ADMIN, work);
  }

  public static <T> T council(Work<T> work) throws Exception {
    return user("council", Role.COUNCIL, work);
  }
}
