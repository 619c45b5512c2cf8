package de.smartcity.portfolio.application.internal;

import de.smartcity.portfolio.application.AccountService;
import de.smartcity.portfolio.domain.model.user.PasswordHashes;
import de.smartcity.portfolio.domain.model.user.Role;
import de.smartcity.portfolio.domain.model.user.UserAccount;
import de.smartcity.portfolio.domain.shared.BusinessRuleViolation;
import de.smartcity.portfolio.infrastructure.persistence.jpa.ParameterValidation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.util.Optional;

@Stateless
@Interceptors(ParameterValidation.class)
@RolesAllowed({Role.PROJECT_MANAGER_NAME, Role.FINANCE_NAME, Role.COUNCIL_NAME, Role.ADMIN_NAME})
public class DefaultAccountService implements AccountService {

  @Inject private Caller caller;
  @Inject private PasswordHashes hashing;

  @Override
  public Optional<UserAccount> currentAccount() {
    return caller.account();
  }

  @Override
  public void chooseLanguage(String language) {
    caller
        .account()
        .orElseThrow(() -> new BusinessRuleViolation("record.not.found", null))
        .preferLanguage(language);
  }

  @Override
  public long changeOwnPassword(String currentPassword, String newPassword) {
    UserAccount user =
        caller.account().orElseThrow(() -> new BusinessRuleViolation("record.not.found", null));
    if (!hashing.matches(currentPassword, user.getPasswordHash())) {
      throw new BusinessRuleViolation("user.password.wrong", "currentPassword");
    }
    if (currentPassword.equals(newPassword)) {
      throw new BusinessRuleViolation("user.password.unchanged", "newPassword");
    }
    user.changePassword(hashing.hash(newPassword));
    return user.getAccessStamp();
  }
}
