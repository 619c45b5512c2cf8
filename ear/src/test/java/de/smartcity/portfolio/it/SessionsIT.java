package de.smartcity.portfolio.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Open sessions end when their user's access ends: disabled, a role taken away, a password reset by
 * an administrator or changed in another session. And a sign-in gets a session id of its own. Each
 * test creates its own users through the administration page (and its own project through the
 * probe); demo users only sign in.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionsIT {

  private static final String FIRST_PASSWORD = "erstes-passwort-2026";
  private static final String OWN_PASSWORD = "eigenes-passwort-2026";
  private static final String ENDED_NOTE = "Ihre Sitzung wurde beendet";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.suite();
  }

  @ArquillianResource URL base;

  @Test
  void shouldStopADisabledProjectManagersOpenSessionFromAddingAMilestone() throws Exception {
    // IT- first: DemoDataIT counts every project but those.
    String code = "IT-SEC-" + unique().toUpperCase(Locale.ROOT);
    registerProjectManagedBy(code, As.PM_EMAIL);
    String username = createUser("PROJECT_MANAGER", As.PM_EMAIL);
    WebSession manager = signedIn(username);
    Milestones tab = milestonesOf(manager, code);
    assertThat(tab.rendered()).contains("tabs:milestones:save");
    assertThat(tab.add("SEC-vorher")).contains("SEC-vorher");

    change(username, Map.of("selected:toggle", ""));

    String answer = tab.add("SEC-nachher");
    assertThat(answer).contains("<redirect url=\"/login.xhtml?sessionEnded=true\"");
    assertThat(answer).doesNotContain("SEC-nachher", "Exception");
    assertThat(manager.get("/login.xhtml?sessionEnded=true").body()).contains(ENDED_NOTE);
    assertThat(manager.get("/").statusCode()).isEqualTo(302);
    // Read as somebody else: the milestone from the ended session is not there.
    String stored = milestonesOf(signedIn("admin", "admin-demo-2026"), code).rendered();
    assertThat(stored).contains("SEC-vorher").doesNotContain("SEC-nachher");
  }

  @Test
  void shouldSendAnOpenSessionToSignInWhenItsUserLosesARole() throws Exception {
    String username = createUser("FINANCE", null);
    WebSession user = signedIn(username);
    assertThat(user.get("/finance/grants.xhtml").statusCode()).isEqualTo(200);

    change(username, Map.of("selected:roles", "COUNCIL", "selected:saveRoles", ""));

    assertEndedAtNextRequest(user, "/finance/grants.xhtml");
    assertThat(user.signIn(username, OWN_PASSWORD).body()).contains("app-user-name");
    assertThat(user.get("/finance/grants.xhtml").statusCode()).isEqualTo(403);
  }

  @Test
  void shouldSendAnOpenSessionToSignInAndThenToChangePasswordAfterAReset() throws Exception {
    String username = createUser("COUNCIL", null);
    WebSession user = signedIn(username);
    assertThat(user.get("/").statusCode()).isEqualTo(200);

    change(
        username, Map.of("selected:newPassword", "vom-admin-gesetzt-2026", "selected:reset", ""));

    assertEndedAtNextRequest(user, "/");
    HttpResponse<String> again = user.signIn(username, "vom-admin-gesetzt-2026");
    assertThat(Jsoup.parse(again.body()).select("h1").text()).isEqualTo("Passwort ändern");
  }

  @Test
  void shouldEndTheOtherSessionsButKeepThisOneWhenUsersChangeTheirOwnPassword() throws Exception {
    String username = createUser("COUNCIL", null);
    WebSession here = signedIn(username);
    WebSession elsewhere = new WebSession(base.toURI().resolve("/"), "en");
    assertThat(elsewhere.signIn(username, OWN_PASSWORD).body()).contains("app-user-name");

    changeOwnPassword(here, OWN_PASSWORD, "noch-ein-passwort-2026");

    HttpResponse<String> stillHere = here.get("/");
    assertThat(stillHere.statusCode()).isEqualTo(200);
    assertThat(Jsoup.parse(stillHere.body()).select(".app-user-name").text()).isEqualTo(username);
    HttpResponse<String> ended = elsewhere.get("/");
    assertThat(ended.statusCode()).isEqualTo(302);
    assertThat(elsewhere.get(ended.headers().firstValue("Location").orElseThrow()).body())
        .contains("Your session was ended because your access changed")
        .doesNotContain("app-user-name");
  }

  @Test
  void shouldGiveTheSessionANewIdAtSignInSoThatAPlantedIdStaysSignedOut() throws Exception {
    WebSession attacker = session();
    attacker.get("/login.xhtml");
    String planted = attacker.cookie("JSESSIONID");
    assertThat(planted).isNotBlank();

    WebSession victim = session();
    victim.plantCookie("JSESSIONID", planted);
    assertThat(victim.signIn("council", "council-demo-2026").body()).contains("app-user-name");

    assertThat(victim.cookie("JSESSIONID")).isNotBlank().isNotEqualTo(planted);
    HttpResponse<String> withPlantedId = attacker.get("/");
    assertThat(withPlantedId.statusCode()).isEqualTo(302);
    assertThat(withPlantedId.headers().firstValue("Location"))
        .hasValueSatisfying(location -> assertThat(location).endsWith("/login.xhtml"));
  }

  private void assertEndedAtNextRequest(WebSession user, String path) throws Exception {
    HttpResponse<String> next = user.get(path);
    assertThat(next.statusCode()).as(path).isEqualTo(302);
    assertThat(next.headers().firstValue("Location"))
        .hasValueSatisfying(
            location -> assertThat(location).endsWith("/login.xhtml?sessionEnded=true"));
    String signIn = next.headers().firstValue("Location").orElseThrow();
    assertThat(user.get(signIn).body()).contains(ENDED_NOTE).doesNotContain("app-user-name");
  }

  private WebSession session() throws Exception {
    return new WebSession(base.toURI().resolve("/"), "de");
  }

  private static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  private WebSession signedIn(String username, String password) throws Exception {
    WebSession user = session();
    assertThat(user.signIn(username, password).body()).contains("app-user-name");
    return user;
  }

  /** Signs a new user in and replaces the first password, as they must; the session goes on. */
  private WebSession signedIn(String username) throws Exception {
    WebSession user = session();
    user.signIn(username, FIRST_PASSWORD);
    changeOwnPassword(user, FIRST_PASSWORD, OWN_PASSWORD);
    return user;
  }

  private static void changeOwnPassword(WebSession user, String current, String chosen)
      throws Exception {
    HttpResponse<String> changed =
        user.submit(
            "/account/password.xhtml",
            "password",
            Map.of(
                "currentPassword",
                current,
                "newPassword",
                chosen,
                "confirmation",
                chosen,
                "submit",
                ""));
    assertThat(Jsoup.parse(changed.body()).select("h1").text()).isNotEqualTo("Passwort ändern");
  }

  /** Creates a user with one role (and the person they are, if given) as the administrator. */
  private String createUser(String role, String personEmail) throws Exception {
    String username = "it-" + unique();
    Map<String, String> fields = new HashMap<>();
    fields.put("username", username);
    fields.put("displayName", "SEC Sitzung " + username);
    fields.put("initialPassword", FIRST_PASSWORD);
    fields.put("newRoles", role);
    fields.put("submit", "");
    if (personEmail != null) {
      fields.put("person_input", personEmail);
    }
    HttpResponse<String> created =
        signedIn("admin", "admin-demo-2026").submit("/admin/users.xhtml", "create", fields);
    assertThat(Jsoup.parse(created.body()).text()).contains("Benutzer " + username + " angelegt");
    return username;
  }

  /** Picks the user on the administration page and presses a button of the panel with changes. */
  private void change(String username, Map<String, String> changes) throws Exception {
    WebSession admin = signedIn("admin", "admin-demo-2026");
    WebSession.Form users = admin.form("/admin/users.xhtml", "users");
    Element row =
        users.page().select("tr").stream()
            .filter(tr -> tr.selectFirst("td") != null)
            .filter(tr -> tr.selectFirst("td").text().equals(username))
            .findFirst()
            .orElseThrow();
    String edit =
        row.select("button").stream()
            .map(button -> button.attr("name"))
            .filter(name -> name.endsWith(":edit"))
            .findFirst()
            .orElseThrow();
    users.values().put(edit, "");
    HttpResponse<String> picked = admin.post(users.action(), users.values());
    WebSession.Form selected = admin.form(Jsoup.parse(picked.body(), users.action()), "selected");
    selected.values().putAll(changes);
    HttpResponse<String> saved = admin.post(selected.action(), selected.values());
    assertThat(Jsoup.parse(saved.body()).text())
        .contains("Änderung an " + username + " gespeichert");
  }

  private void registerProjectManagedBy(String code, String managerEmail) throws Exception {
    URI probe =
        base.toURI()
            .resolve(ProjectProbeServlet.PATH + "?code=" + code + "&manager=" + managerEmail);
    HttpResponse<Void> created =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(probe).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.discarding());
    assertThat(created.statusCode()).isEqualTo(201);
  }

  private Milestones milestonesOf(WebSession user, String code) throws Exception {
    WebSession.Form page = user.form("/project.xhtml?code=" + code, "tabs:overview");
    Milestones tab =
        new Milestones(
            user, page.action(), page.values().get(VIEW_STATE), page.values().get(NONCE));
    tab.open();
    return tab;
  }

  private static final String VIEW_STATE = "jakarta.faces.ViewState";
  private static final String NONCE = "primefaces.nonce";

  /**
   * The project page's milestone tab as PrimeFaces' script drives it: fetched by an ajax request
   * when opened (the tabs load on demand), a new milestone saved by another.
   */
  private static final class Milestones {

    private final WebSession user;
    private final String action;
    private final String nonce;
    private String viewState;
    private String rendered = "";

    Milestones(WebSession user, String action, String viewState, String nonce) {
      this.user = user;
      this.action = action;
      this.viewState = viewState;
      this.nonce = nonce;
    }

    void open() throws Exception {
      Map<String, String> request = ajax("tabs", "tabs");
      request.put("tabs_contentLoad", "true");
      request.put("tabs_currentTab", "tabs:milestonesTab");
      request.put("tabs_tabindex", "2");
      rendered = send(request);
      assertThat(rendered).contains("tabs:milestones:list");
    }

    /** Saves a new milestone due at the end of 2030 and returns the answer as it came. */
    String add(String title) throws Exception {
      Map<String, String> request = ajax("tabs:milestones:save", "tabs:milestones");
      request.put("tabs:milestones", "tabs:milestones");
      request.put("tabs:milestones:save", "tabs:milestones:save");
      request.put("tabs:milestones:title", title);
      request.put("tabs:milestones:dueDate_input", "31.12.2030");
      return send(request);
    }

    String rendered() {
      return rendered;
    }

    private Map<String, String> ajax(String source, String execute) {
      Map<String, String> request = new LinkedHashMap<>();
      request.put("jakarta.faces.partial.ajax", "true");
      request.put("jakarta.faces.source", source);
      request.put("jakarta.faces.partial.execute", execute);
      request.put("jakarta.faces.partial.render", execute);
      request.put(VIEW_STATE, viewState);
      request.put(NONCE, nonce);
      return request;
    }

    private String send(Map<String, String> request) throws Exception {
      HttpResponse<byte[]> answer =
          user.postForBytes(action, request, Map.of("Faces-Request", "partial/ajax"));
      assertThat(answer.statusCode()).isEqualTo(200);
      String body = new String(answer.body(), StandardCharsets.UTF_8);
      Document xml = Jsoup.parse(body, "", Parser.xmlParser());
      StringBuilder html = new StringBuilder();
      for (Element update : xml.select("update")) {
        if (update.id().contains(VIEW_STATE)) {
          viewState = update.wholeText();
        } else {
          html.append(update.wholeText());
        }
      }
      rendered = html.toString();
      return body.contains("<redirect") ? body : rendered;
    }
  }
}
