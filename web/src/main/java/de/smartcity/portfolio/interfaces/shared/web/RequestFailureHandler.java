package de.smartcity.portfolio.interfaces.shared.web;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.render.ResponseStateManager;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.primefaces.application.exceptionhandler.PrimeExceptionHandler;
import org.primefaces.csp.CspException;

/**
 * The one place where a failed Faces request ends, ajax or not. A post the page cannot have sent
 * (its view state unknown: expired, from another session or forged; or without the page's script
 * nonce) opens the page afresh: the browser is sent to the same address by GET, without the stale
 * state and with {@code expired=true}, on which the page template shows a short note. Every other
 * failure goes through PrimeFaces' handler, which logs it and sends the browser to the error page
 * of {@code web.xml} in both kinds of request, so no reply names an exception.
 */
public class RequestFailureHandler extends PrimeExceptionHandler {

  /** The parameter on which the page template says that the page was opened afresh. */
  static final String EXPIRED = "expired";

  public RequestFailureHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() throws FacesException {
    FacesContext context = FacesContext.getCurrentInstance();
    Class<?> known = context == null ? null : knownCauseInQueue(context);
    if (known != null) {
      HttpServletRequest request = (HttpServletRequest) context.getExternalContext().getRequest();
      redirect(
          context,
          known == EJBAccessException.class
              ? request.getContextPath() + "/forbidden.xhtml"
              : freshAddress(request));
      for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
          events.hasNext(); ) {
        events.next();
        events.remove();
      }
    }
    super.handle();
  }

  /**
   * A failure with an answer of its own: a post the page cannot have sent (its view not restorable,
   * ViewExpiredException, CspException), or a service call the user has no right to
   * (EJBAccessException, answered with the not-allowed page; not mapped in web.xml, as PrimeFaces
   * writes such mappings into every page).
   */
  private Class<?> knownCauseInQueue(FacesContext context) {
    for (ExceptionQueuedEvent event : getUnhandledExceptionQueuedEvents()) {
      // Mojarra refuses some forged states ("stateless", say) with a bare FacesException.
      if (event.getContext().getPhaseId() == PhaseId.RESTORE_VIEW && context.isPostback()) {
        return ViewExpiredException.class;
      }
      for (Throwable cause = event.getContext().getException();
          cause != null;
          cause = cause.getCause()) {
        if (cause instanceof ViewExpiredException || cause instanceof CspException) {
          return ViewExpiredException.class;
        }
        if (cause instanceof EJBAccessException) {
          return EJBAccessException.class;
        }
      }
    }
    return null;
  }

  /**
   * Answers with the redirect straight through the servlet response: PrimeFaces' own response
   * writer checks the nonce again on every write, so it cannot answer a post without one.
   */
  private static void redirect(FacesContext context, String address) {
    HttpServletResponse response = (HttpServletResponse) context.getExternalContext().getResponse();
    if (response.isCommitted()) {
      return;
    }
    try {
      response.resetBuffer();
      Redirects.send(
          (HttpServletRequest) context.getExternalContext().getRequest(), response, address);
      response.flushBuffer();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    context.responseComplete();
  }

  /**
   * The address of the page as requested, without Faces' own parameters (a GET that carried a view
   * state would otherwise be sent back to itself for ever), and with {@code expired=true}.
   */
  static String freshAddress(HttpServletRequest request) {
    String query = request.getQueryString();
    Stream<String> kept =
        query == null
            ? Stream.empty()
            : Arrays.stream(query.split("&"))
                .filter(pair -> !pair.isEmpty())
                .filter(pair -> !dropped(pair));
    return request.getRequestURI()
        + "?"
        + Stream.concat(kept, Stream.of(EXPIRED + "=true")).collect(Collectors.joining("&"));
  }

  /** Whether the pair is Faces' own, the note's, or too broken to decode. */
  private static boolean dropped(String pair) {
    try {
      String name = URLDecoder.decode(pair.split("=", 2)[0], StandardCharsets.UTF_8);
      return name.equals(ResponseStateManager.VIEW_STATE_PARAM)
          || name.startsWith("jakarta.faces.")
          || name.equals(EXPIRED);
    } catch (IllegalArgumentException broken) {
      return true;
    }
  }
}
