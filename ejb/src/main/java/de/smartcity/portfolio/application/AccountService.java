package de.smartcity.portfolio.application;

import de.smartcity.portfolio.domain.model.user.AcceptablePassword;
import de.smartcity.portfolio.domain.model.user.UserAccount;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;

/** What every signed-in user does with their own account. */
public interface AccountService {

  /** The signed-in user's account. */
  Optional<UserAccount> currentAccount();

  /** Remembers the language the caller chose for every page from now on. */
  void chooseLanguage(
      @NotNull @Pattern(regexp = "de|en", message = "{user.language.unsupported}") String language);

  /**
   * Replaces the caller's password; refused when the current one is wrong. Every other session of
   * the caller ends with it.
   *
   * @return the account's new access stamp, which the session that made the change keeps
   */
  long changeOwnPassword(
      @NotBlank String currentPassword,
      @NotBlank @Size(min = 12, max = 200, message = "{user.password.size}") @AcceptablePassword
          String newPassword);
}
