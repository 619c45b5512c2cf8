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

/**
 * Bad input on the calls page's form as a finance user sends it: a date that does not exist and a
 * reference longer than a call keeps are refused next to their field, in the user's language, and
 * no call is recorded. Works on a grant of its own, without calls.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FinanceFormsIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.suite();
  }

  @ArquillianResource URL base;

  private WebSession financeSession(String language) throws Exception {
    WebSession session = new WebSession(base.toURI().resolve("/"), language);
    session.signIn("admin", "admin-demo-2026");
    return session;
  }

  /** The calls page of a new grant of the test's own, which has no call yet. */
  private static String callsPage(WebSession session) throws Exception {
    String grant = session.probe(BadInputCorpusIT.scenarioPath()).split(";")[0];
    return "/finance/calls.xhtml?grant=" + grant;
  }

  private static HttpResponse<String> record(
      WebSession session, String page, String date, String reference) throws Exception {
    return session.submit(
        page,
        "call",
        Map.of(
            "callDate_input", date,
            "requested_input", "10,00",
            "requested_hinput", "10.00",
            "reference", reference,
            "reason", "Test",
            "recordCall", ""));
  }

  @Test
  void shouldRefuseAnImpossibleDateAndAnOverLongReferenceInGermanAndRecordNoCall()
      throws Exception {
    WebSession session = financeSession("de");
    String page = callsPage(session);

    String badDate = Jsoup.parse(record(session, page, "31.02.2026", "MA-1").body()).text();
    assertThat(badDate)
        .contains("Bitte geben Sie ein Datum wie 31.12.2026 ein.")
        .doesNotContain("Der Mittelabruf ist erfasst", "Exception");

    // 61 characters, one more than a call's reference holds
    String tooLong = Jsoup.parse(record(session, page, "01.12.2026", "R".repeat(61)).body()).text();
    assertThat(tooLong)
        .contains("Der Text ist 1 Zeichen zu lang; höchstens 60 Zeichen sind möglich.")
        .doesNotContain("Der Mittelabruf ist erfasst", "Exception");

    assertThat(Jsoup.parse(session.open(page).body()).text()).contains("Noch kein Mittelabruf.");
  }

  @Test
  void shouldRefuseAnImpossibleDateInEnglishToAnEnglishUser() throws Exception {
    WebSession session = financeSession("en");
    String page = callsPage(session);

    String badDate = Jsoup.parse(record(session, page, "2026-02-31", "MA-1").body()).text();
    assertThat(badDate)
        .contains("Please enter a date such as 2026-12-31.")
        .doesNotContain("Exception");
    assertThat(Jsoup.parse(session.open(page).body()).text()).contains("No call for funds yet.");
  }
}
