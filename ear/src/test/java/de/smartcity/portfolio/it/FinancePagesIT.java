package de.smartcity.portfolio.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Finance in a browser: the narrative form refuses bad input in the user's language, the grants
 * page hands out interim proofs and calls for funds, and a submitted proof shows the checksums of
 * exactly the files it serves, and the calls page refuses an impossible date and an over-long
 * reference next to their fields, in German and English, recording no call. The proofs are written
 * on a grant of each test's own (interim proofs exist only for the years of a funding period up to
 * the current one); the grants page is read on the demo grant.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FinancePagesIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.suite();
  }

  @ArquillianResource URL base;

  /**
   * Signs in as the demo administrator, who may do all that finance may. The in-server tests act as
   * finance.
   */
  private WebSession financeSession(String language) throws Exception {
    WebSession session = new WebSession(base.toURI().resolve("/"), language);
    session.signIn("admin", "admin-demo-2026");
    return session;
  }

  /** The id of the demo grant of component B, as the grants page links to it. */
  private static String demoGrantId(WebSession session) throws Exception {
    Document page = Jsoup.parse(session.open("/finance/grants.xhtml").body());
    String reference = "MPSC-R3-B-BOCHUM";
    var row =
        page.select("tr").stream()
            .filter(tr -> tr.text().contains(reference))
            .findFirst()
            .orElseThrow();
    String href = row.selectFirst("a[href*='grants.xhtml?grant=']").attr("href");
    return href.replaceAll(".*grant=(\\d+).*", "$1");
  }

  /** The id of a new grant (2024 to 2028) with a project, set up through the test-only probe. */
  private static String ownGrantId(WebSession session) throws Exception {
    return session.probe(BadInputCorpusIT.scenarioPath()).split(";")[0];
  }

  private static String proofPage(String grantId, int year) {
    return "/finance/proof.xhtml?grant=" + grantId + "&period=" + year;
  }

  @Test
  void shouldRefuseAnEmptyResultAndTooLongTextInGermanAndStoreNothing() throws Exception {
    WebSession session = financeSession("de");
    String page = proofPage(ownGrantId(session), 2025);
    String start = "Start " + System.nanoTime();

    // The over-long text is refused by the page, next to its field, before the service is asked.
    HttpResponse<String> tooLong =
        session.submit(
            page,
            "proof",
            Map.of(
                "start", start,
                "duration", "24 Monate",
                "results", "Ergebnisse",
                "deviationsFromPlan", "x".repeat(4001),
                "save", ""));
    assertThat(Jsoup.parse(tooLong.body()).text())
        .contains("Der Text ist 1 Zeichen zu lang; höchstens 4.000 Zeichen sind möglich.")
        .doesNotContain("Der Sachbericht ist gespeichert", "Exception", "ConstraintViolation");

    // An empty result passes the page and is refused by the service's validation.
    HttpResponse<String> empty =
        session.submit(
            page,
            "proof",
            Map.of(
                "start", start,
                "duration", "24 Monate",
                "results", "",
                "deviationsFromPlan", "keine",
                "save", ""));
    assertThat(Jsoup.parse(empty.body()).text())
        .contains("darf nicht leer sein")
        .doesNotContain("Der Sachbericht ist gespeichert", "Exception", "ConstraintViolation");
    Document reloaded = Jsoup.parse(session.open(page).body());
    assertThat(reloaded.getElementById("proof:start").val()).isEmpty();
  }

  @Test
  void shouldSpeakEnglishToAnEnglishUser() throws Exception {
    WebSession session = financeSession("en");
    String page = proofPage(ownGrantId(session), 2025);

    HttpResponse<String> response =
        session.submit(
            page,
            "proof",
            Map.of("start", "", "duration", "24 months", "results", "Works", "save", ""));

    assertThat(Jsoup.parse(response.body()).text())
        .contains("must not be blank")
        .doesNotContain("The narrative is saved");
  }

  @Test
  void shouldHandOutInterimProofsAndCallsForFundsOnTheGrantsPage() throws Exception {
    WebSession session = financeSession("de");
    String page = "/finance/grants.xhtml?grant=" + demoGrantId(session);

    HttpResponse<byte[]> interim = session.download(page, "grant", "years:0:excel");
    HttpResponse<byte[]> call = session.download(page, "grant", "calls:0:pdf");

    assertThat(interim.statusCode()).isEqualTo(200);
    assertThat(interim.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("Zwischennachweis_MPSC-R3-B-BOCHUM_");
    assertThat(new String(interim.body(), 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1))
        .isEqualTo("PK");
    assertThat(call.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("Mittelabruf_MPSC-R3-B-BOCHUM_Nr1_");
    assertThat(ReadBack.pdfText(call.body())).contains("MPSC-R3-B-BOCHUM");
  }

  @Test
  void shouldShowTheChecksumOfTheFileItServesOnceSubmitted() throws Exception {
    WebSession session = financeSession("de");
    String page = proofPage(ownGrantId(session), 2025);
    assertThat(
            session
                .submit(
                    page,
                    "proof",
                    Map.of(
                        "start", "Januar", "duration", "1 Jahr", "results", "Geplant", "save", ""))
                .body())
        .contains("Der Sachbericht ist gespeichert.");

    Document submitted = Jsoup.parse(session.submit(page, "proof", Map.of("submit", "")).body());

    assertThat(submitted.text()).contains("Der Nachweis ist als eingereicht gespeichert");
    String shown = submitted.getElementById("pdfSha256").text();
    HttpResponse<byte[]> pdf = session.download(page, "proof", "pdf");
    assertThat(shown).isEqualTo(sha256(pdf.body())).hasSize(64);
    assertThat(session.download(page, "proof", "pdf").body()).isEqualTo(pdf.body());
    assertThat(sha256(session.download(page, "proof", "excel").body()))
        .isEqualTo(submitted.getElementById("xlsxSha256").text());
  }

  /**
   * In Chromium: "Als eingereicht markieren" first asks, saying what will be frozen; "Nein" leaves
   * the proof as it was, "Ja" submits it. A correction with a reason then supersedes it: the page
   * lists both versions, the first marked as replaced by the second, with the reason.
   */
  @Test
  void shouldAskBeforeFreezingAProofAndSupersedeItByACorrection() throws Exception {
    String page = proofPage(ownGrantId(financeSession("de")), 2025);
    try (Browser finance = Browser.start(base.toURI().resolve("/"), "de")) {
      finance.signIn("admin", "admin-demo-2026").open(page);
      finance.type("proof:start", "Januar 2025").type("proof:duration", "1 Jahr");
      finance.type("proof:results", "Sensoren melden.").clickToLoad("proof:save");
      assertThat(finance.pageText()).contains("Der Sachbericht ist gespeichert.");
      finance.screenshot("proof-01-narrative").assertAccessible("proof of use");

      finance.click("proof:submit");
      finance.waitUntil(() -> finance.element("confirmNo").isDisplayed());
      assertThat(finance.pageText())
          .contains("Nachweis einfrieren?", "mit ihren SHA-256-Prüfsummen gespeichert");
      finance.screenshot("proof-02-confirm");
      finance.click("confirmNo");
      // Declined: nothing was submitted, the button is still there.
      assertThat(finance.exists("proof:submission")).isFalse();
      finance.open(page);
      assertThat(finance.exists("proof:submission")).isFalse();
      assertThat(finance.exists("proof:submit")).isTrue();

      finance.click("proof:submit");
      finance.waitUntil(() -> finance.element("confirmYes").isDisplayed());
      finance.clickToLoad("confirmYes");
      assertThat(finance.pageText()).contains("Der Nachweis ist als eingereicht gespeichert");
      assertThat(finance.all("[id='proof:versions_data'] tr")).hasSize(1);

      finance.type("proof:reason", "Beleg nachgereicht");
      finance.click("proof:supersede");
      finance.waitUntil(() -> finance.element("confirmYes").isDisplayed());
      finance.clickToLoad("confirmYes");
      assertThat(finance.pageText())
          .contains("Die Korrektur ist als neue Fassung eingereicht")
          .contains("Ersetzt durch Fassung 2 am")
          .contains("Grund: Beleg nachgereicht");
      assertThat(finance.all("[id='proof:versions_data'] tr")).hasSize(2);
      finance.screenshot("proof-03-versions").assertAccessible("proof of use with versions");
    }
    try (Browser english = Browser.start(base.toURI().resolve("/"), "en")) {
      english.signIn("admin", "admin-demo-2026").open(page);
      assertThat(english.pageText()).contains("Submitted versions", "Superseded by version 2");
      english.screenshot("proof-04-english").assertAccessible("proof of use in English");
    }
  }

  private static String sha256(byte[] content) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
  }

  // Bad input on the calls page: refused next to its field, in the user's language, no call
  // recorded (a grant of the test's own, without calls).

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
