package de.smartcity.portfolio.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The browser half of {@link GrantWorkbenchIT}: a finance officer takes a grant from its notice to
 * a corrected final proof of use, all in Chromium, and a second finance user confirms what the
 * four-eyes principle asks for; a council member reads the grant page in English and finds nothing
 * to edit; a project manager is refused. Kept apart from the test class, whose other tests run
 * inside the server, where Selenium is not.
 *
 * <p>The figures, worked out by hand (rate 65 %, grant 6,500.00, change notice of 1 June 2025 in
 * force at the end of the funding period: PERS 4,000/4,000, SACH 1,500/1,500, INV 4,000/2,500 =
 * 9,500.00 in total, 8,000.00 eligible; income 3,000.00 own share + 6,500.00 grant = 9,500.00):
 *
 * <pre>
 * receipts as entered on the two project pages       paid      eligible
 *   R1 first  10.03.2025 PERS IT-Ruhr Personal GmbH  2,400.00  2,400.00
 *   R2 first  15.04.2025 INV  IT-Sensor AG           3,000.00  2,100.60
 *   R3 second 20.05.2025 SACH IT-Druckerei Bochum      800.00    800.00
 *   R4 second 02.06.2025 SACH IT-Falschbuchung KG    1,234.56  1,234.56
 *   together                                         7,434.56  6,535.16
 * R3 corrected to 850.40/850.40 (the invoice said so), R4 deleted (booked twice):
 *   together                                         6,250.40  5,351.00
 *   per category: PERS 2,400.00/2,400.00, SACH 850.40/850.40, INV 3,000.00/2,100.60
 *   not eligible: 6,250.40 - 5,351.00 = 899.40
 * grant share: 65 % of 5,351.00 = 3,478.15 (below the grant of 6,500.00): the proposed call
 * called and paid out 3,478.15; still callable 6,500.00 - 3,478.15 = 3,021.85
 * final proof, version 1:
 *   II.1 own share: plan 3,000.00 (3,000/9,500 = 31.58 %), actual 6,250.40 - 3,478.15 = 2,772.25
 *        (2,772.25/6,250.40 = 44.35 %); this grant: plan 6,500.00 (68.42 %), actual as received
 *        3,478.15 (55.65 %); totals 9,500.00 and 6,250.40 (= II.2's totals)
 *   settlement: eligible 5,351.00, share 3,478.15, received 3,478.15, difference 0.00;
 *        own share of the eligible costs 5,351.00 - 3,478.15 = 1,872.85 = 35.00 %
 * correction after the submission: R1 only 2,000.00 eligible (a part was for another measure):
 *   eligible 4,951.00, not eligible 1,299.40, share 65 % of 4,951.00 = 3,218.15,
 *   over-payment 3,478.15 - 3,218.15 = 260.00, own share of the eligible costs
 *   4,951.00 - 3,478.15 = 1,472.85 = 29.75 % (1,472.85/4,951.00 = 0.297485);
 *   II.1 unchanged (paid costs and payouts are the same)
 * </pre>
 */
final class GrantJourney {

  private GrantJourney() {}

  private static final DateTimeFormatter GERMAN = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  /** The password the second finance user chooses at the first sign-in. */
  private static final String PASSWORD = "Zweite-Person-4821-kp";

  /**
   * @param root the application's address
   * @param first the code of a project of a test grant of its own, planning 1,000.00 Sachausgaben
   * @param second another such project
   */
  static void run(URI root, String first, String second) throws Exception {
    String reference = ProjectScenario.code("GWB");
    String confirmer = secondFinanceUser(root, reference);
    String today = CityDay.today().format(GERMAN);
    String grantPath;
    try (Browser finance = Browser.start(root, "de");
        Browser secondPerson = Browser.start(root, "de")) {
      finance.signIn("finance", "finance-demo-2026").open("/finance/grants.xhtml");
      secondPerson.signIn(confirmer, PASSWORD);
      grantPath = registerAssignAndChange(finance, reference, first, second);
      String grantId = grantPath.substring(grantPath.indexOf("id=") + 3);

      recordReceipts(finance, first, second);
      correctAndDelete(finance, grantId);
      callAndPayout(finance, grantId, today);

      // Before the second person confirms, the call and its payout do not count, in the proof
      // either: the grant as received is 0.00 and the own share carries all 6,250.40 (100 %).
      String proofPage = "/finance/proof.xhtml?grant=" + grantId + "&period=FINAL";
      finance.open(proofPage);
      try (XSSFWorkbook unconfirmed =
          ReadBack.workbook(finance.download("proof:excel").content())) {
        assertIncome(unconfirmed, "6250.40", "0.00", "6250.40", "100.00", "0.00");
        assertThat(euros(unconfirmed, "Übersicht", "Bisher ausgezahlt (Stand " + today + ")", 2))
            .isEqualByComparingTo("0.00");
      }

      confirm(secondPerson, reference, "Mittelabruf", "3.478,15 €", "finance");
      secondPerson.open("/finance/calls.xhtml?grant=" + grantId);
      secondPerson.screenshot("grant-11-call-confirmed");
      assertThat(plain(secondPerson, "[id='calledSoFar']")).isEqualTo("3.478,15 €");
      assertThat(plain(secondPerson, "[id='pending']")).isEqualTo("0,00 €");
      assertThat(plain(secondPerson, "[id='received']")).isEqualTo("3.478,15 €");
      assertThat(plain(secondPerson, "[id='remaining']")).isEqualTo("3.021,85 €");
      assertThat(plain(secondPerson, "[id='proposed']")).isEqualTo("0,00 €");
      assertThat(plain(secondPerson, "[id='calls:table']")).contains("bestätigt von " + confirmer);

      writeNarrative(finance, proofPage);
      Browser.Saved excel = finance.download("proof:excel");
      Browser.Saved pdf = finance.download("proof:pdf");
      assertThat(excel.name()).endsWith(".xlsx");
      assertThat(pdf.name()).endsWith(".pdf");
      assertFirstVersion(excel.content(), pdf.content(), today);

      // Submitted, after the question whether to: the page shows the stored files' checksums,
      // and the stored files carry the same figures as the ones downloaded before.
      finance.click("proof:submit");
      finance.waitUntil(() -> finance.element("confirmYes").isDisplayed());
      finance.screenshot("grant-13-submit-question");
      finance.clickToLoad("confirmYes");
      finance.screenshot("grant-14-submitted");
      assertThat(finance.pageText()).contains("Der Nachweis ist als eingereicht gespeichert");
      String firstXlsxHash = finance.text("[id='xlsxSha256']");
      String firstPdfHash = finance.text("[id='pdfSha256']");
      // the proof names its submitter by display name, as it prints it
      assertThat(plain(finance, "[id='proof:versions']"))
          .contains("Gültig", "wartet auf Bestätigung (erfasst von Finanzen Demo)");
      assertThat(finance.text("[id='proof:submissionAwaiting']"))
          .isEqualTo("wartet auf Bestätigung (erfasst von Finanzen Demo)");
      Browser.Saved submittedExcel = finance.download("proof:versions:0:excel");
      Browser.Saved submittedPdf = finance.download("proof:versions:0:pdf");
      assertThat(ReadBack.sha256(submittedExcel.content())).isEqualTo(firstXlsxHash);
      assertThat(ReadBack.sha256(submittedPdf.content())).isEqualTo(firstPdfHash);
      assertFirstVersion(submittedExcel.content(), submittedPdf.content(), today);

      // nobody confirms their own submission: no button for the officer, a note instead
      finance.open("/finance/confirmations.xhtml");
      assertThat(ownEntry(finance, reference, "Verwendungsnachweis"))
          .contains("Eigener Eintrag: bestätigt eine zweite Person");
      confirm(secondPerson, reference, "Verwendungsnachweis", "3.478,15 €", "Finanzen Demo");
      finance.open(proofPage);
      // a submission names its confirmer as it names its submitter: by display name
      assertThat(plain(finance, "[id='proof:versions']"))
          .contains("bestätigt von IT Zweite Person " + reference);
      assertThat(finance.text("[id='proof:submissionConfirmed']"))
          .isEqualTo("bestätigt von IT Zweite Person " + reference);

      // A late correction: R1 was only 2,000.00 eligible. The journal flags it as changed after
      // the submission, the proof page warns, and the officer submits a correction.
      finance.open("/finance/receipts.xhtml?grant=" + grantId);
      rowAction(finance, "journal:receipts", "IT-Ruhr Personal GmbH", "correct");
      amount(finance, "journal:eligibleAmount", "2000");
      finance.type("journal:reason", "Anteil für eine andere Maßnahme herausgerechnet");
      finance.click("journal:saveCorrection");
      assertThat(finance.pageText()).contains("Beleg von IT-Ruhr Personal GmbH berichtigt.");
      assertThat(plain(finance, "[id='journal:receipts:eligibleTotal']")).isEqualTo("4.951,00 €");
      assertThat(plain(finance, "[id='journal:receipts']")).contains("nach Einreichung geändert");

      finance.open(proofPage);
      assertThat(finance.pageText()).contains("wurden 1 Beleg(e) dieses Zeitraums");
      finance.type("proof:reason", "Beleg IT-Ruhr Personal GmbH nur teilweise zuwendungsfähig");
      finance.click("proof:supersede");
      finance.waitUntil(() -> finance.element("confirmYes").isDisplayed());
      finance.clickToLoad("confirmYes");
      finance.screenshot("grant-15-superseded");
      assertThat(finance.pageText()).contains("Die Korrektur ist als neue Fassung eingereicht");
      String versions = plain(finance, "[id='proof:versions']");
      assertThat(versions)
          .contains(
              "Ersetzt durch Fassung 2",
              "von Finanzen Demo. Grund: Beleg IT-Ruhr Personal GmbH nur teilweise zuwendungsfähig",
              firstXlsxHash,
              firstPdfHash);
      // the latest first: version 2 in force, awaiting its confirmation, with files of its own
      Browser.Saved secondExcel = finance.download("proof:versions:0:excel");
      Browser.Saved secondPdf = finance.download("proof:versions:0:pdf");
      assertThat(ReadBack.sha256(secondExcel.content()))
          .isNotEqualTo(firstXlsxHash)
          .isEqualTo(finance.text("[id='xlsxSha256']"));
      assertThat(versions).contains(ReadBack.sha256(secondPdf.content()));
      assertSecondVersion(secondExcel.content(), secondPdf.content(), today);
      // the superseded version stays readable, byte for byte as submitted
      assertThat(ReadBack.sha256(finance.download("proof:versions:1:excel").content()))
          .isEqualTo(firstXlsxHash);
      assertThat(ReadBack.sha256(finance.download("proof:versions:1:pdf").content()))
          .isEqualTo(firstPdfHash);
    }
    try (Browser council = Browser.start(root, "en")) {
      council.signIn("council", "council-demo-2026").open(grantPath);
      council.screenshot("grant-20-council-en").assertAccessible("grant page (en)");
      assertThat(plain(council, "h1")).isEqualTo(reference);
      assertThat(council.exists("tabs:overview:editTerms")).isFalse();
      assertThat(council.exists("tabs:notices:startNotice")).isFalse();
      assertThat(council.exists("tabs:projects:assignProject")).isFalse();
      assertThat(council.all("button").stream().map(b -> b.getText())).doesNotContain("Remove");
      council.open("/finance/grant.xhtml");
      assertThat(council.exists("register:registerGrant")).isFalse();
    }
    try (Browser manager = Browser.start(root, "en")) {
      manager.signIn("pm", "pm-demo-2026").open(grantPath);
      assertThat(manager.exists("tabs")).isFalse();
      assertThat(manager.exists("tabs:overview")).isFalse();
    }
  }

  /**
   * A finance user of the test's own for the four-eyes principle, created by the administrator on
   * the users page (over HTTP, as the form posts it), with the first password replaced as the new
   * user must.
   */
  private static String secondFinanceUser(URI root, String reference) throws Exception {
    String username = reference.toLowerCase(Locale.ROOT);
    String first = "erstes-passwort-2026";
    WebSession admin = new WebSession(root, "de");
    admin.signIn("admin", "admin-demo-2026");
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("username", username);
    fields.put("displayName", "IT Zweite Person " + reference);
    fields.put("initialPassword", first);
    fields.put("newRoles", "FINANCE");
    fields.put("submit", "");
    assertThat(Jsoup.parse(admin.submit("/admin/users.xhtml", "create", fields).body()).text())
        .contains("Benutzer " + username + " angelegt");
    WebSession user = new WebSession(root, "de");
    user.signIn(username, first);
    WebSession.Form change = user.form("/account/password.xhtml", "password");
    for (Element input : change.page().select("#password input[type=password]")) {
      String name = input.attr("name");
      change.values().put(name, name.endsWith("currentPassword") ? first : PASSWORD);
    }
    change.values().put("password:submit", "");
    user.post(change.action(), change.values());
    return username;
  }

  /** The grant from its notice, two projects, and a change notice: its page's address. */
  private static String registerAssignAndChange(
      Browser finance, String reference, String first, String second) {
    finance.clickToLoad("grants:registerGrant");
    finance.screenshot("grant-01-register").assertAccessible("grant registration (de)");

    finance.type("register:reference", reference);
    finance.type("register:recipient", "Stadt Bochum");
    finance.type("register:measureTitle", "IT-Sensornetz Innenstadt");
    finance.typeDate("register:commitmentDate", "01.03.2024");
    finance.typeDate("register:fundingStart", "01.01.2024");
    finance.typeDate("register:fundingEnd", "31.12.2027");
    amount(finance, "register:approvedEligibleCosts", "10000");
    finance.type("register:noticeReference", reference);
    String[][] plan = {{"4000", "4000"}, {"4000", "3500"}, {"4000", "2500"}};
    for (int i = 0; i < plan.length; i++) {
      amount(finance, "register:planRows:" + i + ":planTotal", plan[i][0]);
      amount(finance, "register:planRows:" + i + ":planEligible", plan[i][1]);
    }
    amount(finance, "register:thisGrant", "6500");
    // 5,000 own share + 6,500 grant = 11,500 against 12,000 expenditure: refused, nothing stored
    amount(finance, "register:ownShare", "5000");
    finance.click("register:registerGrant");
    finance.screenshot("grant-02-unbalanced");
    assertThat(finance.pageText().replace('\u00a0', ' ')).contains("nicht ausgeglichen");
    assertThat(finance.currentUrl()).doesNotContain("id=");

    amount(finance, "register:ownShare", "5500");
    finance.clickToLoad("register:registerGrant");
    assertThat(finance.currentUrl()).contains("grant.xhtml?id=");
    String grantPath = finance.currentUrl().substring(finance.currentUrl().indexOf("/finance/"));
    finance.screenshot("grant-03-overview").assertAccessible("grant page (de)");
    // 65 % of 10,000.00
    assertThat(plain(finance, "[id='eligibleCosts']")).isEqualTo("10.000,00 €");
    assertThat(plain(finance, "[id='grantAmount']")).isEqualTo("6.500,00 €");
    // the dates as typed into the register form
    assertThat(plain(finance, "dl.facts")).contains("01.03.2024", "01.01.2024 – 31.12.2027");

    openTab(finance, "projectsTab");
    for (String code : List.of(first, second)) {
      MasterDataPages.chooseLabelled(finance, "tabs:projects:projectToAssign", code);
      finance.click("tabs:projects:assignProject");
    }
    finance.screenshot("grant-04-projects");
    assertThat(plain(finance, "[id='tabs:projects:assigned']")).contains(first, second);
    // each probe project plans 1,000.00 Sachausgaben: 2,000.00 against 4,000.00 approved
    assertThat(plain(finance, "[id='tabs:projects:comparison']")).doesNotContain("mehr");

    openTab(finance, "noticesTab");
    finance.click("tabs:notices:startNotice");
    finance.typeDate("tabs:notices:noticeDate", "01.06.2025");
    finance.type("tabs:notices:noticeReference", reference + "-AEND-1");
    // SACH cut to 1,500/1,500: 9,500.00 in total, so the own share must become 3,000.00;
    // first left at 5,500.00: refused
    amount(finance, "tabs:notices:planRows:1:planTotal", "1500");
    amount(finance, "tabs:notices:planRows:1:planEligible", "1500");
    finance.click("tabs:notices:saveNotice");
    assertThat(finance.pageText().replace('\u00a0', ' ')).contains("nicht ausgeglichen");
    amount(finance, "tabs:notices:ownShare", "3000");
    finance.click("tabs:notices:saveNotice");
    finance.screenshot("grant-05-notices");
    assertThat(plain(finance, "[id='tabs:notices']"))
        .contains("Änderungsbescheid: 01.06.2025", "12.000,00 €", "9.500,00 €");

    openTab(finance, "projectsTab");
    // the projects plan 2,000.00 Sachausgaben, the change notice allows 1,500.00
    assertThat(plain(finance, "[id='tabs:projects:comparison']"))
        .contains("Die Projekte planen 500,00 € mehr");
    finance.screenshot("grant-06-flag");
    return grantPath;
  }

  /** Four receipts on the budget tabs of the two project pages (R1 to R4 above). */
  private static void recordReceipts(Browser finance, String first, String second) {
    receipt(
        finance,
        first,
        "10.03.2025",
        "IT-Ruhr Personal GmbH",
        "Projektleitung",
        "Personalausgaben",
        "2400",
        "2400");
    receipt(
        finance,
        first,
        "15.04.2025",
        "IT-Sensor AG",
        "Sensoren",
        "Investitionen",
        "3000",
        "2100.60");
    finance.screenshot("grant-07-receipt");
    // 2,400.00 + 3,000.00 on the first project
    assertThat(plain(finance, "[id='tabs:receipts:list']")).contains("2.100,60 €");
    receipt(
        finance,
        second,
        "20.05.2025",
        "IT-Druckerei Bochum",
        "Flyer",
        "Sachausgaben",
        "800",
        "800");
    receipt(
        finance,
        second,
        "02.06.2025",
        "IT-Falschbuchung KG",
        "Doppelt gebucht",
        "Sachausgaben",
        "1234.56",
        "1234.56");
  }

  private static void receipt(
      Browser finance,
      String project,
      String date,
      String payee,
      String purpose,
      String category,
      String paid,
      String eligible) {
    if (!finance.currentUrl().endsWith("code=" + project)) {
      finance.open("/project.xhtml?code=" + project);
      finance.click(WorkspaceJourneyIT.tab(finance, "Belege"));
    }
    finance.typeDate("tabs:receipts:paymentDate", date);
    finance.type("tabs:receipts:payee", payee);
    finance.type("tabs:receipts:purpose", purpose);
    MasterDataPages.chooseLabelled(finance, "tabs:receipts:receiptCategory", category);
    amount(finance, "tabs:receipts:amount", paid);
    amount(finance, "tabs:receipts:eligibleAmount", eligible);
    finance.click("tabs:receipts:saveReceipt");
    assertThat(finance.pageText()).contains("Beleg an " + payee + " gespeichert.");
  }

  /** In the grant's journal: R3 corrected to 850.40, R4 deleted, each with its reason. */
  private static void correctAndDelete(Browser finance, String grantId) {
    finance.open("/finance/receipts.xhtml?grant=" + grantId);
    finance.screenshot("grant-08-journal");
    // 2,400.00 + 3,000.00 + 800.00 + 1,234.56 = 7,434.56;
    // 2,400.00 + 2,100.60 + 800.00 + 1,234.56 = 6,535.16
    assertThat(plain(finance, "[id='journal:receipts:paidTotal']")).isEqualTo("7.434,56 €");
    assertThat(plain(finance, "[id='journal:receipts:eligibleTotal']")).isEqualTo("6.535,16 €");
    // each row can be selected (for "mark not eligible")
    assertThat(finance.all("[id='journal:receipts_data'] .ui-chkbox-box")).hasSize(4);

    rowAction(finance, "journal:receipts", "IT-Druckerei Bochum", "correct");
    amount(finance, "journal:amount", "850.40");
    amount(finance, "journal:eligibleAmount", "850.40");
    finance.type("journal:reason", "Betrag lt. Rechnung 850,40 €");
    finance.click("journal:saveCorrection");
    assertThat(finance.pageText()).contains("Beleg von IT-Druckerei Bochum berichtigt.");

    rowAction(finance, "journal:receipts", "IT-Falschbuchung KG", "correct");
    finance.type("journal:reason", "Doppelt gebucht");
    finance.click("journal:deleteReceipt");
    finance.waitUntil(() -> finance.all(".ui-confirmdialog-yes").get(0).isDisplayed());
    finance.click(finance.all(".ui-confirmdialog-yes").get(0));
    assertThat(finance.pageText()).contains("Beleg von IT-Falschbuchung KG gelöscht.");
    finance.screenshot("grant-09-journal-corrected");
    // 6,250.40 paid, 5,351.00 eligible (see the class comment)
    assertThat(plain(finance, "[id='journal:receipts:paidTotal']")).isEqualTo("6.250,40 €");
    assertThat(plain(finance, "[id='journal:receipts:eligibleTotal']")).isEqualTo("5.351,00 €");
    assertThat(plain(finance, "[id='journal:receipts']"))
        .contains("850,40 €")
        .doesNotContain("IT-Falschbuchung KG");
  }

  /** The proposed call, recorded as proposed, and its payout; the call waits for confirmation. */
  private static void callAndPayout(Browser finance, String grantId, String today) {
    finance.open("/finance/calls.xhtml?grant=" + grantId);
    // all eligible payments are paid: 5,351.00; 65 % of it = 3,478.15, nothing called yet
    String dueUntil = CityDay.today().plusDays(42).format(GERMAN);
    assertThat(plain(finance, "[id='eligibleDue']")).isEqualTo("5.351,00 € (bis " + dueUntil + ")");
    assertThat(plain(finance, "[id='proposed']")).isEqualTo("3.478,15 €");
    assertThat(plain(finance, "[id='remaining']")).isEqualTo("6.500,00 €");
    assertThat(finance.element("call:requested_input").getAttribute("value"))
        .isEqualTo("3.478,15 €");
    finance.typeDate("call:callDate", today);
    finance.type("call:reference", "IT-Abruf-1");
    finance.click("call:recordCall");
    finance.screenshot("grant-10-call");
    assertThat(finance.pageText()).contains("Der Mittelabruf ist erfasst");
    // awaiting confirmation: pending, not called; nothing more is proposed
    assertThat(plain(finance, "[id='pending']")).isEqualTo("3.478,15 €");
    assertThat(plain(finance, "[id='calledSoFar']")).isEqualTo("0,00 €");
    assertThat(plain(finance, "[id='remaining']")).isEqualTo("3.021,85 €");
    assertThat(plain(finance, "[id='proposed']")).isEqualTo("0,00 €");
    assertThat(finance.exists("awaiting:entries:0:confirm")).isFalse();
    // the call's document, frozen now: 65 % of the 5,351.00 eligible = 3,478.15 called
    assertThat(ReadBack.pdfText(finance.download("calls:table:0:pdf").content()))
        .contains("5.351,00 €", "3.478,15 €");

    new Select(finance.element("payout:payoutCall")).selectByIndex(1);
    finance.typeDate("payout:receivedOn", today);
    amount(finance, "payout:received", "3478.15");
    finance.click("payout:recordPayout");
    assertThat(plain(finance, "[id='calls:table']"))
        .contains(
            "3.478,15 € am " + today + ", zu verausgaben bis " + dueUntil,
            "wartet auf Bestätigung (erfasst von finance)");
    // received counts once the call is confirmed
    assertThat(plain(finance, "[id='received']")).isEqualTo("0,00 €");
  }

  /**
   * The second person confirms the grant's entry of the kind on the page of everything awaiting
   * confirmation.
   */
  private static void confirm(
      Browser confirmer, String reference, String kind, String amount, String enteredBy) {
    confirmer.open("/finance/confirmations.xhtml");
    List<WebElement> rows = confirmer.all("[id='awaiting:entries_data'] > tr");
    for (int i = 0; i < rows.size(); i++) {
      String text = rows.get(i).getText().replace('\u00a0', ' ');
      if (text.contains(reference) && text.contains(kind)) {
        assertThat(text).contains(amount, enteredBy);
        confirmer.click("awaiting:entries:" + i + ":confirm");
        assertThat(confirmer.pageText()).contains("Bestätigt: sachlich und rechnerisch richtig.");
        return;
      }
    }
    throw new AssertionError("Nothing of " + reference + " awaits: " + kind);
  }

  /** The text of the entry's row on the confirmations page, which must offer no button. */
  private static String ownEntry(Browser browser, String reference, String kind) {
    List<WebElement> rows = browser.all("[id='awaiting:entries_data'] > tr");
    for (int i = 0; i < rows.size(); i++) {
      String text = rows.get(i).getText();
      if (text.contains(reference) && text.contains(kind)) {
        assertThat(browser.exists("awaiting:entries:" + i + ":confirm")).isFalse();
        return text;
      }
    }
    throw new AssertionError("Nothing of " + reference + " awaits: " + kind);
  }

  private static void writeNarrative(Browser finance, String proofPage) {
    finance.open(proofPage);
    finance.type("proof:start", "01.01.2024");
    finance.type("proof:duration", "48 Monate");
    finance.type("proof:completion", "31.12.2027");
    finance.type("proof:fundedStaff", "Eine Projektleitung (TV-L E13)");
    finance.type("proof:results", "IT-Sensornetz in der Innenstadt in Betrieb");
    finance.type("proof:deviationsFromPlan", "Keine");
    finance.type("proof:deviationsFromFinancePlan", "Sachausgaben lt. Änderungsbescheid gekürzt");
    finance.clickToLoad("proof:save");
    finance.screenshot("grant-12-narrative");
    assertThat(finance.pageText()).contains("Der Sachbericht ist gespeichert.");
  }

  /** Version 1 of the final proof, before and after its submission (see the class comment). */
  private static void assertFirstVersion(byte[] xlsx, byte[] pdf, String today) throws IOException {
    try (XSSFWorkbook workbook = ReadBack.workbook(xlsx)) {
      assertOverviewAndPlan(workbook, today);
      assertIncome(workbook, "2772.25", "3478.15", "6250.40", "44.35", "55.65");
      assertExpenditure(workbook, "2400.00", "5351.00", "899.40");
      assertSettlement(
          workbook,
          "5351.00",
          "3478.15",
          "Weder Über- noch Unterzahlung",
          "0.00",
          "1872.85",
          "35.00");
      Sheet list = workbook.getSheet("Belegliste");
      assertThat(list.getLastRowNum()).isEqualTo(3 + 2);
      assertThat(ReadBack.euros(list.getRow(5).getCell(7))).isEqualByComparingTo("6250.40");
      assertThat(ReadBack.euros(list.getRow(5).getCell(8))).isEqualByComparingTo("5351.00");
    }
    assertThat(ReadBack.pdfText(pdf))
        .contains(
            "IT-Sensornetz Innenstadt",
            "IT-Sensornetz in der Innenstadt in Betrieb",
            "Bewilligt insgesamt 6.500,00 €",
            "Bisher ausgezahlt (Stand " + today + ") 3.478,15 €",
            "Eigenanteil 3.000,00 € 31,58 % 2.772,25 € 44,35 %",
            "Diese Zuwendung 6.500,00 € 68,42 % 3.478,15 € 55,65 %",
            "Summe 9.500,00 € 100,00 % 6.250,40 € 100,00 %",
            "Personalausgaben 4.000,00 € 4.000,00 € 2.400,00 € 2.400,00 €",
            "Sachausgaben 1.500,00 € 1.500,00 € 850,40 € 850,40 €",
            "Investitionen 4.000,00 € 2.500,00 € 3.000,00 € 2.100,60 €",
            "Summe 9.500,00 € 8.000,00 € 6.250,40 € 5.351,00 €",
            "1.500,00 € 899,40 €",
            "Zuwendungsfähige Ausgaben lt. Abrechnung (II.2) 5.351,00 €",
            "Weder Über- noch Unterzahlung 0,00 €",
            "1.872,85 € 35,00 %");
  }

  /** Version 2, the correction: R1 only 2,000.00 eligible (see the class comment). */
  private static void assertSecondVersion(byte[] xlsx, byte[] pdf, String today)
      throws IOException {
    try (XSSFWorkbook workbook = ReadBack.workbook(xlsx)) {
      assertOverviewAndPlan(workbook, today);
      assertIncome(workbook, "2772.25", "3478.15", "6250.40", "44.35", "55.65");
      assertExpenditure(workbook, "2000.00", "4951.00", "1299.40");
      assertSettlement(workbook, "4951.00", "3218.15", "Überzahlung", "260.00", "1472.85", "29.75");
    }
    assertThat(ReadBack.pdfText(pdf))
        .contains(
            "Personalausgaben 4.000,00 € 4.000,00 € 2.400,00 € 2.000,00 €",
            "Summe 9.500,00 € 8.000,00 € 6.250,40 € 4.951,00 €",
            "1.500,00 € 1.299,40 €",
            "Diese Zuwendung 6.500,00 € 68,42 % 3.478,15 € 55,65 %",
            "Zuwendungsfähige Ausgaben lt. Abrechnung (II.2) 4.951,00 €",
            "3.218,15 €",
            "260,00 €",
            "1.472,85 € 29,75 %");
  }

  /** The notices and what was paid out, and II.1's plan: the same in both versions. */
  private static void assertOverviewAndPlan(XSSFWorkbook workbook, String today) {
    // the first notice 6,500.00, the change notice changed nothing of the grant: 0.00
    assertThat(euros(workbook, "Übersicht", "Bewilligt insgesamt", 2))
        .isEqualByComparingTo("6500.00");
    assertThat(euros(workbook, "Übersicht", "Bisher ausgezahlt (Stand " + today + ")", 2))
        .isEqualByComparingTo("3478.15");
    Row own = ReadBack.row(workbook.getSheet("II.1 Einnahmen"), "Eigenanteil");
    assertThat(ReadBack.euros(own.getCell(1))).isEqualByComparingTo("3000.00");
    assertThat(ReadBack.percent(own.getCell(2))).isEqualByComparingTo("31.58");
    Row grant = ReadBack.row(workbook.getSheet("II.1 Einnahmen"), "Diese Zuwendung");
    assertThat(ReadBack.euros(grant.getCell(1))).isEqualByComparingTo("6500.00");
    assertThat(ReadBack.percent(grant.getCell(2))).isEqualByComparingTo("68.42");
    assertThat(euros(workbook, "II.1 Einnahmen", "Summe", 1)).isEqualByComparingTo("9500.00");
  }

  /** II.1 actual: own share and this grant with their shares of the costs, and the total. */
  private static void assertIncome(
      XSSFWorkbook workbook,
      String own,
      String grant,
      String total,
      String ownPercent,
      String grantPercent) {
    Sheet income = workbook.getSheet("II.1 Einnahmen");
    assertThat(ReadBack.euros(ReadBack.row(income, "Eigenanteil").getCell(3)))
        .isEqualByComparingTo(own);
    assertThat(ReadBack.percent(ReadBack.row(income, "Eigenanteil").getCell(4)))
        .isEqualByComparingTo(ownPercent);
    assertThat(ReadBack.euros(ReadBack.row(income, "Diese Zuwendung").getCell(3)))
        .isEqualByComparingTo(grant);
    assertThat(ReadBack.percent(ReadBack.row(income, "Diese Zuwendung").getCell(4)))
        .isEqualByComparingTo(grantPercent);
    assertThat(ReadBack.euros(ReadBack.row(income, "Summe").getCell(3)))
        .isEqualByComparingTo(total);
  }

  /** II.2: plan of the change notice; actual per category; totals equal to II.1's. */
  private static void assertExpenditure(
      XSSFWorkbook workbook, String persEligible, String eligible, String notEligible) {
    Map<String, String[]> lines = new LinkedHashMap<>();
    lines.put("Personalausgaben", new String[] {"4000.00", "4000.00", "2400.00", persEligible});
    lines.put("Sachausgaben", new String[] {"1500.00", "1500.00", "850.40", "850.40"});
    lines.put("Investitionen", new String[] {"4000.00", "2500.00", "3000.00", "2100.60"});
    lines.put("Summe", new String[] {"9500.00", "8000.00", "6250.40", eligible});
    Sheet expenditure = workbook.getSheet("II.2 Ausgaben");
    lines.forEach(
        (label, figures) -> {
          Row row = ReadBack.row(expenditure, label);
          for (int i = 0; i < figures.length; i++) {
            assertThat(ReadBack.euros(row.getCell(i + 1)))
                .as("II.2 %s column %d", label, i + 1)
                .isEqualByComparingTo(figures[i]);
          }
        });
    Row rest = ReadBack.rowStarting(expenditure, "Nicht zuwendungsfähig");
    // plan: 9,500.00 - 8,000.00
    assertThat(ReadBack.euros(rest.getCell(1))).isEqualByComparingTo("1500.00");
    assertThat(ReadBack.euros(rest.getCell(3))).isEqualByComparingTo(notEligible);
    // II.1 actual total = II.2 actual total, II.1 plan total = II.2 plan total
    Sheet income = workbook.getSheet("II.1 Einnahmen");
    assertThat(ReadBack.euros(ReadBack.row(income, "Summe").getCell(3)))
        .isEqualByComparingTo(ReadBack.euros(ReadBack.row(expenditure, "Summe").getCell(3)));
    assertThat(ReadBack.euros(ReadBack.row(income, "Summe").getCell(1)))
        .isEqualByComparingTo(ReadBack.euros(ReadBack.row(expenditure, "Summe").getCell(1)));
  }

  /** The settlement below II.1: eligible, share, received, difference, own share as a check. */
  private static void assertSettlement(
      XSSFWorkbook workbook,
      String eligible,
      String share,
      String differenceLabel,
      String difference,
      String ownOfEligible,
      String ownPercent) {
    Sheet income = workbook.getSheet("II.1 Einnahmen");
    assertThat(ReadBack.euros(ReadBack.rowStarting(income, "Zuwendungsfähige Ausgaben").getCell(3)))
        .isEqualByComparingTo(eligible);
    assertThat(ReadBack.euros(ReadBack.rowStarting(income, "Zuwendungsanteil: 65").getCell(3)))
        .isEqualByComparingTo(share);
    assertThat(
            ReadBack.euros(
                ReadBack.rowStarting(income, "Diese Zuwendung lt. Abrechnung").getCell(3)))
        .isEqualByComparingTo("3478.15");
    assertThat(ReadBack.euros(ReadBack.rowStarting(income, differenceLabel).getCell(3)))
        .isEqualByComparingTo(difference);
    Row own = ReadBack.rowStarting(income, "Prüfzeile");
    assertThat(ReadBack.euros(own.getCell(3))).isEqualByComparingTo(ownOfEligible);
    assertThat(ReadBack.percent(own.getCell(4))).isEqualByComparingTo(ownPercent);
  }

  private static BigDecimal euros(XSSFWorkbook workbook, String sheet, String label, int column) {
    return ReadBack.euros(ReadBack.row(workbook.getSheet(sheet), label).getCell(column));
  }

  /** Presses the action of the table row that shows the text. */
  private static void rowAction(Browser browser, String table, String text, String action) {
    List<WebElement> rows = browser.all("[id='" + table + "_data'] > tr");
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).getText().contains(text)) {
        browser.click(table + ":" + i + ":" + action);
        return;
      }
    }
    throw new AssertionError("No row with " + text + " in " + table);
  }

  /** The text of an element, with the no-break space before "€" as a plain space. */
  private static String plain(Browser browser, String css) {
    return browser.text(css).replace('\u00a0', ' ');
  }

  /**
   * Enters an amount through the input's own widget, which keeps its display and the value it
   * submits in step (typed keys reach only the display in headless Chromium).
   */
  private static void amount(Browser browser, String id, String value) {
    browser.executeScript(
        "var w = PrimeFaces.getWidgetById ? PrimeFaces.getWidgetById(arguments[0]) : null;"
            + " if (w && w.setValue) { w.setValue(arguments[1]); } else {"
            + " document.getElementById(arguments[0] + '_hinput').value = arguments[1];"
            + " document.getElementById(arguments[0] + '_input').value = arguments[1]; }",
        id,
        value);
  }

  private static void openTab(Browser browser, String tabId) {
    browser.click(browser.all("a[href='#tabs:" + tabId + "']").get(0));
  }
}
