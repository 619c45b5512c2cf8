package de.smartcity.portfolio.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.smartcity.portfolio.application.AwaitingConfirmation;
import de.smartcity.portfolio.application.CallInput;
import de.smartcity.portfolio.application.ConfirmationService;
import de.smartcity.portfolio.application.FundingService;
import de.smartcity.portfolio.application.ReportService;
import de.smartcity.portfolio.domain.model.budget.Receipt;
import de.smartcity.portfolio.domain.model.funding.FundsCall;
import de.smartcity.portfolio.domain.model.funding.Grant;
import de.smartcity.portfolio.domain.model.funding.GrantFigures;
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
}
