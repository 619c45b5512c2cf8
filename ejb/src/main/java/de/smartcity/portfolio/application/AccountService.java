package de.smartcity.portfolio.application;

import de.smartcity.portfolio.domain.model.user.UserAccount;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Optional;

/** What every signed-in user does with their own account. */
public interface AccountService {

  /** The signed-in user's account. */
  Optional<UserAccount> currentAccount();

  /** Replaces the caller's password; refused when the current one is wrong. */
  void changeOwnPassword(
      @NotBlank String currentPassword,
      @NotBlank @Size(min = 12, max = 200, message = "{user.password.size}") String newPassword);
}
