package de.smartcity.portfolio.it;

import java.lang.reflect.Method;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.wildfly.security.auth.server.SecurityDomain;

/**
 * Runs each test method, inside the server, as the demo project manager with every role (see {@link
 * As#everything}); on the client side of Arquillian it changes nothing.
 */
public class InServerAsEverything implements InvocationInterceptor {

  @Override
  public void interceptTestMethod(
      Invocation<Void> invocation,
      ReflectiveInvocationContext<Method> invocationContext,
      ExtensionContext extensionContext)
      throws Throwable {
    if (!insideServer()) {
      invocation.proceed();
      return;
    }
    As.everything(
        () -> {
          try {
            invocation.proceed();
          } catch (Exception | Error e) {
            throw e;
          } catch (Throwable t) {
            throw new IllegalStateException(t);
          }
          return null;
        });
  }

  private static boolean insideServer() {
    try {
      return SecurityDomain.getCurrent() != null;
    } catch (RuntimeException | LinkageError e) {
      return false;
    }
  }
}
