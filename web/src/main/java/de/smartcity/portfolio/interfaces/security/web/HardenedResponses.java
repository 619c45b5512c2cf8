package de.smartcity.portfolio.interfaces.security.web;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.util.HeaderMap;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import jakarta.servlet.ServletContext;
import java.util.Locale;
import java.util.Map;

/**
 * Hardens every response of the application at the moment it is sent: the same security headers on
 * pages, redirects, error pages and the container's own 404s, and redirects that never name the
 * host a client claimed to ask for.
 *
 * <p>A servlet filter is not enough for either: the sign-in redirect and the 403 of a URL
 * constraint are made before any filter runs, Undertow answers {@code /WEB-INF/...} with a bare 404
 * before the servlet chain, and when a request fails with an exception Undertow clears every header
 * before it shows the error page. So this runs as Undertow's outermost handler of the deployment
 * and writes the headers in a commit listener, after all of that. Redirects: the Servlet API builds
 * an absolute {@code Location} from the request's {@code Host} header, which the client chooses;
 * here the own scheme and host are cut off, so the browser resolves the path against the address it
 * really used.
 *
 * <p>Registered as an Undertow servlet extension in {@code META-INF/services}; the
 * Content-Security- Policy itself comes from PrimeFaces, which adds a fresh nonce for its scripts
 * to each page.
 */
public class HardenedResponses implements ServletExtension {

  /** The headers every response carries, whatever produced it. */
  static final Map<String, String> HEADERS =
      Map.of(
          "X-Content-Type-Options", "nosniff",
          "X-Frame-Options", "DENY",
          "Referrer-Policy", "same-origin",
          "Permissions-Policy", "camera=(), geolocation=(), microphone=(), payment=(), usb=()");

  /** Pages hold personal and financial data: no copies in shared or browser caches. */
  private static final String CACHE_CONTROL = "no-store";

  @Override
  public void handleDeployment(DeploymentInfo deployment, ServletContext servletContext) {
    deployment.addInitialHandlerChainWrapper(Handler::new);
  }

  private static final class Handler implements HttpHandler {

    private final HttpHandler next;

    Handler(HttpHandler next) {
      this.next = next;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
      exchange.addResponseCommitListener(HardenedResponses::harden);
      next.handleRequest(exchange);
    }
  }

  private static void harden(HttpServerExchange exchange) {
    HeaderMap headers = exchange.getResponseHeaders();
    HEADERS.forEach((name, value) -> headers.put(HttpString.tryFromString(name), value));
    if (!headers.contains(Headers.CACHE_CONTROL)) {
      headers.put(Headers.CACHE_CONTROL, CACHE_CONTROL);
    }
    String location = headers.getFirst(Headers.LOCATION);
    if (location != null) {
      headers.put(Headers.LOCATION, withoutOwnHost(location, exchange.getHostAndPort()));
    }
  }

  /**
   * The redirect target without scheme and host when they are the request's own, such as {@code
   * /login.xhtml} for {@code http://evil.example/login.xhtml} asked for with {@code Host:
   * evil.example}; any other target unchanged.
   */
  static String withoutOwnHost(String location, String host) {
    if (host == null || host.isEmpty()) {
      return location;
    }
    String lower = location.toLowerCase(Locale.ROOT);
    for (String scheme : new String[] {"http://", "https://"}) {
      String own = scheme + host.toLowerCase(Locale.ROOT);
      if (lower.startsWith(own)) {
        String rest = location.substring(own.length());
        if (rest.isEmpty() || "/?#".indexOf(rest.charAt(0)) >= 0) {
          // "//x" or "/\x" would name another host to a browser: one slash only.
          return "/" + rest.replaceFirst("^[/\\\\]+", "");
        }
      }
    }
    return location;
  }
}
