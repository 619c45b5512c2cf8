package de.smartcity.portfolio.application.internal;

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
 *
 * <p>By hand, because the container does not do it for these services: Jakarta EE allows method
 * validation of EJBs, but in this deployment WildFly 39 does not apply it to the constraints their
 * local interfaces declare. Tried in December 2026 by taking this interceptor off {@code
 * DefaultProjectService}: {@code DomainIT}'s registration with an empty title and a bad code then
 * failed only when the entity was persisted, with the entity's paths ({@code code}, {@code title})
 * instead of the parameters' ({@code registerProject.project.facts.title}), and a constraint the
 * entity does not repeat would not have been checked at all.
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
