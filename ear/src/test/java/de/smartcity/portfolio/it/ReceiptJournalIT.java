package de.smartcity.portfolio.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.smartcity.portfolio.application.AuditLine;
import de.smartcity.portfolio.application.AuditService;
import de.smartcity.portfolio.application.BudgetService;
import de.smartcity.portfolio.application.FundingService;
import de.smartcity.portfolio.application.NarrativeInput;
import de.smartcity.portfolio.application.ProofOfUseService;
import de.smartcity.portfolio.application.ReceiptInput;
import de.smartcity.portfolio.application.ReceiptVersion;
import de.smartcity.portfolio.domain.model.budget.Receipt;
import de.smartcity.portfolio.domain.model.budget.ReceiptFilter;
import de.smartcity.portfolio.domain.model.budget.ReceiptFilter.Eligibility;
import de.smartcity.portfolio.domain.model.budget.ReceiptJournalPage;
import de.smartcity.portfolio.domain.model.budget.ReceiptListing;
import de.smartcity.portfolio.domain.model.budget.ReceiptSort;
import de.smartcity.portfolio.domain.model.project.Project;
import de.smartcity.portfolio.domain.model.proofofuse.ProofPeriod;
import de.smartcity.portfolio.domain.shared.BusinessRuleViolation;
import de.smartcity.portfolio.domain.shared.Money;
import de.smartcity.portfolio.it.FundedScenario.GrantAndProject;
import de.smartcity.portfolio.it.FundedScenario.Journal;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The receipts journal of a grant (issue 17, point 3): paged, sorted, filtered and summed by the
 * database; corrections, deletions and "not eligible" marks that need a reason and show it in the
 * history; payment dates outside the project's period, the grant's cost period or after today
 * refused with a message that names the period, storing nothing; and the page in a browser, for
 * finance and for a council member. Figures of {@link FundedScenario#journal()}, worked out there.
 */
@ExtendWith({ArquillianExtension.class, InServerAsEverything.class})
class ReceiptJournalIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.suite();
  }

  @Inject FundedScenario scenario;
  @Inject ProjectScenario projects;
  @Inject BudgetService budgets;
  @Inject FundingService funding;
  @Inject AuditService audit;
  @Inject ProofOfUseService proofs;
  @Inject PersistenceProbe probe;

  @ArquillianResource URL base;

  private ReceiptJournalPage page(Journal journal, ReceiptFilter filter) {
    return budgets.receiptJournal(journal.grantId(), filter, ReceiptSort.DATE, true, 0, 50);
  }

  private static ReceiptFilter payee(String text) {
    return new ReceiptFilter(null, null, null, text, null, false);
  }

  private static ReceiptFilter eligibility(Eligibility eligibility) {
    return new ReceiptFilter(null, null, null, null, eligibility, false);
  }

  private static List<String> dates(ReceiptJournalPage page) {
    return page.rows().stream().map(r -> r.paymentDate().toString()).toList();
  }

  private static void assertSums(
      ReceiptJournalPage page, long count, String paid, String eligible) {
    assertThat(page.total()).as("count").isEqualTo(count);
    assertThat(page.paid()).as("paid").isEqualTo(Money.of(paid));
    assertThat(page.eligible()).as("eligible").isEqualTo(Money.of(eligible));
  }

  @Test
  void shouldPageSortAndFilterTheReceiptsInTheDatabaseWithTheirSums() throws Exception {
    Journal journal = scenario.journal();

    ReceiptJournalPage first =
        budgets.receiptJournal(journal.grantId(), ReceiptFilter.NONE, ReceiptSort.DATE, true, 0, 2);
    assertThat(dates(first)).containsExactly("2024-02-10", "2024-05-15");
    // The sums cover all five receipts, not the page: 7,920.75 paid, 7,119.99 eligible.
    assertSums(first, 5, "7920.75", "7119.99");
    assertThat(first.notEligible()).isEqualTo(Money.of("800.76"));
    assertThat(
            dates(
                budgets.receiptJournal(
                    journal.grantId(), ReceiptFilter.NONE, ReceiptSort.DATE, true, 2, 2)))
        .containsExactly("2024-08-20", "2025-01-10");
    assertThat(
            dates(
                budgets.receiptJournal(
                    journal.grantId(), ReceiptFilter.NONE, ReceiptSort.DATE, true, 4, 2)))
        .containsExactly("2025-03-01");
    assertThat(
            budgets
                .receiptJournal(
                    journal.grantId(), ReceiptFilter.NONE, ReceiptSort.AMOUNT, false, 0, 2)
                .rows()
                .stream()
                .map(ReceiptListing::amount))
        .containsExactly(Money.of("4000.00"), Money.of("2500.50"));
    assertThat(
            budgets
                .receiptJournal(
                    journal.grantId(), ReceiptFilter.NONE, ReceiptSort.PROJECT, true, 0, 5)
                .rows()
                .stream()
                .map(ReceiptListing::projectCode))
        .containsExactly(
            journal.first().getCode(),
            journal.first().getCode(),
            journal.first().getCode(),
            journal.second().getCode(),
            journal.second().getCode());

    // Project B: 120.00 + 4,000.00 = 4,120.00; eligible 120.00 + 3,999.99 = 4,119.99.
    assertSums(
        page(journal, new ReceiptFilter(journal.second().getId(), null, null, null, null, false)),
        2,
        "4120.00",
        "4119.99");
    // INV: 2,500.50 + 4,000.00 = 6,500.50; eligible 2,000.00 + 3,999.99 = 5,999.99.
    assertSums(
        page(journal, new ReceiptFilter(null, "INV", null, null, null, false)),
        2,
        "6500.50",
        "5999.99");
    // 2025: 4,000.00 + 300.25 = 4,300.25; eligible 3,999.99 + 0.00.
    ReceiptJournalPage year2025 =
        page(journal, new ReceiptFilter(null, null, 2025, null, null, false));
    assertThat(dates(year2025)).containsExactly("2025-01-10", "2025-03-01");
    assertSums(year2025, 2, "4300.25", "3999.99");
    // "SENSOR" finds "Sensor AG" and "sensor ag Niederlassung": 2,500.50 + 120.00.
    assertSums(page(journal, payee("SENSOR")), 2, "2620.50", "2120.00");
    assertSums(page(journal, payee("%")), 0, "0.00", "0.00");
    assertSums(page(journal, payee("_")), 0, "0.00", "0.00");
    // Fully: 1,000.00 + 120.00; partly: 2,500.50 + 4,000.00; not: 300.25.
    assertSums(page(journal, eligibility(Eligibility.FULLY)), 2, "1120.00", "1120.00");
    assertSums(page(journal, eligibility(Eligibility.PARTLY)), 2, "6500.50", "5999.99");
    assertSums(page(journal, eligibility(Eligibility.NOT)), 1, "300.25", "0.00");
    // Project A in 2024: 1,000.00 + 2,500.50.
    assertSums(
        page(journal, new ReceiptFilter(journal.first().getId(), null, 2024, null, null, false)),
        2,
        "3500.50",
        "3000.00");

    ReceiptFilter changed = new ReceiptFilter(null, null, null, null, null, true);
    assertSums(page(journal, changed), 0, "0.00", "0.00");
    As.finance(
        () ->
            proofs.saveNarrative(
                journal.grantId(),
                ProofPeriod.interim(2024),
                null,
                new NarrativeInput(
                    "Januar 2024",
                    "24 Monate",
                    "Dezember 2025",
                    "eine Stelle",
                    "Messnetz läuft",
                    "keine",
                    "keine")));
    As.finance(() -> proofs.submit(journal.grantId(), ProofPeriod.interim(2024), Locale.GERMAN));
    Receipt cable = journal.receipts().get(2); // 2024-08-20, project B, 120.00
    As.finance(
        () ->
            budgets.correctReceipt(
                cable.getId(),
                cable.getVersion(),
                journal.second().getId(),
                input(
                    cable,
                    cable.getPaymentDate(),
                    "Kabel, Rechnung berichtigt",
                    "110.00",
                    "110.00"),
                "Gutschrift über 10,00 €"));
    ReceiptJournalPage late = page(journal, changed);
    assertSums(late, 1, "110.00", "110.00");
    assertThat(late.rows().get(0).changedAfterSubmission()).isTrue();
    assertThat(page(journal, payee("Ruhr")).rows().get(0).changedAfterSubmission()).isFalse();
  }

  @Test
  void shouldCorrectAndDeleteOnlyWithAReasonThatTheHistoryShowsAndTheTotalsFollow()
      throws Exception {
    Journal journal = scenario.journal();
    Receipt sensors = journal.receipts().get(1); // 2024-05-15, project A, INV 2,500.50 / 2,000.00
    ReceiptInput moved = input(sensors, LocalDate.of(2024, 9, 1), "Sensoren", "2600.00", "2600.00");

    for (String blank : new String[] {null, "", "   "}) {
      assertRefused(
          () ->
              As.finance(
                  () ->
                      budgets.correctReceipt(
                          sensors.getId(),
                          sensors.getVersion(),
                          journal.second().getId(),
                          moved,
                          blank)),
          "change.reason.required");
    }
    assertSums(page(journal, ReceiptFilter.NONE), 5, "7920.75", "7119.99");

    As.finance(
        () ->
            budgets.correctReceipt(
                sensors.getId(),
                sensors.getVersion(),
                journal.second().getId(),
                moved,
                "Auf Projekt B umgebucht, Rechnung ersetzt"));
    // Project B now: 120.00 + 2,600.00 + 4,000.00 = 6,720.00; eligible 120.00 + 2,600.00 +
    // 3,999.99 = 6,719.99. All five: 7,920.75 - 2,500.50 + 2,600.00 = 8,020.25; eligible
    // 7,119.99 - 2,000.00 + 2,600.00 = 7,719.99.
    assertSums(
        page(journal, new ReceiptFilter(journal.second().getId(), null, null, null, null, false)),
        3,
        "6720.00",
        "6719.99");
    assertSums(page(journal, ReceiptFilter.NONE), 5, "8020.25", "7719.99");
    assertThat(funding.figures(journal.grantId()).actualCosts()).isEqualTo(Money.of("8020.25"));
    ReceiptTotalsIT.assertTotalsEqualReceipts(probe);
    List<AuditLine> history = audit.recordHistory("Receipt", sensors.getId());
    assertThat(history)
        .anySatisfy(
            line -> {
              assertThat(line.field()).isEqualTo("reason");
              assertThat(line.newValue()).isEqualTo("Auf Projekt B umgebucht, Rechnung ersetzt");
            })
        .anySatisfy(
            line -> {
              assertThat(line.field()).isEqualTo("project");
              assertThat(line.oldValue()).isEqualTo(journal.first().getCode());
              assertThat(line.newValue()).isEqualTo(journal.second().getCode());
            })
        .anySatisfy(
            line -> {
              assertThat(line.field()).isEqualTo("amount");
              assertThat(line.oldValue()).isEqualTo("2500.50");
              assertThat(line.newValue()).isEqualTo("2600.00");
            });
    assertThat(audit.projectHistory(journal.second().getId(), 50))
        .as("project B's history tab shows the reason")
        .anySatisfy(line -> assertThat(line.newValue()).contains("Auf Projekt B umgebucht"));

    assertRefused(
        () ->
            As.finance(
                () ->
                    budgets.correctReceipt(
                        sensors.getId(),
                        sensors.getVersion(),
                        journal.second().getId(),
                        moved,
                        "mit der alten Fassung")),
        "record.modified.concurrently");
    GrantAndProject other =
        As.admin(
            () ->
                scenario.grantWithProject(
                    LocalDate.of(2025, 12, 31), LocalDate.of(2025, 12, 31), "Fremde Zuwendung"));
    Receipt current =
        budgets.receipts(journal.second().getId()).stream()
            .filter(r -> r.getId().equals(sensors.getId()))
            .findFirst()
            .orElseThrow();
    assertRefused(
        () ->
            As.finance(
                () ->
                    budgets.correctReceipt(
                        current.getId(),
                        current.getVersion(),
                        other.project().getId(),
                        moved,
                        "falsche Zuwendung")),
        "receipt.project.other.grant");

    Receipt flyer = journal.receipts().get(4); // 2025-03-01, project A, 300.25
    assertRefused(
        () ->
            As.finance(
                () -> run(() -> budgets.deleteReceipt(flyer.getId(), flyer.getVersion(), " "))),
        "change.reason.required");
    assertSums(page(journal, ReceiptFilter.NONE), 5, "8020.25", "7719.99");
    As.finance(
        () ->
            run(() -> budgets.deleteReceipt(flyer.getId(), flyer.getVersion(), "Doppelt erfasst")));
    // 8,020.25 - 300.25 = 7,720.00; eligible unchanged (the flyer was not eligible).
    assertSums(page(journal, ReceiptFilter.NONE), 4, "7720.00", "7719.99");
    assertThat(funding.figures(journal.grantId()).actualCosts()).isEqualTo(Money.of("7720.00"));
    ReceiptTotalsIT.assertTotalsEqualReceipts(probe);
    assertThat(audit.recordHistory("Receipt", flyer.getId()))
        .anySatisfy(line -> assertThat(line.action()).isEqualTo("DELETE"))
        .anySatisfy(
            line -> {
              assertThat(line.action()).isEqualTo("DELETE");
              assertThat(line.field()).isEqualTo("reason");
              assertThat(line.newValue()).isEqualTo("Doppelt erfasst");
            });
  }

  @Test
  void shouldMarkASelectionNotEligibleWithOneReasonInEachHistory() throws Exception {
    Journal journal = scenario.journal();
    List<ReceiptListing> fully = page(journal, eligibility(Eligibility.FULLY)).rows();
    assertThat(fully).hasSize(2);
    List<ReceiptVersion> selection =
        fully.stream().map(r -> new ReceiptVersion(r.id(), r.version())).toList();

    assertRefused(
        () -> As.finance(() -> run(() -> budgets.markNotEligible(selection, ""))),
        "change.reason.required");
    assertRefused(
        () -> As.finance(() -> run(() -> budgets.markNotEligible(List.of(), "Grund"))),
        "receipt.selection.empty");
    assertThatThrownBy(
            () -> As.council(() -> run(() -> budgets.markNotEligible(selection, "Grund"))))
        .isInstanceOf(EJBAccessException.class);
    assertSums(page(journal, ReceiptFilter.NONE), 5, "7920.75", "7119.99");

    As.finance(
        () -> run(() -> budgets.markNotEligible(selection, "Nicht im Förderzweck enthalten")));
    // Eligible: 7,119.99 - 1,000.00 - 120.00 = 5,999.99; paid unchanged.
    assertSums(page(journal, ReceiptFilter.NONE), 5, "7920.75", "5999.99");
    // Not eligible now: 300.25 + 1,000.00 + 120.00 = 1,420.25.
    assertSums(page(journal, eligibility(Eligibility.NOT)), 3, "1420.25", "0.00");
    ReceiptTotalsIT.assertTotalsEqualReceipts(probe);
    for (ReceiptListing row : fully) {
      assertThat(audit.recordHistory("Receipt", row.id()))
          .as(row.payee())
          .anySatisfy(
              line -> {
                assertThat(line.field()).isEqualTo("eligibleAmount");
                assertThat(line.newValue()).isEqualTo("0.00");
              })
          .anySatisfy(
              line -> {
                assertThat(line.field()).isEqualTo("reason");
                assertThat(line.newValue()).isEqualTo("Nicht im Förderzweck enthalten");
              });
    }
  }

  @Test
  void shouldRefuseDatesOutsideThePeriodsOrInTheFutureNamingThePeriodAndStoreNothing()
      throws Exception {
    Journal journal = scenario.journal();
    long b = journal.second().getId(); // project B runs 2024-07-01 to 2025-06-30
    assertRefusedRecord(
        b, "2024-06-30", "receipt.date.outside.project", "2024-07-01", "2025-06-30");
    assertRefusedRecord(
        b, "2025-07-01", "receipt.date.outside.project", "2024-07-01", "2025-06-30");

    // A project that runs longer than its grant (2024-01-01 to 2025-12-31).
    Project wide =
        As.admin(
            () ->
                projects
                    .project("FUNDW")
                    .running(LocalDate.of(2023, 1, 1), LocalDate.of(2026, 6, 30))
                    .fundedBy(journal.grant().getReference())
                    .register());
    assertRefusedRecord(
        wide.getId(), "2023-12-31", "receipt.date.outside.grant", "2024-01-01", "2025-12-31");
    assertRefusedRecord(
        wide.getId(), "2026-01-02", "receipt.date.outside.grant", "2024-01-01", "2025-12-31");

    // With an early start on 2023-10-01, costs count from then, and not a day earlier.
    As.admin(
        () -> {
          scenario.allowEarlyStart(journal.grantId(), LocalDate.of(2023, 10, 1));
          return null;
        });
    assertRefusedRecord(
        wide.getId(), "2023-09-30", "receipt.date.outside.grant.early", "2023-10-01", "2025-12-31");
    Receipt early =
        As.finance(
            () ->
                scenario.receipt(
                    wide.getId(),
                    "2023-10-01",
                    "Planungsbüro",
                    "Vorplanung",
                    "SACH",
                    "50.00",
                    "50.00"));
    assertThat(early.getId()).isNotNull();

    // A correction into a refused period changes nothing either.
    Receipt staff = journal.receipts().get(0);
    assertRefused(
        () ->
            As.finance(
                () ->
                    budgets.correctReceipt(
                        staff.getId(),
                        staff.getVersion(),
                        journal.second().getId(),
                        input(
                            staff, staff.getPaymentDate(), "Projektleitung", "1000.00", "1000.00"),
                        "auf B umbuchen")),
        "receipt.date.outside.project");
    assertThat(page(journal, payee("Ruhr Personal")).rows())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.projectId()).isEqualTo(journal.first().getId());
              assertThat(r.version()).isEqualTo(staff.getVersion());
            });

    // A payment after today, on a grant and project that run until 2028.
    GrantAndProject running =
        As.admin(
            () ->
                scenario.grantWithProject(
                    LocalDate.of(2028, 12, 31), LocalDate.of(2028, 12, 31), "Zukunft"));
    LocalDate tomorrow = CityDay.today().plusDays(1);
    assertRefusedRecord(
        running.project().getId(),
        tomorrow.toString(),
        "receipt.date.in.future",
        tomorrow.toString(),
        CityDay.today().toString());
    // Six receipts: the scenario's five and the one of the early start, 7,920.75 + 50.00.
    assertSums(page(journal, ReceiptFilter.NONE), 6, "7970.75", "7169.99");
  }

  // ---------------------------------------------------------------- in a browser

  private String ownGrantWithReceipts() throws Exception {
    WebSession anonymous = new WebSession(base.toURI().resolve("/"), "de");
    return anonymous.probe(BadInputCorpusIT.scenarioPath() + "&receipts=1").split(";")[0];
  }

  @Test
  @RunAsClient
  void financeFiltersAndCorrectsAReceiptWithMessagesNextToTheFieldsInGerman() throws Exception {
    String page = "/finance/receipts.xhtml?grant=" + ownGrantWithReceipts();
    try (Browser finance = Browser.start(base.toURI().resolve("/"), "de")) {
      finance.signIn("finance", "finance-demo-2026").open(page);
      finance.screenshot("journal-01-de").assertAccessible("receipts journal (de)");
      // 1,200.00 + 350.00
      assertThat(finance.text("[id='journal:receipts:paidTotal']")).isEqualTo("1.550,00 €");

      finance.type("filter:filterPayee", "SENSORIK").click("filter:apply");
      assertThat(finance.text("[id='journal:receipts']"))
          .contains("Ruhr Sensorik GmbH")
          .doesNotContain("Druckerei");
      assertThat(finance.text("[id='journal:receipts:paidTotal']")).isEqualTo("1.200,00 €");

      finance.click("journal:receipts:0:correct");
      finance.click("journal:saveCorrection").screenshot("journal-02-no-reason");
      assertThat(finance.text("[id='journal:reasonMessage']"))
          .contains("Bitte geben Sie einen Grund");

      // The date refused next to its field is shown in English below; here a text is corrected.
      finance.type("journal:reason", "Zweck nach Rechnung berichtigt");
      finance.type("journal:purpose", "Sensoren und Gateways");
      finance.click("journal:saveCorrection").screenshot("journal-04-corrected");
      assertThat(finance.pageText()).contains("Beleg von Ruhr Sensorik GmbH berichtigt.");
      assertThat(finance.text("[id='journal:receipts']")).contains("Sensoren und Gateways");
      assertThat(finance.text("[id='journal:receipts:paidTotal']")).isEqualTo("1.200,00 €");
      finance.assertAccessible("receipts journal after a correction (de)");
    }
  }

  @Test
  @RunAsClient
  void financeSeesTheMessagesInEnglishToo() throws Exception {
    String page = "/finance/receipts.xhtml?grant=" + ownGrantWithReceipts();
    try (Browser finance = Browser.start(base.toURI().resolve("/"), "en")) {
      finance.signIn("finance", "finance-demo-2026").open(page);
      finance.screenshot("journal-05-en").assertAccessible("receipts journal (en)");
      assertThat(finance.text("[id='journal:receipts:paidTotal']")).isEqualTo("€1,550.00");
      finance.click("journal:receipts:0:correct");
      finance.type("journal:reason", "Credit note");
      clearDate(finance);
      finance.typeDate("journal:paymentDate", "2023-12-31").click("journal:saveCorrection");
      finance.screenshot("journal-06-en-outside-project");
      assertThat(finance.text("[id='journal:paymentDateMessage']"))
          .contains("31 Dec 2023", "outside the project period", "1 Jan 2024", "31 Dec 2028");
      finance.assertAccessible("receipts journal with a message (en)");
    }
  }

  @Test
  @RunAsClient
  void aCouncilMemberReadsTheJournalWithoutEditControlsAndAForgedPostChangesNothing()
      throws Exception {
    String page = "/finance/receipts.xhtml?grant=" + ownGrantWithReceipts();
    try (Browser council = Browser.start(base.toURI().resolve("/"), "de")) {
      council.signIn("council", "council-demo-2026").open(page);
      council.screenshot("journal-07-council").assertAccessible("receipts journal for the council");
      assertThat(council.text("[id='journal:receipts:paidTotal']")).isEqualTo("1.550,00 €");
      assertThat(council.text("[id='journal:receipts:eligibleTotal']")).isEqualTo("1.550,00 €");
      assertThat(
              council.all(
                  "[id$=':correct'], [id='journal:markNotEligible'], [id='journal:reason']"))
          .isEmpty();
      String rowKey =
          council.all("[id='journal:receipts'] tr[data-rk]").get(0).getAttribute("data-rk");

      // The council member forges finance's "mark not eligible" with a valid view state.
      council.executeScript(
          "const form = document.createElement('form');"
              + "form.method = 'post'; form.action = location.href;"
              + "const add = (n, v) => { const i = document.createElement('input');"
              + "  i.type = 'hidden'; i.name = n; i.value = v; form.appendChild(i); };"
              + "add('journal', 'journal');"
              + "add('journal:reason', 'gefälscht');"
              + "add('journal:receipts_selection', arguments[0]);"
              + "add('journal:markNotEligible', '');"
              + "add('jakarta.faces.ViewState',"
              + "  document.querySelector(\"input[name='jakarta.faces.ViewState']\").value);"
              + "add('primefaces.nonce', document.querySelector('script[nonce]').nonce);"
              + "document.body.appendChild(form); form.submit();",
          rowKey);
      council.waitForPage();
      council.open(page).screenshot("journal-08-council-after-forgery");
      assertThat(council.text("[id='journal:receipts:eligibleTotal']")).isEqualTo("1.550,00 €");
      assertThat(council.pageText()).doesNotContain("gefälscht", "Exception");
    }
    try (Browser pm = Browser.start(base.toURI().resolve("/"), "de")) {
      pm.signIn("pm", "pm-demo-2026").open(page);
      assertThat(pm.pageText()).doesNotContain("Belegjournal", "1.550,00");
    }
  }

  // ---------------------------------------------------------------- helpers

  /** Empties the correction's date field, which the form filled with the receipt's date. */
  private static void clearDate(Browser browser) {
    browser.executeScript(
        "const f = document.getElementById('journal:paymentDate_input'); f.select(); f.value = '';");
  }

  private static ReceiptInput input(
      Receipt receipt, LocalDate date, String purpose, String amount, String eligible) {
    return new ReceiptInput(
        date,
        receipt.getPayee(),
        purpose,
        receipt.getReferenceNumber(),
        receipt.getCategory().getCode(),
        new BigDecimal(amount),
        new BigDecimal(eligible));
  }

  /** Records a receipt on the day given and expects the refusal, with the period in its message. */
  private void assertRefusedRecord(
      long projectId, String day, String key, String periodStart, String periodEnd)
      throws Exception {
    long before = probe.number("SELECT COUNT(*) FROM receipt WHERE project_id = " + projectId);
    assertThatThrownBy(
            () ->
                As.finance(
                    () ->
                        scenario.receipt(
                            projectId,
                            day,
                            "Außerhalb GmbH",
                            "Rechnung",
                            "SACH",
                            "10.00",
                            "10.00")))
        .isInstanceOf(BusinessRuleViolation.class)
        .satisfies(
            e -> {
              BusinessRuleViolation refused = (BusinessRuleViolation) e;
              assertThat(refused.getMessageKey()).as(day).isEqualTo(key);
              assertThat(refused.getField()).isEqualTo("paymentDate");
              assertThat(refused.getArguments().stream().map(String::valueOf))
                  .as("the message names the day and the period")
                  .contains(day, periodStart, periodEnd);
            });
    assertThat(probe.number("SELECT COUNT(*) FROM receipt WHERE project_id = " + projectId))
        .as("nothing stored for %s", day)
        .isEqualTo(before);
  }

  private static void assertRefused(
      org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
    assertThatThrownBy(call)
        .isInstanceOf(BusinessRuleViolation.class)
        .hasFieldOrPropertyWithValue("messageKey", key);
  }

  private static Void run(Runnable work) {
    work.run();
    return null;
  }
}
