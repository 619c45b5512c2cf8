package de.smartcity.portfolio.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.smartcity.portfolio.application.AwaitingConfirmation;
import de.smartcity.portfolio.application.BudgetService;
import de.smartcity.portfolio.application.CallInput;
import de.smartcity.portfolio.application.ConfirmationService;
import de.smartcity.portfolio.application.FundingService;
import de.smartcity.portfolio.application.ImportProgress;
import de.smartcity.portfolio.application.NarrativeInput;
import de.smartcity.portfolio.application.ProofOfUseService;
import de.smartcity.portfolio.application.ReceiptImportService;
import de.smartcity.portfolio.application.ReportService;
import de.smartcity.portfolio.domain.model.budget.AssignmentKind;
import de.smartcity.portfolio.domain.model.budget.Receipt;
import de.smartcity.portfolio.domain.model.budget.ReceiptFilter;
import de.smartcity.portfolio.domain.model.budget.ReceiptImport;
import de.smartcity.portfolio.domain.model.budget.ReceiptListing;
import de.smartcity.portfolio.domain.model.budget.ReceiptSort;
import de.smartcity.portfolio.domain.model.funding.FundsCall;
import de.smartcity.portfolio.domain.model.funding.Grant;
import de.smartcity.portfolio.domain.model.funding.GrantFigures;
import de.smartcity.portfolio.domain.model.proofofuse.ProofOfUseRepository.LateChanges;
import de.smartcity.portfolio.domain.model.proofofuse.ProofPeriod;
import de.smartcity.portfolio.domain.model.proofofuse.ProofSubmission;
import de.smartcity.portfolio.domain.model.user.Role;
import de.smartcity.portfolio.domain.shared.BusinessRuleViolation;
import de.smartcity.portfolio.domain.shared.Money;
import de.smartcity.portfolio.it.FundedScenario.Funded;
import de.smartcity.portfolio.it.FundedScenario.GrantAndProject;
import de.smartcity.portfolio.reports.ReportFormat;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Calls for funds, payouts and the four-eyes principle (issue 17, points 4 and 5): what the calls
 * page proposes, the reason a different amount needs, the spending window from the payout and its
 * flag, the frozen call document, and confirmation by a second finance user. Grants and receipts
 * come from {@link FundedScenario}; "finance" enters, {@link FundedScenario#CONFIRMER} confirms.
 * Receipts brought in by the receipt import wait like receipts entered by hand (and many are
 * confirmed at once, all or none); a proof submission awaiting confirmation does not count as
 * submitted: it does not keep an import from being undone, but a change to its period's receipts
 * keeps it from being confirmed until a correction replaces it. A call recorded before documents
 * were kept gets its document once, and every demo call serves its kept one.
 */
@ExtendWith(ArquillianExtension.class)
class CallsAndConfirmationsIT {

  private static final DateTimeFormatter GERMAN = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.suite();
  }

  @Inject FundingService funding;
  @Inject ConfirmationService confirmations;
  @Inject ReportService reports;
  @Inject FundedScenario scenario;
  @Inject ReceiptImportService imports;
  @Inject ProofOfUseService proofs;
  @Inject BudgetService budgets;

  private static <T> T confirmer(As.Work<T> work) throws Exception {
    return As.user(FundedScenario.CONFIRMER, Role.FINANCE, work);
  }

  private long version(long grantId) throws Exception {
    return As.finance(() -> funding.grants()).stream()
        .filter(g -> g.getId() == grantId)
        .findFirst()
        .orElseThrow()
        .getVersion();
  }

  /**
   * Types an amount into a PrimeFaces number field as a user does: select what it shows, type over
   * it, leave the field (its script formats the text and fills the value the form sends).
   */
  private static void typeAmount(Browser browser, String id, String text) {
    WebElement field = browser.element(id + "_input");
    field.click();
    field.sendKeys(Keys.chord(Keys.CONTROL, "a"));
    field.sendKeys(text);
    browser.executeScript("arguments[0].blur();", field);
  }

  /** The text as a reader sees it: no-break spaces (before "€") as plain ones. */
  private static String plain(String text) {
    return text.replace('\u00a0', ' ');
  }

  private static CallInput call(LocalDate day, String amount, String reason) {
    return new CallInput(day, new BigDecimal(amount), ProjectScenario.code("CALL"), reason);
  }

  @Test
  void shouldProposeTheGrantShareOfPaymentsDueLessEveryEarlierCallAndWantAReasonForAnotherAmount()
      throws Exception {
    Funded funded = scenario.create();
    long grant = funded.grantId();
    // Eligible receipts 1,234.57 + 1,800.00 + 333.33 = 3,367.90, all paid before today;
    // 65 % = 2,189.135 -> 2,189.14. Called (confirmed) 1,000.00 + 1,170.00 = 2,170.00.
    // Proposal: 2,189.14 - 2,170.00 = 19.14 (the grant has 13,000.00 - 2,170.00 = 10,830.00 left).
    GrantFigures before = As.finance(() -> funding.figures(grant));
    assertThat(before.eligibleDue()).isEqualTo(Money.of("3367.90"));
    assertThat(before.proposedCall()).isEqualTo(Money.of("19.14"));
    assertThat(before.remainingToCall()).isEqualTo(Money.of("10830.00"));

    // The proposal itself needs no reason.
    FundsCall proposed =
        As.finance(
            () -> funding.recordCall(grant, call(CityDay.today(), "19.14", null), Locale.GERMANY));
    assertThat(proposed.getProposed()).contains(Money.of("19.14"));
    // Awaiting confirmation, it is not called yet, but nothing is proposed twice.
    GrantFigures pending = As.finance(() -> funding.figures(grant));
    assertThat(pending.called()).isEqualTo(Money.of("2170.00"));
    assertThat(pending.pendingCalled()).isEqualTo(Money.of("19.14"));
    assertThat(pending.proposedCall()).isEqualTo(Money.ZERO);

    // Another amount without a reason is refused next to the reason, and nothing is stored.
    assertThatThrownBy(
            () ->
                As.finance(
                    () ->
                        funding.recordCall(
                            grant, call(CityDay.today(), "100.00", "  "), Locale.GERMANY)))
        .isInstanceOf(BusinessRuleViolation.class)
        .hasFieldOrPropertyWithValue("messageKey", "call.amount.differs.without.reason")
        .hasFieldOrPropertyWithValue("field", "reason");
    assertThat(As.finance(() -> funding.calls(grant))).hasSize(3);

    FundsCall reasoned =
        As.finance(
            () ->
                funding.recordCall(
                    grant,
                    call(CityDay.today(), "100.00", "Rechnung der Stadtwerke fällig"),
                    Locale.GERMANY));
    assertThat(reasoned.getDeviationReason()).contains("Rechnung der Stadtwerke fällig");
    assertThat(reasoned.getProposed()).contains(Money.ZERO);
    assertThat(As.finance(() -> funding.calls(grant))).hasSize(4);
    // both calls wait for the second person; confirmed, they count
    confirmer(() -> confirmations.confirmCall(proposed.getId(), proposed.getVersion()));
    confirmer(() -> confirmations.confirmCall(reasoned.getId(), reasoned.getVersion()));
    // 2,170.00 + 19.14 + 100.00 = 2,289.14
    assertThat(As.finance(() -> funding.figures(grant)).called()).isEqualTo(Money.of("2289.14"));
  }

  @Test
  void shouldCountTheWindowFromThePayoutAndFlagUnspentMoneyUntilSpendingCoversIt()
      throws Exception {
    LocalDate today = CityDay.today();
    GrantAndProject own =
        As.admin(
            () ->
                scenario.grantWithProject(
                    today.plusYears(1), today.plusYears(1), "Auszahlungsfrist"));
    long grant = own.grant().getId();
    FundsCall called =
        As.finance(() -> scenario.confirmedCall(grant, today.minusDays(100), "1000.00"));

    // Paid out 20 days ago: the 42 days run until today + 22, although the call is 100 days old.
    FundsCall paid =
        As.finance(
            () ->
                funding.recordPayment(
                    called.getId(),
                    called.getVersion(),
                    new BigDecimal("1000.00"),
                    today.minusDays(20)));
    assertThat(paid.spendBy()).contains(today.plusDays(22));
    assertThat(As.finance(() -> funding.figures(grant)).unspentPayouts()).isEmpty();

    // Corrected: paid out 60 days ago, the window closed 18 days ago with nothing spent.
    As.finance(
        () ->
            funding.recordPayment(
                paid.getId(), paid.getVersion(), new BigDecimal("1000.00"), today.minusDays(60)));
    GrantFigures flagged = As.council(() -> funding.figures(grant));
    assertThat(flagged.unspentPayouts()).hasSize(1);
    GrantFigures.UnspentPayout flag = flagged.unspentPayouts().get(0);
    assertThat(flag.unspent()).isEqualTo(Money.of("1000.00"));
    assertThat(flag.daysSinceWindowClosed()).isEqualTo(18);
    assertThat(flag.call().spendBy()).isEqualTo(today.minusDays(18));

    // 1,200.00 eligible spent since: 65 % = 780.00 covers 780.00 of it, 220.00 still unspent.
    As.finance(
        () ->
            scenario.receipt(
                own.project().getId(),
                today.minusDays(5).toString(),
                "Ruhr Sensorik GmbH",
                "Sensoren",
                "INV",
                "1200.00",
                "1200.00"));
    assertThat(As.finance(() -> funding.figures(grant)).overdueUnspent())
        .isEqualTo(Money.of("220.00"));
    // 400.00 more: 1,600.00 x 65 % = 1,040.00 covers the payout, and the flag is gone.
    As.finance(
        () ->
            scenario.receipt(
                own.project().getId(),
                today.minusDays(4).toString(),
                "Ruhr Sensorik GmbH",
                "Montage",
                "INV",
                "400.00",
                "400.00"));
    assertThat(As.finance(() -> funding.figures(grant)).unspentPayouts()).isEmpty();
  }

  @Test
  void shouldServeTheCallDocumentByteForByteWhateverIsBookedLater() throws Exception {
    Funded funded = scenario.create();
    FundsCall recorded =
        As.finance(
            () ->
                funding.recordCall(
                    funded.grantId(),
                    call(CityDay.today(), "50.00", "Abschlag Sensorik"),
                    Locale.GERMANY));
    byte[] pdf =
        As.finance(
            () ->
                reports.callForFunds(recorded.getId(), ReportFormat.PDF, Locale.GERMANY).content());
    byte[] xlsx =
        As.finance(
            () ->
                reports
                    .callForFunds(recorded.getId(), ReportFormat.XLSX, Locale.GERMANY)
                    .content());
    assertThat(ReadBack.pdfText(pdf)).contains("Mittelabruf Nr. 3");

    // a later receipt of the call's own window and a confirmation change the figures, not the file
    As.admin(
        () ->
            scenario.receipt(
                funded.project().getId(),
                "2025-12-30",
                "Druckerei Bochum",
                "Nachdruck",
                "SACH",
                "777.77",
                "777.77"));
    confirmer(() -> confirmations.confirmCall(recorded.getId(), recorded.getVersion()));

    assertThat(
            As.finance(
                () ->
                    reports
                        .callForFunds(recorded.getId(), ReportFormat.PDF, Locale.ENGLISH)
                        .content()))
        .isEqualTo(pdf);
    assertThat(
            As.finance(
                () ->
                    reports
                        .callForFunds(recorded.getId(), ReportFormat.XLSX, Locale.ENGLISH)
                        .content()))
        .isEqualTo(xlsx);
    FundsCall stored =
        As.finance(() -> funding.calls(funded.grantId())).stream()
            .filter(c -> c.getId().equals(recorded.getId()))
            .findFirst()
            .orElseThrow();
    assertThat(stored.getPdfSha256())
        .isEqualTo(de.smartcity.portfolio.domain.shared.Sha256.of(pdf))
        .hasSize(64);
  }

  @Test
  void shouldKeepTheDocumentOfACallRecordedBeforeDocumentsWereKeptAtItsFirstDownload()
      throws Exception {
    Funded funded = scenario.create();
    // a call as V16 found them: no document
    FundsCall old =
        As.admin(
            () ->
                scenario.callWithoutDocument(funded.grantId(), LocalDate.of(2025, 1, 15), "40.00"));
    assertThat(old.isFrozen()).isFalse();
    byte[] pdf =
        As.finance(
            () -> reports.callForFunds(old.getId(), ReportFormat.PDF, Locale.GERMANY).content());
    byte[] xlsx =
        As.finance(
            () -> reports.callForFunds(old.getId(), ReportFormat.XLSX, Locale.GERMANY).content());
    FundsCall kept = stored(funded.grantId(), old.getId());
    assertThat(kept.isFrozen()).isTrue();
    assertThat(kept.getPdfSha256()).isEqualTo(de.smartcity.portfolio.domain.shared.Sha256.of(pdf));
    assertThat(kept.getXlsxSha256())
        .isEqualTo(de.smartcity.portfolio.domain.shared.Sha256.of(xlsx));

    // a later receipt in the call's window (15 January 2025 + 42 days) changes nothing of it
    As.admin(
        () ->
            scenario.receipt(
                funded.project().getId(),
                "2025-01-20",
                "Netzbau Ruhr",
                "Nachtrag",
                "INV",
                "888.88",
                "888.88"));
    assertThat(
            As.finance(
                () ->
                    reports.callForFunds(old.getId(), ReportFormat.PDF, Locale.ENGLISH).content()))
        .isEqualTo(pdf);
    assertThat(
            As.finance(
                () ->
                    reports.callForFunds(old.getId(), ReportFormat.XLSX, Locale.ENGLISH).content()))
        .isEqualTo(xlsx);
  }

  @Test
  void shouldServeEveryDemoCallFromItsKeptDocument() throws Exception {
    for (String reference : List.of("MPSC-R3-A-BOCHUM", "MPSC-R3-B-BOCHUM")) {
      Grant grant =
          As.council(() -> funding.grants()).stream()
              .filter(g -> g.getReference().equals(reference))
              .findFirst()
              .orElseThrow();
      List<FundsCall> calls = As.council(() -> funding.calls(grant.getId()));
      assertThat(calls).as(reference).isNotEmpty().allMatch(FundsCall::isFrozen);
      FundsCall first = calls.get(0);
      byte[] pdf =
          As.finance(
              () ->
                  reports.callForFunds(first.getId(), ReportFormat.PDF, Locale.ENGLISH).content());
      assertThat(de.smartcity.portfolio.domain.shared.Sha256.of(pdf))
          .as(reference)
          .isEqualTo(first.getPdfSha256());
    }
  }

  private FundsCall stored(long grantId, long callId) throws Exception {
    return As.finance(() -> funding.calls(grantId)).stream()
        .filter(c -> c.getId().equals(callId))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void shouldRefuseSelfConfirmationAndLeaveUnconfirmedEntriesOutOfTheFigures() throws Exception {
    Funded funded = scenario.create();
    long grant = funded.grantId();
    Grant lowered =
        As.admin(() -> funding.confirmAbove(grant, version(grant), new BigDecimal("500.00")));
    assertThat(lowered.getConfirmationThreshold()).isEqualTo(Money.of("500.00"));

    // A call of finance's own waits; finance may not confirm it.
    FundsCall call =
        As.finance(
            () ->
                funding.recordCall(grant, call(CityDay.today(), "10.00", "Test"), Locale.GERMANY));
    assertThatThrownBy(
            () -> As.finance(() -> confirmations.confirmCall(call.getId(), call.getVersion())))
        .isInstanceOf(BusinessRuleViolation.class)
        .hasFieldOrPropertyWithValue("messageKey", "confirmation.own.entry");
    assertThat(As.finance(() -> funding.figures(grant)).called()).isEqualTo(Money.of("2170.00"));

    // A receipt above the grant's 500.00 waits too: the figures leave it out.
    // Before: costs 1,234.57 + 2,000.01 + 333.33 = 3,567.91, eligible 3,367.90.
    Receipt large =
        As.finance(
            () ->
                scenario.receipt(
                    funded.project().getId(),
                    "2025-03-03",
                    "Netzbau Ruhr",
                    "Glasfaser",
                    "INV",
                    "600.00",
                    "600.00"));
    assertThat(large.isAwaitingConfirmation()).isTrue();
    GrantFigures waiting = As.finance(() -> funding.figures(grant));
    assertThat(waiting.actualCosts()).isEqualTo(Money.of("3567.91"));
    assertThat(waiting.eligibleCosts()).isEqualTo(Money.of("3367.90"));
    List<AwaitingConfirmation> mine = As.finance(() -> confirmations.awaiting(grant));
    assertThat(mine)
        .extracting(AwaitingConfirmation::kind, AwaitingConfirmation::ownEntry)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(AwaitingConfirmation.Kind.CALL, true),
            org.assertj.core.groups.Tuple.tuple(AwaitingConfirmation.Kind.RECEIPT, true));
    assertThatThrownBy(
            () -> As.finance(() -> confirmations.confirmReceipt(large.getId(), large.getVersion())))
        .isInstanceOf(BusinessRuleViolation.class)
        .hasFieldOrPropertyWithValue("messageKey", "confirmation.own.entry");

    // The second person confirms both; now they count: 3,567.91 + 600.00 = 4,167.91,
    // 3,367.90 + 600.00 = 3,967.90, called 2,170.00 + 10.00 = 2,180.00.
    confirmer(() -> confirmations.confirmCall(call.getId(), call.getVersion()));
    confirmer(() -> confirmations.confirmReceipt(large.getId(), large.getVersion()));
    GrantFigures confirmed = As.finance(() -> funding.figures(grant));
    assertThat(confirmed.actualCosts()).isEqualTo(Money.of("4167.91"));
    assertThat(confirmed.eligibleCosts()).isEqualTo(Money.of("3967.90"));
    assertThat(confirmed.called()).isEqualTo(Money.of("2180.00"));
    assertThat(As.finance(() -> confirmations.awaiting(grant))).isEmpty();
  }

  @Test
  void shouldLetACouncilMemberReadButNeitherCallNorConfirm() throws Exception {
    Funded funded = scenario.create();
    assertThat(As.council(() -> funding.calls(funded.grantId()))).hasSize(2);
    assertThatThrownBy(
            () ->
                As.council(
                    () ->
                        funding.recordCall(
                            funded.grantId(), call(CityDay.today(), "1.00", "x"), Locale.GERMANY)))
        .isInstanceOf(EJBAccessException.class);
    FundsCall second = funded.secondCall();
    assertThatThrownBy(
            () -> As.council(() -> confirmations.confirmCall(second.getId(), second.getVersion())))
        .isInstanceOf(EJBAccessException.class);
    assertThatThrownBy(() -> As.projectManager(() -> confirmations.awaiting()))
        .isInstanceOf(EJBAccessException.class);
  }

  /**
   * In Chromium: finance records a call (first without the reason its amount needs) and its payout;
   * the demo administrator, a second person, confirms it; a council member reads the page in
   * English without its forms; a project manager is refused.
   */
  @Test
  @RunAsClient
  void aFinanceOfficerRecordsACallAndItsPayoutAndASecondPersonConfirmsIt(
      @ArquillianResource URL base) throws Exception {
    WebSession probe = new WebSession(base.toURI().resolve("/"), "de");
    String grant = probe.probe(BadInputCorpusIT.scenarioPath()).split(";")[0];
    String page = "/finance/calls.xhtml?grant=" + grant;
    String today = CityDay.today().format(GERMAN);

    try (Browser finance = Browser.start(base.toURI().resolve("/"), "de")) {
      finance.signIn("finance", "finance-demo-2026").open(page);
      finance.screenshot("calls-01-empty").assertAccessible("calls");
      // no receipts yet: nothing is proposed
      assertThat(plain(finance.text("[id='proposed']"))).isEqualTo("0,00 €");

      finance.typeDate("call:callDate", today);
      typeAmount(finance, "call:requested", "500,00");
      finance.click("call:recordCall").waitForAjax();
      assertThat(plain(finance.pageText())).contains("weicht vom Vorschlag (0,00 €) ab");
      assertThat(finance.exists("calls:table:0:awaiting")).isFalse();

      finance.type("call:reason", "Abschlag für die Sensorik").click("call:recordCall");
      finance.waitForAjax();
      finance.screenshot("calls-02-recorded");
      assertThat(finance.pageText())
          .contains("Der Mittelabruf ist erfasst", "wartet auf Bestätigung (erfasst von finance)");
      // finance may not confirm its own call: no button, a note instead
      assertThat(finance.exists("awaiting:entries:0:confirm")).isFalse();

      // the payout comes later: the officer opens the page again
      finance.open(page);
      new Select(finance.element("payout:payoutCall")).selectByIndex(1);
      finance.typeDate("payout:receivedOn", today);
      typeAmount(finance, "payout:received", "500,00");
      finance.click("payout:recordPayout").waitForAjax();
      finance.screenshot("calls-02b-paid");
      assertThat(plain(finance.pageText()))
          .contains(
              "500,00 € am "
                  + today
                  + ", zu verausgaben bis "
                  + CityDay.today().plusDays(42).format(GERMAN));
      finance.signOut();
    }

    try (Browser admin = Browser.start(base.toURI().resolve("/"), "de")) {
      admin.signIn("admin", "admin-demo-2026").open("/finance/confirmations.xhtml");
      admin.screenshot("confirmations-de").assertAccessible("confirmations");
      admin.open(page);
      admin.click("awaiting:entries:0:confirm").waitForAjax();
      admin.screenshot("calls-03-confirmed");
      assertThat(admin.pageText())
          .contains("Bestätigt: sachlich und rechnerisch richtig.", "bestätigt von admin");
      assertThat(plain(admin.text("[id='calledSoFar']"))).isEqualTo("500,00 €");
    }

    try (Browser council = Browser.start(base.toURI().resolve("/"), "en")) {
      council.signIn("council", "council-demo-2026").open(page);
      council.screenshot("calls-04-council-en").assertAccessible("calls in English");
      assertThat(council.pageText()).contains("Calls for funds of grant", "confirmed by admin");
      assertThat(council.exists("call:recordCall")).isFalse();
      assertThat(council.exists("payout:recordPayout")).isFalse();
    }

    try (Browser admin = Browser.start(base.toURI().resolve("/"), "en")) {
      admin.signIn("admin", "admin-demo-2026").open("/finance/confirmations.xhtml");
      admin.assertAccessible("confirmations in English");
      assertThat(admin.text("h1")).isEqualTo("To confirm");
    }

    try (Browser pm = Browser.start(base.toURI().resolve("/"), "de")) {
      pm.signIn("pm", "pm-demo-2026").open(page);
      assertThat(pm.exists("call:recordCall")).isFalse();
      assertThat(pm.pageText()).doesNotContain("Mittelabrufe der Zuwendung");
    }
  }

  // Four eyes for imported receipts and for proof submissions (the review of issue 17).

  private static final ProofPeriod YEAR_2024 = ProofPeriod.interim(2024);

  /** A grant and a project of the test's own, both from 2024 to 2025, and an order of it. */
  private Own own(String title) throws Exception {
    GrantAndProject own =
        As.admin(
            () ->
                scenario.grantWithProject(
                    LocalDate.of(2025, 12, 31), LocalDate.of(2025, 12, 31), title));
    String order = ProjectScenario.code("IA");
    As.finance(
        () ->
            imports.addAssignment(
                own.project().getId(), AssignmentKind.INTERNAL_ORDER, order, "SACH"));
    return new Own(own, order);
  }

  private record Own(GrantAndProject funded, String order) {
    long grantId() {
      return funded.grant().getId();
    }
  }

  /** The bookkeeping's export: one line per "day;document;payee;amount". */
  private static byte[] export(String order, String... lines) {
    StringBuilder csv =
        new StringBuilder("Posting date,Document number,Vendor,Text,Amount,Internal order\n");
    for (String line : lines) {
      String[] parts = line.split(";");
      csv.append(parts[0])
          .append(',')
          .append(parts[1])
          .append(',')
          .append(parts[2])
          .append(",Lieferung,")
          .append(parts[3])
          .append(',')
          .append(order)
          .append('\n');
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  private ReceiptImport importAsFinance(String name, byte[] content) throws Exception {
    return As.finance(() -> imports.importReceipts(name, content, new ImportProgress()).get());
  }

  private GrantFigures figures(long grantId) throws Exception {
    return As.finance(() -> funding.figures(grantId));
  }

  @Test
  void shouldHoldImportedReceiptsAboveTheThresholdUntilASecondFinanceUserConfirmsThemAllAtOnce()
      throws Exception {
    Own own = own("Vier Augen Import");
    long grant = own.grantId();
    As.admin(() -> funding.confirmAbove(grant, version(grant), new BigDecimal("500.00")));

    // 1,000.00 and 600.00 lie above the grant's 500.00, 250.00 does not
    ReceiptImport imported =
        importAsFinance(
            "IT-vier-augen.csv",
            export(
                own.order(),
                "2024-02-01;9101;Netzbau Ruhr;1000.00",
                "2024-03-01;9102;Sensor AG;600.00",
                "2024-04-01;9103;Druckerei Bochum;250.00"));
    assertThat(imported.getAdded()).isEqualTo(3);
    assertThat(As.finance(() -> imports.awaitingConfirmation(imported.getId()))).isEqualTo(2);

    // Until confirmed, only the 250.00 counts; the proposal is 65 % of it: 162.50.
    GrantFigures waiting = figures(grant);
    assertThat(waiting.actualCosts()).isEqualTo(Money.of("250.00"));
    assertThat(waiting.eligibleCosts()).isEqualTo(Money.of("250.00"));
    assertThat(waiting.proposedCall()).isEqualTo(Money.of("162.50"));
    // the journal lists all three, the two waiting marked so
    List<ReceiptListing> journal =
        As.finance(
                () ->
                    budgets.receiptJournal(
                        grant, ReceiptFilter.NONE, ReceiptSort.DATE, true, 0, 50))
            .rows();
    assertThat(journal)
        .extracting(r -> r.amount().amount().toPlainString() + " " + r.awaitingConfirmation())
        .containsExactly("1000.00 true", "600.00 true", "250.00 false");

    // The importing user sees them as their own and cannot confirm them, not even one of two:
    // nothing is confirmed.
    List<AwaitingConfirmation> mine = As.finance(() -> confirmations.awaiting(grant));
    assertThat(mine)
        .extracting(AwaitingConfirmation::kind, AwaitingConfirmation::ownEntry)
        .containsOnly(org.assertj.core.groups.Tuple.tuple(AwaitingConfirmation.Kind.RECEIPT, true))
        .hasSize(2);
    assertThatThrownBy(() -> As.finance(() -> confirmations.confirmAll(mine)))
        .isInstanceOfSatisfying(
            BusinessRuleViolation.class,
            v -> assertThat(v.getMessageKey()).isEqualTo("confirmation.own.entry"));
    assertThat(As.finance(() -> imports.awaitingConfirmation(imported.getId()))).isEqualTo(2);

    // The second person confirms both at once: 250.00 + 1,000.00 + 600.00 = 1,850.00 count,
    // and the proposal becomes 65 % of 1,850.00 = 1,202.50.
    List<AwaitingConfirmation> theirs = confirmer(() -> confirmations.awaiting(grant));
    assertThat(theirs).noneMatch(AwaitingConfirmation::ownEntry);
    assertThat(confirmer(() -> confirmations.confirmAll(theirs))).isEqualTo(2);
    GrantFigures confirmed = figures(grant);
    assertThat(confirmed.actualCosts()).isEqualTo(Money.of("1850.00"));
    assertThat(confirmed.eligibleCosts()).isEqualTo(Money.of("1850.00"));
    assertThat(confirmed.proposedCall()).isEqualTo(Money.of("1202.50"));
    assertThat(As.finance(() -> confirmations.awaiting(grant))).isEmpty();
    assertThat(As.finance(() -> imports.awaitingConfirmation(imported.getId()))).isZero();
  }

  @Test
  void shouldTreatAProofAwaitingConfirmationAsNotYetSubmitted() throws Exception {
    Own own = own("Vier Augen Nachweis");
    long grant = own.grantId();
    ReceiptImport first =
        importAsFinance(
            "IT-nachweis-1.csv", export(own.order(), "2024-05-02;9201;Netzbau Ruhr;400.00"));
    As.finance(
        () ->
            proofs.saveNarrative(
                grant,
                YEAR_2024,
                null,
                new NarrativeInput(
                    "Januar 2024",
                    "24 Monate",
                    "Dezember 2025",
                    "keine",
                    "Netz",
                    "keine",
                    "keine")));
    ProofSubmission submitted = As.finance(() -> proofs.submit(grant, YEAR_2024, Locale.GERMAN));
    assertThat(submitted.isConfirmed()).isFalse();

    // The submitter cannot confirm it (the proof names them by display name, the rule by both).
    assertThatThrownBy(
            () ->
                As.finance(
                    () ->
                        confirmations.confirmSubmission(submitted.getId(), submitted.getVersion())))
        .isInstanceOfSatisfying(
            BusinessRuleViolation.class,
            v -> assertThat(v.getMessageKey()).isEqualTo("confirmation.own.entry"));
    assertThat(As.finance(() -> confirmations.awaiting(grant)))
        .extracting(AwaitingConfirmation::kind, AwaitingConfirmation::ownEntry)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(AwaitingConfirmation.Kind.PROOF, true));

    // Not yet confirmed, it has not gone to the funder: the import over 2024 may be undone, and
    // the submission is noted as changed, so that it cannot be confirmed as it stands.
    As.finance(() -> imports.undoImport(first.getId(), first.getVersion()));
    assertThat(figures(grant).actualCosts()).isEqualTo(Money.ZERO);
    List<LateChanges> late = As.finance(() -> proofs.lateChanges(grant));
    assertThat(late)
        .extracting(LateChanges::submissionId, LateChanges::count)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(submitted.getId(), 1L));
    assertThatThrownBy(
            () ->
                confirmer(
                    () ->
                        confirmations.confirmSubmission(submitted.getId(), submitted.getVersion())))
        .isInstanceOfSatisfying(
            BusinessRuleViolation.class,
            v -> assertThat(v.getMessageKey()).isEqualTo("confirmation.proof.changed"));

    // A correction replaces it; only the correction waits, and the second person confirms it.
    ProofSubmission correction =
        As.finance(
            () -> proofs.supersede(grant, YEAR_2024, "Import zurückgenommen", Locale.GERMAN));
    List<AwaitingConfirmation> waiting = confirmer(() -> confirmations.awaiting(grant));
    assertThat(waiting).extracting(AwaitingConfirmation::id).containsExactly(correction.getId());
    confirmer(() -> confirmations.confirmAll(waiting));
    assertThat(
            As.finance(() -> proofs.versions(grant, YEAR_2024)).stream()
                .filter(v -> v.getId().equals(correction.getId()))
                .findFirst()
                .orElseThrow()
                .isConfirmed())
        .isTrue();

    // Confirmed, the proof is submitted: an import over 2024 can no longer be undone.
    ReceiptImport second =
        importAsFinance(
            "IT-nachweis-2.csv", export(own.order(), "2024-06-03;9202;Sensor AG;300.00"));
    assertThatThrownBy(
            () -> As.finance(() -> imports.undoImport(second.getId(), second.getVersion())))
        .isInstanceOfSatisfying(
            BusinessRuleViolation.class,
            v -> assertThat(v.getMessageKey()).isEqualTo("import.undo.after.proof"));
    assertThat(figures(grant).actualCosts()).isEqualTo(Money.of("300.00"));
  }

  @Test
  void shouldConfirmNothingWhenNothingIsChosen() throws Exception {
    assertThat(confirmer(() -> confirmations.confirmAll(List.of()))).isZero();
  }
}
