package de.smartcity.portfolio.interfaces.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RedirectsTest {

  /** What a response was told: its status, headers and body, and where it redirected. */
  private static final class Recorded {
    final Map<String, Object> calls = new HashMap<>();
    final ByteArrayOutputStream body = new ByteArrayOutputStream();
  }

  @Test
  void shouldAnswerAnAjaxRequestWithAPartialResponseThatRedirects() throws Exception {
    Recorded recorded = new Recorded();

    Redirects.send(
        request(Map.of("Faces-Request", "partial/ajax"), Map.of()),
        response(recorded),
        "/ctx/login.xhtml?sessionEnded=true&a=\"1\"");

    // The address is an XML attribute: & and " escaped, so the page's script reads it whole.
    String expected =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response>"
            + "<redirect url=\"/ctx/login.xhtml?sessionEnded=true&amp;a=&quot;1&quot;\">"
            + "</redirect></partial-response>";
    assertThat(recorded.body.toString(StandardCharsets.UTF_8)).isEqualTo(expected);
    assertThat(recorded.calls)
        .containsEntry("setStatus", 200)
        .containsEntry("setContentType", "text/xml;charset=UTF-8")
        .containsEntry("setContentLength", expected.getBytes(StandardCharsets.UTF_8).length)
        .doesNotContainKey("sendRedirect");
  }

  @Test
  void shouldTreatAFormPostWithFacesAjaxParameterAsAjax() throws Exception {
    Recorded recorded = new Recorded();

    Redirects.send(
        request(Map.of(), Map.of("jakarta.faces.partial.ajax", "true")),
        response(recorded),
        "/ctx/forbidden.xhtml");

    assertThat(recorded.body.toString(StandardCharsets.UTF_8))
        .contains("<redirect url=\"/ctx/forbidden.xhtml\">");
  }

  @Test
  void shouldRedirectAnyOtherRequestWithA302() throws Exception {
    Recorded recorded = new Recorded();

    Redirects.send(request(Map.of(), Map.of()), response(recorded), "/ctx/login.xhtml");

    assertThat(recorded.calls).containsEntry("sendRedirect", "/ctx/login.xhtml");
    assertThat(recorded.body.size()).isZero();
  }

  private static HttpServletRequest request(
      Map<String, String> headers, Map<String, String> parameters) {
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            RedirectsTest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getHeader" -> headers.get((String) args[0]);
                  case "getParameter" -> parameters.get((String) args[0]);
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }

  private static HttpServletResponse response(Recorded recorded) {
    ServletOutputStream out =
        new ServletOutputStream() {
          @Override
          public void write(int b) {
            recorded.body.write(b);
          }

          @Override
          public boolean isReady() {
            return true;
          }

          @Override
          public void setWriteListener(WriteListener listener) {}
        };
    return (HttpServletResponse)
        Proxy.newProxyInstance(
            RedirectsTest.class.getClassLoader(),
            new Class<?>[] {HttpServletResponse.class},
            (proxy, method, args) -> {
              if (method.getName().equals("getOutputStream")) {
                return out;
              }
              recorded.calls.put(method.getName(), args == null ? null : args[0]);
              return null;
            });
  }
}
