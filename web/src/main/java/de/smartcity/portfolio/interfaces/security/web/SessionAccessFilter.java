package de.smartcity.portfolio.interfaces.security.web;

import de.smartcity.portfolio.application.SessionAccessService;
import de.smartcity.portfolio.interfaces.shared.web.Redirects;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serial;
import java.security.Principal;
import java.util.Optional;

/**
 * Ends a signed-in session as soon as its user's access has changed: disabled, a role taken away, a
 * password reset or changed in another session. Each request of a signed-in user compares the
 * access stamp the session signed in with against the one in the database (one indexed read), so a
 * change made on any server ends the sessions on every server at their next request. The request
 * goes to the sign-in page with a note; an ajax request gets the same redirect as a partial
 * response, which the page follows.
 */
@WebFilter(urlPatterns = "/*")
public class SessionAccessFilter extends HttpFilter {

  @Serial private static final long serialVersionUID = 1L;

  static final String SIGN_IN_AFTER_CHANGE = "/login.xhtml?sessionEnded=true";

  @Inject private SessionAccessService access;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Principal caller = request.getUserPrincipal();
    HttpSession session = request.getSession(false);
    if (caller == null || session == null || isResource(request)) {
      chain.doFilter(request, response);
      return;
    }
    Optional<Long> current = access.accessStamp(caller.getName());
    Optional<SignedInAccess> signedIn = SignedInAccess.of(session);
    if (signedIn.isEmpty() && current.isPresent()) {
      // Every sign-in through the sign-in page remembers its stamp; a session signed in some other
      // way starts from the stamp it meets first.
      SignedInAccess.remember(session, caller.getName(), current.get());
    } else if (current.isEmpty() || !signedIn.get().holdsFor(caller.getName(), current.get())) {
      end(request, response);
      return;
    }
    chain.doFilter(request, response);
  }

  /** Scripts, styles and images hold nothing of the user's, and a page asks for many of them. */
  private static boolean isResource(HttpServletRequest request) {
    String path = request.getServletPath();
    return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
  }

  private static void end(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    request.logout();
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    Redirects.send(request, response, request.getContextPath() + SIGN_IN_AFTER_CHANGE);
  }
}
