package de.smartcity.portfolio.interfaces.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Sends the browser to another address from outside Faces' own navigation (a filter, the failure
 * handler): a Faces ajax request gets a partial response with a redirect, which PrimeFaces' script
 * follows (a 302 would only reload the ajax call); every other request gets a 302.
 */
public final class Redirects {

  private Redirects() {}

  /**
   * Redirects to {@code address} (with the context path: {@code /ctx/login.xhtml}). Writes through
   * the output stream, or through the writer when something else already took the stream.
   */
  public static void send(HttpServletRequest request, HttpServletResponse response, String address)
      throws IOException {
    if (!isAjax(request)) {
      response.sendRedirect(address);
      return;
    }
    byte[] body = partialResponse(address).getBytes(StandardCharsets.UTF_8);
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType("text/xml;charset=UTF-8");
    response.setContentLength(body.length);
    try {
      response.getOutputStream().write(body);
    } catch (IllegalStateException writerInUse) {
      response.getWriter().write(new String(body, StandardCharsets.UTF_8));
    }
  }

  /**
   * Whether Faces' script sent the request (header, or the parameter a plain form post carries).
   */
  public static boolean isAjax(HttpServletRequest request) {
    return "partial/ajax".equals(request.getHeader("Faces-Request"))
        || "true".equals(request.getParameter("jakarta.faces.partial.ajax"));
  }

  static String partialResponse(String address) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
        + address.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;")
        + "\"></redirect></partial-response>";
  }
}
