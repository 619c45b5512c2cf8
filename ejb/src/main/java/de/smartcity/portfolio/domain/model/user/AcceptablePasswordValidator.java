package de.smartcity.portfolio.domain.model.user;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Set;

/** Checks {@link AcceptablePassword}: one violation per rule of {@link PasswordRule} broken. */
public class AcceptablePasswordValidator
    implements ConstraintValidator<AcceptablePassword, String> {

  @Override
  public boolean isValid(String password, ConstraintValidatorContext context) {
    if (password == null
        || password.length() < PasswordRule.MIN_LENGTH
        || password.length() > PasswordRule.MAX_LENGTH) {
      return true;
    }
    Set<String> breaches = PasswordRule.breaches(password);
    if (breaches.isEmpty()) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    for (String key : breaches) {
      context.buildConstraintViolationWithTemplate("{" + key + "}").addConstraintViolation();
    }
    return false;
  }
}
