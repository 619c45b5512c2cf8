package de.smartcity.portfolio.infrastructure.persistence.jpa;

import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Set;

/**
 * Checks the Bean Validation constraints a service interface declares on its parameters before the
 * service runs, so that bad input is refused with the violated constraints and changes nothing.
 */
public class ParameterValidation {

  @Inject private Validator validator;

  @AroundInvoke
  Object validate(InvocationContext invocation) throws Exception {
    Set<ConstraintViolation<Object>> violations =
        validator
            .forExecutables()
            .validateParameters(
                invocation.getTarget(), invocation.getMethod(), invocation.getParameters());
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
    return invocation.proceed();
  }
}
