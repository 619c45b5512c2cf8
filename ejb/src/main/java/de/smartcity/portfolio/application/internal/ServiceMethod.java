package de.smartcity.portfolio.application.internal;

import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Method;

/**
 * Remembers, in the invocation's context data, which method of which service class the container
 * runs, so that a rule reading the method's annotations ({@link ProjectOwnership}) finds them. It
 * only remembers; the implementation's method is looked up by {@link #implementation} when a rule
 * asks, not on every call.
 */
public class ServiceMethod {

  static final String KEY = ServiceMethod.class.getName();

  /** The method called, as the interface declares it, and the service class that runs it. */
  record Called(Method declared, Class<?> service) {

    /** The implementation's method, which carries the annotations, not the interface's. */
    Method implementation() throws NoSuchMethodException {
      return service.getMethod(declared.getName(), declared.getParameterTypes());
    }
  }

  @AroundInvoke
  Object remember(InvocationContext invocation) throws Exception {
    invocation
        .getContextData()
        .put(KEY, new Called(invocation.getMethod(), invocation.getTarget().getClass()));
    return invocation.proceed();
  }
}
