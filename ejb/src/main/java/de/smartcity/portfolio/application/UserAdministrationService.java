package de.smartcity.portfolio.application;

import de.smartcity.portfolio.domain.model.user.AcceptablePassword;
import de.smartcity.portfolio.domain.model.user.Role;
import de.smartcity.portfolio.domain.model.user.UserAccount;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;

/** What administrators do with users: create, assign roles and organisations, disable, reset. */
public interface UserAdministrationService {

  List<UserAccount> users();

  /**
   * Creates a user with a first password, which they must change at their first sign-in.
   *
   * @param personEmail the person this user is, for project managers; optional
   * @param organisation the short name of the user's organisation; optional
   */
  UserAccount createUser(
      @NotBlank @Size(max = 60) String username,
      @NotBlank @Size(max = 120) String displayName,
      @NotNull Set<Role> roles,
      String personEmail,
      String organisation,
      @NotBlank @Size(min = 12, max = 200, message = "{user.password.size}") @AcceptablePassword
          String initialPassword);

  /**
   * Creates a user and, in the same step, the person record they are: named like the user, with the
   * given e-mail address and organisation, both required here.
   */
  UserAccount createUserAndPerson(
      @NotBlank @Size(max = 60) String username,
      @NotBlank @Size(max = 120) String displayName,
      @NotNull Set<Role> roles,
      @NotBlank @Email @Size(max = 200) String personEmail,
      @NotBlank String organisation,
      @NotBlank @Size(min = 12, max = 200, message = "{user.password.size}") @AcceptablePassword
          String initialPassword);

  /**
   * Links the user to the person they are (a project manager sees "my projects" through it), or
   * unlinks them when no e-mail address is given; a person is linked to one user at most.
   */
  UserAccount linkPerson(long userId, long version, String personEmail);

  UserAccount assignRoles(long userId, long version, @NotNull Set<Role> roles);

  UserAccount disable(long userId, long version);

  UserAccount enable(long userId, long version);

  UserAccount resetPassword(
      long userId,
      long version,
      @NotBlank @Size(min = 12, max = 200, message = "{user.password.size}") @AcceptablePassword
          String newPassword);
}
