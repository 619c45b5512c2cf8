package de.smartcity.portfolio.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.SoftAssertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The HTTP surface as a client meets it: the same hardening headers on every answer, whatever
 * produced it; redirects that never name a host the client made up; posts from other sites refused;
 * the management interface's health and metrics only for management users.
 */
@SameOnEveryDatabase
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HeadersIT {

  /** What every answer carries, page or not, error or not. */
  private static final Map<String, String> HARDENING =
      Map.of(
          "X-Frame-Options", "DENY",
          "X-Content-Type-Options", "nosniff",
          "Referrer-Policy", "same-origin",
          "Permissions-Policy", "camera=(), geolocation=(), microphone=(), payment=(), usb=()");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.suite();
  }

  @ArquillianResource URL base;

  private WebSession session() throws Exception {
    return new WebSession(base.toURI().resolve("/"), "de");
  }

  @Test
  void shouldSendTheHardeningHeadersOnEveryKindOfAnswer() throws Exception {
    WebSession anonymous = session();
    Map<String, HttpResponse<String>> answers = new LinkedHashMap<>();
    answers.put("sign-in page", anonymous.get("/login.xhtml"));
    answers.put("redirect to sign-in", anonymous.get("/index.xhtml"));
    answers.put("404 under /WEB-INF", anonymous.get("/WEB-INF/web.xml"));
    answers.put("404 page", anonymous.get("/no-such-page.xhtml"));
    answers.put("error page", anonymous.get("/error.xhtml"));
    answers.put("script", anonymous.get("/resources/js/app.js"));
    answers.put(
        "post with a forged view state",
        anonymous.post(
            base.toURI().resolve("/login.xhtml").toString(),
            Map.of("signin", "signin", "jakarta.faces.ViewState", "forged")));
    WebSession council = session();
    council.signIn("council", "council-demo-2026");
    answers.put("403 page", council.get("/admin/users.xhtml"));
    answers.put("page", council.get("/dashboard.xhtml"));

    assertThat(answers.get("redirect to sign-in").statusCode()).isEqualTo(302);
    assertThat(answers.get("404 under /WEB-INF").statusCode()).isEqualTo(404);
    assertThat(answers.get("403 page").statusCode()).isEqualTo(403);
    SoftAssertions.assertSoftly(
        softly ->
            answers.forEach(
                (what, answer) ->
                    HARDENING.forEach(
                        (header, value) ->
                            softly
                                .assertThat(answer.headers().firstValue(header))
                                .as("%s on the %s (%d)", header, what, answer.statusCode())
                                .contains(value))));
  }

  @Test
  void shouldNeverRedirectToTheHostTheClientNamed() throws Exception {
    for (String path : new String[] {"/", "/index.xhtml", "/dashboard.xhtml?x=1"}) {
      Map<String, String> answer = rawGet(path, "evil.example");
      assertThat(answer.get(":status")).as(path).isEqualTo("302");
      assertThat(answer.get("location"))
          .as(path)
          .doesNotContain("evil.example")
          .startsWith("/")
          .endsWith("/login.xhtml");
    }
  }

  @Test
  void shouldRefuseAPostFromAnotherSiteAndChangeNothing() throws Exception {
    WebSession admin = session();
    admin.signIn("admin", "admin-demo-2026");
    String username = "it-" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);

    WebSession.Form forgedForm = createUser(admin, username);
    HttpResponse<byte[]> forged =
        admin.postForBytes(
            forgedForm.action(), forgedForm.values(), Map.of("Origin", "https://evil.example"));
    assertThat(forged.statusCode()).isEqualTo(403);
    WebSession.Form sandboxedForm = createUser(admin, username);
    HttpResponse<byte[]> fromNowhere =
        admin.postForBytes(
            sandboxedForm.action(), sandboxedForm.values(), Map.of("Origin", "null"));
    assertThat(fromNowhere.statusCode()).isEqualTo(403);
    assertThat(Jsoup.parse(session().signIn(username, "Fremd-Seite-Probe-4711").body()).text())
        .as("no user was created")
        .contains("Die Anmeldung ist fehlgeschlagen");

    // The same post from the application's own pages, as Chromium sends it, goes through.
    WebSession.Form ownForm = createUser(admin, username);
    HttpResponse<byte[]> own =
        admin.postForBytes(ownForm.action(), ownForm.values(), Map.of("Origin", origin()));
    assertThat(own.statusCode()).isEqualTo(200);
    assertThat(Jsoup.parse(new String(own.body(), StandardCharsets.UTF_8)).text())
        .contains("Benutzer " + username + " angelegt");
  }

  @Test
  void shouldRefuseASignInPostedFromAnotherSite() throws Exception {
    WebSession visitor = session();
    WebSession.Form form = visitor.form("/login.xhtml", "signin");
    form.values().put("signin:username", "council");
    form.values().put("signin:password", "council-demo-2026");
    form.values().put("signin:submit", "");
    HttpResponse<byte[]> forged =
        visitor.postForBytes(form.action(), form.values(), Map.of("Origin", "http://evil.example"));
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(visitor.get("/index.xhtml").statusCode()).as("still signed out").isEqualTo(302);
  }

  @Test
  void shouldAnswerHealthAndMetricsOnlyToManagementUsers() throws Exception {
    int port = Integer.getInteger("it.management.port", 9990);
    HttpClient http = HttpClient.newHttpClient();
    for (String path : new String[] {"/health", "/health/ready", "/metrics"}) {
      HttpResponse<String> answer =
          http.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(answer.statusCode()).as(path).isEqualTo(401);
      assertThat(answer.body()).as(path).doesNotContain("SmartCityDS", "datasources");
    }
  }

  private WebSession.Form createUser(WebSession admin, String username) throws Exception {
    WebSession.Form form = admin.form("/admin/users.xhtml", "create");
    form.values().put("create:username", username);
    form.values().put("create:displayName", "Fremde Seite");
    form.values().put("create:initialPassword", "Fremd-Seite-Probe-4711");
    form.values().put("create:newRoles", "COUNCIL");
    form.values().put("create:submit", "");
    return form;
  }

  private String origin() {
    return base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
  }

  /**
   * A GET with a Host header of the caller's choosing, which Java's HTTP client does not allow:
   * answers the status as {@code :status} and the headers by lower-case name.
   */
  private Map<String, String> rawGet(String path, String host) throws Exception {
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      BufferedReader in =
          new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
      Map<String, String> answer = new LinkedHashMap<>();
      answer.put(":status", in.readLine().split(" ")[1]);
      for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
        int colon = line.indexOf(':');
        answer.put(
            line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
            line.substring(colon + 1).strip());
      }
      return answer;
    }
  }
}
