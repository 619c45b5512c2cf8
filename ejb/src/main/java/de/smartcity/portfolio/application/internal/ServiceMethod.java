package de.smartcity.portfolio.application.internal;

import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Method;

/**
 * Remembers, in the invocation's context data, which method of the service class the container
 * runs, so that a rule reading the method's annotations ({@link ProjectOwnership}) finds them.
 */
public class ServiceMethod {

  static final String KEY = ServiceMethod.class.getName();

  @AroundInvoke
  Object remember(InvocationContext invocation) throws Exception {
    Method called = invocation.getMethod();
    // the implementation's method, which carries the annotations, not the interface's
    invocation
        .getContextData()
        .put(
            KEY,
            invocation
                .getTarget()
                .getClass()
                .getMethod(called.getName(), called.getParameterTypes()));
    return invocation.proceed();
  }
}
