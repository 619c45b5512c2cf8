package de.smartcity.portfolio.domain.model.user;

/**
 * What a user may do. The names are the role names the server checks ({@code @RolesAllowed} and URL
 * constraints), so they are spelled out once, here.
 */
public enum Role {
  PROJECT_MANAGER,
  FINANCE,
  COUNCIL,
  ADMIN;

  public static final String PROJECT_MANAGER_NAME = "PROJECT_MANAGER";
  public static final String FINANCE_NAME = "FINANCE";
  public static final String COUNCIL_NAME = "COUNCIL";
  public static final String ADMIN_NAME = "ADMIN";
}
