package de.smartcity.portfolio.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Sign-in, lock-out and the HTTP hardening, as a browser meets them. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.suite();
  }

  @ArquillianResource URL base;

  private WebSession session() throws Exception {
    return new WebSession(base.toURI().resolve("/"), "de");
  }

  @Test
  void shouldSendEveryPageToTheSignInPageWhenNotSignedIn() throws Exception {
    WebSession anonymous = session();
    for (String page :
        new String[] {"/", "/index.xhtml", "/account/password.xhtml", "/admin/users.xhtml"}) {
      HttpResponse<String> response = anonymous.get(page);
      assertThat(response.statusCode()).as(page).isEqualTo(302);
      assertThat(response.headers().firstValue("Location"))
          .as(page)
          .hasValueSatisfying(location -> assertThat(location).endsWith("/login.xhtml"));
    }
  }

  @Test
  void shouldSignInWithTheRightPasswordAndShowWhoIsSignedIn() throws Exception {
    WebSession council = session();
    HttpResponse<String> page = council.signIn("council", "council-demo-2026");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(Jsoup.parse(page.body()).select(".app-user-name").text()).isEqualTo("council");
  }

  @Test
  void shouldRefuseAWrongPasswordWithAMessageThatRevealsNothing() throws Exception {
    HttpResponse<String> page = session().signIn("council", "falsch-falsch-falsch");
    assertThat(page.body()).contains("Die Anmeldung ist fehlgeschlagen");
    HttpResponse<String> unknown = session().signIn("nobody-here", "falsch-falsch-falsch");
    assertThat(Jsoup.parse(unknown.body()).select(".app-messages").text())
        .isEqualTo(Jsoup.parse(page.body()).select(".app-messages").text());
  }

  @Test
  void shouldLockTheAccountAfterFiveWrongPasswords() throws Exception {
    // An account of its own, so that no other test finds a demo user locked.
    String username = "it-lock-" + System.nanoTime();
    WebSession admin = session();
    admin.signIn("admin", "admin-demo-2026");
    admin.submit(
        "/admin/users.xhtml",
        "create",
        Map.of(
            "username", username,
            "displayName", "Gesperrte Person",
            "initialPassword", "erstes-passwort-2026",
            "newRoles", "COUNCIL",
            "submit", ""));
    for (int attempt = 0; attempt < 5; attempt++) {
      session().signIn(username, "falsch-" + attempt + "-falsch");
    }
    HttpResponse<String> withRightPassword = session().signIn(username, "erstes-passwort-2026");
    assertThat(withRightPassword.body()).contains("Die Anmeldung ist fehlgeschlagen");
    assertThat(withRightPassword.body()).doesNotContain("app-user-name");
  }

  @Test
  void shouldRefuseAForgedPostWithoutTheFormsViewState() throws Exception {
    WebSession council = session();
    council.signIn("council", "council-demo-2026");
    HttpResponse<String> forged =
        council.post(
            base.toURI().resolve("/account/password.xhtml").toString(),
            Map.of(
                "password", "password",
                "password:currentPassword", "council-demo-2026",
                "password:newPassword", "ein-neues-passwort",
                "jakarta.faces.ViewState", "forged"));
    assertThat(Jsoup.parse(forged.body()).text())
        .doesNotContain("Exception", "WildFly", "at de.smartcity", "nonce");
    // The password did not change: the old one still signs in.
    assertThat(session().signIn("council", "council-demo-2026").body()).contains("app-user-name");
  }

  @Test
  void shouldLetAnAdministratorCreateAUserWhoMustChooseAPasswordFirst() throws Exception {
    WebSession admin = session();
    admin.signIn("admin", "admin-demo-2026");
    String username = "it-" + System.nanoTime();

    HttpResponse<String> tooShort =
        admin.submit(
            "/admin/users.xhtml",
            "create",
            Map.of(
                "username",
                username,
                "displayName",
                "Neue Person",
                "initialPassword",
                "kurz",
                "submit",
                ""));
    assertThat(Jsoup.parse(tooShort.body()).text())
        .contains("mindestens 12 Zeichen")
        .doesNotContain(username + " angelegt");

    HttpResponse<String> created =
        admin.submit(
            "/admin/users.xhtml",
            "create",
            Map.of(
                "username",
                username,
                "displayName",
                "Neue Person",
                "initialPassword",
                "erstes-passwort-2026",
                "newRoles",
                "COUNCIL",
                "submit",
                ""));
    assertThat(Jsoup.parse(created.body()).text()).contains("Benutzer " + username + " angelegt");

    HttpResponse<String> firstSignIn = session().signIn(username, "erstes-passwort-2026");
    assertThat(Jsoup.parse(firstSignIn.body()).select("h1").text()).isEqualTo("Passwort ändern");
  }

  @Test
  void shouldShowACouncilMemberTheNotAllowedPageForAdministration() throws Exception {
    WebSession council = session();
    council.signIn("council", "council-demo-2026");
    HttpResponse<String> page = council.get("/admin/users.xhtml");
    assertThat(page.statusCode()).isEqualTo(403);
    assertThat(Jsoup.parse(page.body()).text())
        .contains("Kein Zugriff")
        .doesNotContain("Benutzer anlegen");
  }

  @Test
  void shouldSendHardeningHeadersAndAStrictCookie() throws Exception {
    WebSession council = session();
    HttpResponse<String> login = council.get("/login.xhtml");
    assertThat(login.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(
            csp ->
                assertThat(csp)
                    .contains("frame-ancestors 'none';", "object-src 'none'")
                    .containsPattern("script-src 'self' 'nonce-[A-Za-z0-9+/=]+'")
                    .doesNotContain("unsafe-inline' 'nonce", "script-src 'self' 'unsafe-inline'"));
    assertThat(login.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(login.headers().allValues("Set-Cookie"))
        .anySatisfy(
            cookie -> assertThat(cookie).contains("JSESSIONID", "HttpOnly", "SameSite=Lax"));
    assertThat(login.headers().firstValue("Server")).isEmpty();
  }
}
