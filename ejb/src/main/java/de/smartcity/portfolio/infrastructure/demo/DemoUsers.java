package de.smartcity.portfolio.infrastructure.demo;

import de.smartcity.portfolio.domain.model.user.Role;
import java.util.List;

/** The demo installation's users, one per role; their passwords are in the README. */
public final class DemoUsers {

  /**
   * A demo user.
   *
   * @param username the sign-in name
   * @param displayName the name shown
   * @param role the one role
   * @param password the demo password
   */
  public record Demo(String username, String displayName, Role role, String password) {}

  public static final List<Demo> ALL =
      List.of(
          new Demo("pm", "Anna Becker (Projektleitung)", Role.PROJECT_MANAGER, "pm-demo-2026"),
          new Demo("finance", "Finanzen Demo", Role.FINANCE, "finance-demo-2026"),
          new Demo("council", "Ratsmitglied Demo", Role.COUNCIL, "council-demo-2026"),
          new Demo("admin", "Administration Demo", Role.ADMIN, "admin-demo-2026"));

  private DemoUsers() {}
}
