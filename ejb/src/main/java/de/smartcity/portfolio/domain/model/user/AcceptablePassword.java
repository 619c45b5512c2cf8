package de.smartcity.portfolio.domain.model.user;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A new password must meet the {@link PasswordRule}; each broken rule is reported with a message of
 * its own. Blank and length are left to {@code @NotBlank} and {@code @Size}.
 */
@Documented
@Constraint(validatedBy = AcceptablePasswordValidator.class)
@Target({PARAMETER, FIELD})
@Retention(RUNTIME)
public @interface AcceptablePassword {

  String message() default "{user.password.weak}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
