package de.smartcity.portfolio.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import de.smartcity.portfolio.application.UserAdministrationService;
import de.smartcity.portfolio.domain.model.user.Role;
import de.smartcity.portfolio.domain.model.user.UserAccount;
import de.smartcity.portfolio.infrastructure.security.PasswordHashing;
import de.smartcity.portfolio.infrastructure.security.SignInPolicy;
import de.smartcity.portfolio.infrastructure.security.SignInService;
import de.smartcity.portfolio.infrastructure.security.SignInThrottle;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sign-in abuse: the time an answer takes tells nothing about the account, an address that fails
 * too often must wait, and weak passwords are refused wherever a password is set.
 *
 * <p>Every container test signs in from 127.0.0.1 against the same server, so no test here fails a
 * sign-in from there: the throttle is driven inside the server with addresses of the documentation
 * ranges (198.51.100.0/24, 203.0.113.0/24), and over HTTP from another loopback address.
 */
@SameOnEveryDatabase
@ExtendWith(ArquillianExtension.class)
class SignInAbuseIT {

  private static final String PASSWORD = "erstes-passwort-2026";
  private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(1);

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.suite();
  }

  @Inject SignInService signIns;
  @Inject SignInThrottle throttle;
  @Inject SignInPolicy policy;
  @Inject PasswordHashing hashing;
  @Inject UserAdministrationService userAdministration;

  private static String unique() {
    return UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
  }

  /** A fresh documentation address for each attempt that must not be throttled. */
  private static String anyAddress() {
    return "203.0.113." + (NEXT_ADDRESS.getAndIncrement() % 250 + 1);
  }

  private UserAccount user(String kind) throws Exception {
    return As.admin(
        () ->
            userAdministration.createUser(
                "it-" + kind + "-" + unique(),
                "SEC " + kind,
                Set.of(Role.COUNCIL),
                null,
                null,
                PASSWORD));
  }

  /** An own account, locked by as many wrong passwords as the policy allows. */
  private UserAccount lockedUser() throws Exception {
    UserAccount locked = user("locked");
    for (int i = 0; i < policy.maxFailures(); i++) {
      signIns.signIn(anyAddress(), locked.getUsername(), "falsch-" + i + "-falsch");
    }
    assertThat(signIns.signIn(anyAddress(), locked.getUsername(), PASSWORD)).isEmpty();
    return locked;
  }

  private UserAccount disabledUser() throws Exception {
    UserAccount user = user("disabled");
    return As.admin(() -> userAdministration.disable(user.getId(), user.getVersion()));
  }

  /** Proof without a stopwatch: every sign-in that is not throttled does one slow check. */
  @Test
  void shouldDoOneSlowPasswordCheckForUnknownLockedDisabledWrongAndRightAlike() throws Exception {
    UserAccount locked = lockedUser();
    UserAccount disabled = disabledUser();
    UserAccount wrong = user("wrong");
    Map<String, Supplier<Optional<SignInService.Outcome>>> attempts = new LinkedHashMap<>();
    attempts.put("unknown", () -> signIns.signIn(anyAddress(), "sec-nobody-" + unique(), PASSWORD));
    attempts.put("locked", () -> signIns.signIn(anyAddress(), locked.getUsername(), PASSWORD));
    attempts.put("disabled", () -> signIns.signIn(anyAddress(), disabled.getUsername(), PASSWORD));
    attempts.put(
        "wrong", () -> signIns.signIn(anyAddress(), wrong.getUsername(), "falsch-falsch-falsch"));
    attempts.put("right", () -> signIns.signIn(anyAddress(), wrong.getUsername(), PASSWORD));
    Map<String, Long> checks = new LinkedHashMap<>();
    attempts.forEach(
        (kind, attempt) -> {
          long before = hashing.checksDone();
          Optional<SignInService.Outcome> outcome = attempt.get();
          checks.put(kind, hashing.checksDone() - before);
          assertThat(outcome.isPresent()).as(kind).isEqualTo(kind.equals("right"));
        });
    assertThat(checks)
        .containsExactly(
            Map.entry("unknown", 1L),
            Map.entry("locked", 1L),
            Map.entry("disabled", 1L),
            Map.entry("wrong", 1L),
            Map.entry("right", 1L));
  }

  /**
   * The same with a stopwatch, as an outsider measures it: the median time of a refused sign-in of
   * an unknown, a locked and a disabled account lies within half and twice that of a wrong password
   * (before, a locked account answered ten times faster).
   */
  @Test
  void shouldTakeAboutAsLongForUnknownLockedAndDisabledAccountsAsForAWrongPassword()
      throws Exception {
    UserAccount locked = lockedUser();
    UserAccount disabled = disabledUser();
    UserAccount wrong = user("wrong");
    Map<String, List<Long>> times = new LinkedHashMap<>();
    for (int round = 0; round < 7; round++) {
      time(times, "unknown", () -> signIns.signIn(anyAddress(), "sec-nobody-" + unique(), "x"));
      time(times, "locked", () -> signIns.signIn(anyAddress(), locked.getUsername(), PASSWORD));
      time(times, "disabled", () -> signIns.signIn(anyAddress(), disabled.getUsername(), PASSWORD));
      time(times, "wrong", () -> signIns.signIn(anyAddress(), wrong.getUsername(), "falsch-x"));
      // Signing in rightly resets the count, so that the wrong passwords never lock this account.
      assertThat(signIns.signIn(anyAddress(), wrong.getUsername(), PASSWORD)).isPresent();
    }
    double reference = median(times.get("wrong"));
    for (String kind : List.of("unknown", "locked", "disabled")) {
      assertThat(median(times.get(kind)) / reference)
          .as("%s against a wrong password, times in ns %s", kind, times)
          .isBetween(0.5, 2.0);
    }
  }

  private static void time(
      Map<String, List<Long>> times,
      String kind,
      Supplier<Optional<SignInService.Outcome>> attempt) {
    long start = System.nanoTime();
    assertThat(attempt.get()).as(kind).isEmpty();
    times.computeIfAbsent(kind, k -> new ArrayList<>()).add(System.nanoTime() - start);
  }

  private static double median(List<Long> values) {
    List<Long> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }

  @Test
  void shouldMakeAnAddressWaitAfterItsLimitEvenWithTheRightPasswordAndLetOthersIn()
      throws Exception {
    UserAccount own = user("throttled");
    String attacker = "198.51.100." + ThreadLocalRandom.current().nextInt(1, 255);
    String neighbour = "203.0.113.254";
    // Only failures count: more successful sign-ins than the limit leave the address free.
    for (int i = 0; i <= policy.clientMaxFailures(); i++) {
      assertThat(signIns.signIn(attacker, own.getUsername(), PASSWORD)).isPresent();
    }
    int failures = 0;
    Instant before = Instant.now();
    while (signIns.refusedUntil(attacker).isEmpty() && failures <= policy.clientMaxFailures() + 3) {
      before = Instant.now();
      signIns.signIn(attacker, "sec-nobody-" + unique(), "falsch-falsch-falsch");
      failures++;
    }
    // The bucket leaks while the test runs, so one or two more may pass on a slow machine.
    assertThat(failures).isBetween(policy.clientMaxFailures() + 1, policy.clientMaxFailures() + 3);
    Instant until = signIns.refusedUntil(attacker).orElseThrow();
    assertThat(Duration.between(before, until))
        .isBetween(policy.clientBackoff().minusSeconds(5), policy.clientBackoff().plusSeconds(5));

    // While it waits, the address gets nowhere, not even with the right password, and costs
    // the server no password check.
    long checks = hashing.checksDone();
    assertThat(signIns.signIn(attacker, own.getUsername(), PASSWORD)).isEmpty();
    assertThat(hashing.checksDone()).isEqualTo(checks);
    assertThat(signIns.signIn(neighbour, own.getUsername(), PASSWORD)).isPresent();

    // Failing again once the wait is over doubles it (the throttle's clock is given here).
    Instant next = throttle.failed(attacker, until).orElseThrow();
    assertThat(Duration.between(until, next)).isEqualTo(policy.clientBackoff().multipliedBy(2));
  }

  /** Over HTTP, from another loopback address than 127.0.0.1, which the other tests use. */
  @Test
  @RunAsClient
  void shouldTellAThrottledAddressWhenToTryAgainOnTheSignInPage(@ArquillianResource URL base)
      throws Exception {
    InetAddress other =
        InetAddress.getByName("127.0.0." + ThreadLocalRandom.current().nextInt(2, 255));
    Assumptions.assumeTrue(canBind(other), "this system has only 127.0.0.1 for loopback");
    URI server = base.toURI();
    String body = "";
    int attempts = 0;
    while (!body.contains("Zu viele fehlgeschlagene Anmeldungen") && attempts < 60) {
      body = signInFrom(other, server, "sec-nobody-" + unique(), "falsch-falsch-falsch");
      attempts++;
    }
    assertThat(Html.text(body, ".app-messages"))
        .matches(
            "Zu viele fehlgeschlagene Anmeldungen von dieser Adresse\\. Bitte versuchen Sie es"
                + " nach \\d\\d:\\d\\d:\\d\\d Uhr wieder\\.");
    assertThat(attempts).isGreaterThan(1);

    String withRightPassword = signInFrom(other, server, "council", "council-demo-2026");
    assertThat(withRightPassword)
        .contains("Zu viele fehlgeschlagene Anmeldungen")
        .doesNotContain("app-user-name");
    // 127.0.0.1 is another address: it signs in as ever.
    WebSession council = new WebSession(server.resolve("/"), "de");
    assertThat(council.signIn("council", "council-demo-2026").body()).contains("app-user-name");
  }

  private static boolean canBind(InetAddress address) {
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(address, 0));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Opens the sign-in page and posts the form, each over a connection of its own from the given
   * address (Java 17's HTTP client cannot choose its local address), in HTTP/1.0 so that the answer
   * ends with the connection.
   */
  private static String signInFrom(InetAddress from, URI server, String username, String password)
      throws IOException {
    String page = exchange(from, server, "GET /login.xhtml HTTP/1.0\r\n" + headers(server, ""));
    String cookie =
        page.lines()
            .filter(line -> line.regionMatches(true, 0, "Set-Cookie: JSESSIONID=", 0, 23))
            .map(line -> line.substring("Set-Cookie: ".length()).split(";")[0])
            .findFirst()
            .orElseThrow();
    String html = page.substring(page.indexOf("\r\n\r\n") + 4);
    Map<String, String> values = Html.hiddenValues(html, "signin");
    values.put("signin:username", username);
    values.put("signin:password", password);
    values.put("signin:submit", "");
    String content =
        values.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    String answer =
        exchange(
            from,
            server,
            "POST "
                + Html.action(html, "signin", server.toString()).getPath()
                + " HTTP/1.0\r\n"
                + headers(
                    server,
                    "Cookie: "
                        + cookie
                        + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: "
                        + content.getBytes(UTF_8).length
                        + "\r\n")
                + content);
    return answer.substring(answer.indexOf("\r\n\r\n") + 4);
  }

  private static String headers(URI server, String more) {
    return "Host: "
        + server.getHost()
        + ":"
        + server.getPort()
        + "\r\nAccept-Language: de\r\nConnection: close\r\n"
        + more
        + "\r\n";
  }

  private static String exchange(InetAddress from, URI server, String request) throws IOException {
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(from, 0));
      socket.connect(new InetSocketAddress(server.getHost(), server.getPort()), 10_000);
      socket.setSoTimeout(60_000);
      socket.getOutputStream().write(request.getBytes(UTF_8));
      socket.getOutputStream().flush();
      return new String(socket.getInputStream().readAllBytes(), UTF_8);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, UTF_8);
  }

  // --- Passwords ---------------------------------------------------------------------------------

  private static WebSession session(URL base, String language) throws Exception {
    return new WebSession(base.toURI().resolve("/"), language);
  }

  /** Creates a user through the administration page and returns the name. */
  private String createdUser(WebSession admin) throws Exception {
    String username = "it-pw-" + unique();
    HttpResponse<String> created =
        admin.submit(
            "/admin/users.xhtml",
            "create",
            Map.of(
                "username", username,
                "displayName", "SEC Passwort",
                "initialPassword", PASSWORD,
                "newRoles", "COUNCIL",
                "submit", ""));
    assertThat(Html.text(created.body(), "body")).contains("Benutzer " + username + " angelegt");
    return username;
  }

  @Test
  @RunAsClient
  void shouldRefuseWeakOrMismatchedNewPasswordsOnTheChangePageAndChangeNothing(
      @ArquillianResource URL base) throws Exception {
    WebSession admin = session(base, "de");
    admin.signIn("admin", "admin-demo-2026");
    String username = createdUser(admin);
    WebSession user = session(base, "de");
    assertThat(Html.text(user.signIn(username, PASSWORD).body(), "h1"))
        .isEqualTo("Passwort ändern");

    assertThat(change(user, "aaaaaaaaaaaa", "aaaaaaaaaaaa"))
        .as("next to the new password")
        .contains("wiederholt ein Zeichen fünfmal oder öfter");
    assertThat(change(user, "123456789012", "123456789012"))
        .contains("fünf oder mehr Zeichen in Folge");
    assertThat(change(user, "Password1234", "Password1234")).contains("gehört zu den häufigsten");
    assertThat(change(user, "Sonnenblume im Mai", "Sonnenblume im Juni"))
        .contains("Die beiden neuen Passwörter stimmen nicht überein.");

    WebSession english = session(base, "en");
    english.signIn(username, PASSWORD);
    assertThat(change(english, "qwertzuiop12", "qwertzuiop12"))
        .contains("five or more characters in a row");

    // Nothing changed: the first password still signs in, and must still be replaced.
    HttpResponse<String> again = session(base, "de").signIn(username, PASSWORD);
    assertThat(Html.text(again.body(), "h1")).isEqualTo("Passwort ändern");
  }

  /** Posts the change form and returns the message next to the field that was refused. */
  private static String change(WebSession user, String newPassword, String confirmation)
      throws Exception {
    HttpResponse<String> page =
        user.submit(
            "/account/password.xhtml",
            "password",
            Map.of(
                "currentPassword", PASSWORD,
                "newPassword", newPassword,
                "confirmation", confirmation,
                "submit", ""));
    // Refused: the user is still on the page where they must choose a password.
    assertThat(Html.text(page.body(), "h1")).isIn("Passwort ändern", "Change password");
    return Html.text(page.body(), ".field .ui-message");
  }

  @Test
  @RunAsClient
  void shouldRefuseWeakPasswordsInUserAdministrationAndChangeNothing(@ArquillianResource URL base)
      throws Exception {
    WebSession admin = session(base, "de");
    admin.signIn("admin", "admin-demo-2026");
    String refusedName = "it-weak-" + unique();
    HttpResponse<String> weak =
        admin.submit(
            "/admin/users.xhtml",
            "create",
            Map.of(
                "username", refusedName,
                "displayName", "SEC Schwach",
                "initialPassword", "aaaaaaaaaaaa",
                "newRoles", "COUNCIL",
                "submit", ""));
    assertThat(Html.text(weak.body(), ".field .ui-message"))
        .contains("wiederholt ein Zeichen fünfmal oder öfter");
    assertThat(Html.text(admin.open("/admin/users.xhtml").body(), "#users"))
        .doesNotContain(refusedName);

    String username = createdUser(admin);
    String selected = select(admin, base, username).body();
    HttpResponse<String> reset =
        post(admin, base, selected, "selected", Map.of("newPassword", "123456789012", "reset", ""));
    assertThat(Html.text(reset.body(), ".app-messages"))
        .contains("fünf oder mehr Zeichen in Folge")
        .doesNotContain("gespeichert");

    // The first password still signs in.
    HttpResponse<String> signIn = session(base, "de").signIn(username, PASSWORD);
    assertThat(Html.text(signIn.body(), "h1")).isEqualTo("Passwort ändern");
  }

  /** Presses the user's "edit" button in the table of users. */
  private static HttpResponse<String> select(WebSession admin, URL base, String username)
      throws Exception {
    String page = admin.open("/admin/users.xhtml").body();
    String edit = Html.editButton(page, username);
    return post(admin, base, page, "users", Map.of(edit.substring("users:".length()), ""));
  }

  private static HttpResponse<String> post(
      WebSession session, URL base, String page, String formId, Map<String, String> fields)
      throws Exception {
    Map<String, String> values = Html.hiddenValues(page, formId);
    fields.forEach((name, value) -> values.put(formId + ":" + name, value));
    return session.post(Html.action(page, formId, base.toString()).toString(), values);
  }

  /**
   * Reading pages, apart so that the class loads inside the server, where Jsoup is not deployed.
   */
  static final class Html {

    private Html() {}

    static String text(String page, String css) {
      return Jsoup.parse(page).select(css).text();
    }

    /** The hidden fields of a form (its name, the view state) and the page's CSP nonce. */
    static Map<String, String> hiddenValues(String page, String formId) {
      Document document = Jsoup.parse(page);
      Map<String, String> values = new LinkedHashMap<>();
      for (Element input : document.getElementById(formId).select("input[type=hidden]")) {
        values.put(input.attr("name"), input.attr("value"));
      }
      // What PrimeFaces' script does in a browser: send the page's CSP nonce with the form.
      Element script = document.selectFirst("script[nonce]");
      if (script != null) {
        values.put("primefaces.nonce", script.attr("nonce"));
      }
      return values;
    }

    static URI action(String page, String formId, String baseUri) {
      return URI.create(Jsoup.parse(page, baseUri).getElementById(formId).absUrl("action"));
    }

    /** The name of the "edit" button in the row of the table of users that shows the user. */
    static String editButton(String page, String username) {
      Element row =
          Jsoup.parse(page).getElementById("users:table").select("tr").stream()
              .filter(tr -> tr.select("td").stream().anyMatch(td -> td.text().equals(username)))
              .findFirst()
              .orElseThrow();
      return row.select("button").stream()
          .map(button -> button.attr("name"))
          .filter(name -> name.endsWith(":edit"))
          .findFirst()
          .orElseThrow();
    }
  }
}
