package de.smartcity.portfolio.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Malformed requests of the kinds the probe of issue 16 found answered with HTTP 500 or with an
 * exception's name: each ends on a page with a message in the user's language instead.
 */
@SameOnEveryDatabase
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ErrorPagesIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.suite();
  }

  @ArquillianResource URL base;

  private WebSession session(String language) throws Exception {
    return new WebSession(base.toURI().resolve("/"), language);
  }

  private WebSession admin(String language) throws Exception {
    WebSession admin = session(language);
    admin.signIn("admin", "admin-demo-2026");
    return admin;
  }

  @Test
  void shouldOpenTheSignInPageAfreshWhenItsViewStateIsUnknown() throws Exception {
    WebSession anonymous = session("de");
    WebSession.Form form = anonymous.form("/login.xhtml", "signin");
    form.values().put("jakarta.faces.ViewState", "-123:456");
    form.values().put("signin:username", "niemand");
    form.values().put("signin:password", "falsch-falsch");
    form.values().put("signin:submit", "");

    HttpResponse<String> posted = anonymous.post(form.action(), form.values());

    assertThat(posted.statusCode()).isEqualTo(200);
    assertThat(Jsoup.parse(posted.body()).text())
        .contains("Die Seite war abgelaufen")
        .doesNotContain("Exception");
  }

  @Test
  void shouldNotSendAViewStateInTheAddressRoundInCircles() throws Exception {
    HttpResponse<String> first = session("en").get("/login.xhtml?jakarta.faces.ViewState=x&a=1");

    assertThat(first.statusCode()).isEqualTo(302);
    assertThat(first.headers().firstValue("Location").orElseThrow())
        .endsWith("/login.xhtml?a=1&expired=true");
    WebSession english = session("en");
    HttpResponse<String> page = english.open("/login.xhtml?jakarta.faces.ViewState=x");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(Jsoup.parse(page.body()).text()).contains("The page had expired");
  }

  @Test
  void shouldStartThePortfolioAfreshAfterAnAjaxPostWithAForgedViewState() throws Exception {
    WebSession admin = admin("en");
    WebSession.Form form = admin.form("/index.xhtml", "portfolio");
    Map<String, String> values = new LinkedHashMap<>(form.values());
    values.put("jakarta.faces.ViewState", "forged");
    values.put("jakarta.faces.partial.ajax", "true");
    values.put("jakarta.faces.source", "portfolio:status");
    values.put("jakarta.faces.partial.execute", "portfolio:status");
    values.put("jakarta.faces.partial.render", "portfolio:projects");

    HttpResponse<byte[]> answer =
        admin.postForBytes(form.action(), values, Map.of("Faces-Request", "partial/ajax"));
    String body = new String(answer.body(), java.nio.charset.StandardCharsets.UTF_8);

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(body).contains("<redirect").doesNotContain("Exception", "<error");
  }

  @Test
  void shouldRefuseInterimProofsOutsideTheFundingPeriodWithAMessage() throws Exception {
    WebSession admin = admin("de");
    String grant = scenario().split(";")[0];
    String nextYear = Integer.toString(java.time.Year.now().getValue() + 1);
    for (String period : new String[] {"9999", "0000", "2020", nextYear}) {
      HttpResponse<String> page =
          admin.get("/finance/proof.xhtml?grant=" + grant + "&period=" + period);
      assertThat(page.statusCode()).as(period).isEqualTo(200);
      assertThat(Jsoup.parse(page.body()).text())
          .as(period)
          .contains("nur für ein Haushaltsjahr des Bewilligungszeitraums bis zum laufenden Jahr")
          .doesNotContain("Error", "Exception");
      assertThat(Jsoup.parse(page.body()).getElementById("proof")).as(period).isNull();
    }
    assertThat(
            Jsoup.parse(admin.get("/finance/proof.xhtml?grant=" + grant + "&period=2025").body())
                .getElementById("proof"))
        .isNotNull();
  }

  @Test
  void shouldAnswerABadNewPasswordWithAMessage() throws Exception {
    String username = "it-pw-" + System.nanoTime();
    admin("de")
        .submit(
            "/admin/users.xhtml",
            "create",
            Map.of(
                "username", username,
                "displayName", "SEC Passwort",
                "initialPassword", "erstes-passwort-2026",
                "newRoles", "COUNCIL",
                "submit", ""));
    WebSession user = session("de");
    user.signIn(username, "erstes-passwort-2026");
    for (String bad : new String[] {"kurz", "            ", "x".repeat(201)}) {
      HttpResponse<String> answer =
          user.submit(
              "/account/password.xhtml",
              "password",
              Map.of(
                  "currentPassword", "erstes-passwort-2026",
                  "newPassword", bad,
                  "submit", ""));
      assertThat(answer.statusCode()).as(bad).isEqualTo(200);
      assertThat(Jsoup.parse(answer.body()).select(".message-error, .ui-message-error").text())
          .as(bad)
          .isNotBlank();
      assertThat(answer.body()).as(bad).doesNotContainPattern("[A-Z]\\w*Exception");
    }
  }

  @Test
  void shouldRefuseMalformedAmountsWithAMessageInAnAjaxAnswer() throws Exception {
    WebSession admin = admin("de");
    String code = scenario().split(";")[1];
    for (String amount : new String[] {"12,34,56", "NaN", "Infinity", "1e999999999"}) {
      String body = BadInputCorpusIT.postAmount(admin, code, amount);
      assertThat(body).as(amount).contains("Bitte geben Sie eine Zahl wie 1.234,56 ein.");
      assertThat(body).as(amount).doesNotContain("<error", "Exception");
    }
  }

  private String scenario() throws Exception {
    return session("de").probe(BadInputCorpusIT.scenarioPath());
  }
}
