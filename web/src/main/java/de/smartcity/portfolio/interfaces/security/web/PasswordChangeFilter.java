package de.smartcity.portfolio.interfaces.security.web;

import de.smartcity.portfolio.application.AccountService;
import de.smartcity.portfolio.domain.model.user.UserAccount;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serial;

/**
 * Sends a user whose password was set by somebody else to the page where they choose their own,
 * before anything else. The answer is remembered in the session until they have changed it.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class PasswordChangeFilter extends HttpFilter {

  @Serial private static final long serialVersionUID = 1L;

  static final String MUST_CHANGE = PasswordChangeFilter.class.getName() + ".mustChange";
  static final String PAGE = "/account/password.xhtml";

  @Inject private AccountService accounts;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getUserPrincipal() != null
        && !request.getServletPath().equals(PAGE)
        && !request.getServletPath().equals("/login.xhtml")
        && mustChangePassword(request)) {
      response.sendRedirect(request.getContextPath() + PAGE);
      return;
    }
    chain.doFilter(request, response);
  }

  private boolean mustChangePassword(HttpServletRequest request) {
    Boolean known = (Boolean) request.getSession().getAttribute(MUST_CHANGE);
    if (known == null) {
      known = accounts.currentAccount().map(UserAccount::isMustChangePassword).orElse(false);
      request.getSession().setAttribute(MUST_CHANGE, known);
    }
    return known;
  }
}
