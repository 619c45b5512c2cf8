package de.smartcity.portfolio.application.internal;

import de.smartcity.portfolio.domain.shared.AbstractEntity;
import de.smartcity.portfolio.domain.shared.BusinessRuleViolation;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;

/**
 * Writes a service's changes before the service returns, so that losing a race against a concurrent
 * transaction surfaces as a business rule violation the user can read ("changed by someone else,
 * reload") instead of a failed commit after the method has ended.
 */
public class PersistenceConflicts {

  @PersistenceContext(unitName = "smartcity")
  private EntityManager entityManager;

  @AroundInvoke
  Object flushAndTranslate(InvocationContext invocation) throws Exception {
    try {
      Object result = invocation.proceed();
      if (entityManager.isJoinedToTransaction()) {
        entityManager.flush();
      }
      return result;
    } catch (OptimisticLockException conflict) {
      Object entity = conflict.getEntity();
      if (entity == null
          && conflict.getCause()
              instanceof org.eclipse.persistence.exceptions.OptimisticLockException cause
          && cause.getQuery() != null) {
        entity = cause.getObject();
      }
      throw new BusinessRuleViolation(
          "record.modified.concurrently",
          null,
          entity instanceof AbstractEntity record ? record.auditLabel() : "");
    }
  }
}
