package de.smartcity.portfolio.interfaces.shared.web;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.render.ResponseStateManager;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.stream.Collectors;
import org.primefaces.application.exceptionhandler.PrimeExceptionHandler;

/**
 * The one place where a failed Faces request ends, ajax or not. A page whose view state is unknown
 * (expired, from another session, or forged) starts afresh: the browser is sent to the same address
 * by GET, without the stale state, and the page says why in a short note. Every other failure goes
 * through PrimeFaces' handler, which logs it and sends the browser to the error page of {@code
 * web.xml} in both kinds of request, so no reply names an exception.
 */
public class RequestFailureHandler extends PrimeExceptionHandler {

  /** The flash attribute the page template reads to show the note. */
  public static final String VIEW_EXPIRED = "smartcity.viewExpired";

  public RequestFailureHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() throws FacesException {
    FacesContext context = FacesContext.getCurrentInstance();
    if (context != null && expiredViewInQueue()) {
      startAfresh(context);
      drainQueue();
    }
    super.handle();
  }

  private boolean expiredViewInQueue() {
    for (ExceptionQueuedEvent event : getUnhandledExceptionQueuedEvents()) {
      for (Throwable cause = event.getContext().getException();
          cause != null;
          cause = cause.getCause()) {
        if (cause instanceof ViewExpiredException) {
          return true;
        }
      }
    }
    return false;
  }

  private void drainQueue() {
    for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        events.hasNext(); ) {
      events.next();
      events.remove();
    }
  }

  private static void startAfresh(FacesContext context) {
    ExternalContext external = context.getExternalContext();
    if (external.isResponseCommitted()) {
      return;
    }
    external.getFlash().put(VIEW_EXPIRED, Boolean.TRUE);
    external.getFlash().setRedirect(true);
    try {
      external.redirect(freshAddress((HttpServletRequest) external.getRequest()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    context.responseComplete();
  }

  /**
   * The address of the page as requested, without any view state in its query string: a GET that
   * carried one would otherwise be sent back to itself for ever.
   */
  static String freshAddress(HttpServletRequest request) {
    String query = request.getQueryString();
    String kept =
        query == null
            ? ""
            : Arrays.stream(query.split("&"))
                .filter(pair -> !pair.isEmpty())
                .filter(pair -> !isViewState(pair))
                .collect(Collectors.joining("&"));
    return request.getRequestURI() + (kept.isEmpty() ? "" : "?" + kept);
  }

  /** Whether the pair is Faces' own (view state and the like), or too broken to decode. */
  private static boolean isViewState(String pair) {
    try {
      String name = URLDecoder.decode(pair.split("=", 2)[0], StandardCharsets.UTF_8);
      return name.equals(ResponseStateManager.VIEW_STATE_PARAM)
          || name.startsWith("jakarta.faces.");
    } catch (IllegalArgumentException broken) {
      return true;
    }
  }
}
