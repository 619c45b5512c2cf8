package de.smartcity.portfolio.interfaces.security.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serial;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses, with 403 and before anything runs, a post that a browser says comes from another site:
 * its {@code Origin} header is present and is neither the application's own origin (the scheme,
 * host and port the request was sent to) nor the public address {@code smartcity.public.url}
 * ({@code SMARTCITY_PUBLIC_URL}, for a reverse proxy that changes the host on its way in). Browsers
 * send {@code Origin} with every post, also same-origin ones, and a page cannot forge it; {@code
 * Origin: null} (sandboxed frames, privacy redirects) is refused too. Clients that send no {@code
 * Origin} (scripts, older tools) pass: for them the server-side view state and the SameSite cookie
 * remain the protection, as for every post.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SameOriginPosts extends HttpFilter {

  @Serial private static final long serialVersionUID = 1L;

  /** Methods that change nothing, by HTTP's rules and by this application's. */
  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  @Inject
  @ConfigProperty(name = "smartcity.public.url")
  Optional<String> publicUrl;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String origin = request.getHeader("Origin");
    if (origin != null
        && !SAFE.contains(request.getMethod())
        && !allowed(origin, request.getRequestURL().toString(), publicUrl)) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    chain.doFilter(request, response);
  }

  /** Whether a post with this {@code Origin} to this URL comes from the application itself. */
  static boolean allowed(String origin, String requestUrl, Optional<String> publicUrl) {
    Optional<String> from = originOf(origin);
    return from.isPresent()
        && (from.equals(originOf(requestUrl))
            || from.equals(publicUrl.flatMap(SameOriginPosts::originOf)));
  }

  /** Scheme, host and port of a URL, with the scheme's default port written out; empty if none. */
  static Optional<String> originOf(String url) {
    try {
      URI uri = new URI(url.strip());
      String scheme = uri.getScheme();
      String host = uri.getHost();
      if (scheme == null || host == null) {
        return Optional.empty();
      }
      scheme = scheme.toLowerCase(Locale.ROOT);
      int port = uri.getPort();
      if (port == -1) {
        port = "https".equals(scheme) ? 443 : "http".equals(scheme) ? 80 : -1;
      }
      return Optional.of(scheme + "://" + host.toLowerCase(Locale.ROOT) + ":" + port);
    } catch (URISyntaxException malformed) {
      return Optional.empty();
    }
  }
}
