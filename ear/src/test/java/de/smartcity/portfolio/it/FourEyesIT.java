package de.smartcity.portfolio.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.smartcity.portfolio.application.AwaitingConfirmation;
import de.smartcity.portfolio.application.BudgetService;
import de.smartcity.portfolio.application.ConfirmationService;
import de.smartcity.portfolio.application.FundingService;
import de.smartcity.portfolio.application.ImportProgress;
import de.smartcity.portfolio.application.NarrativeInput;
import de.smartcity.portfolio.application.ProofOfUseService;
import de.smartcity.portfolio.application.ReceiptImportService;
import de.smartcity.portfolio.domain.model.budget.AssignmentKind;
import de.smartcity.portfolio.domain.model.budget.ReceiptFilter;
import de.smartcity.portfolio.domain.model.budget.ReceiptImport;
import de.smartcity.portfolio.domain.model.budget.ReceiptListing;
import de.smartcity.portfolio.domain.model.budget.ReceiptSort;
import de.smartcity.portfolio.domain.model.funding.GrantFigures;
import de.smartcity.portfolio.domain.model.proofofuse.ProofOfUseRepository.LateChanges;
import de.smartcity.portfolio.domain.model.proofofuse.ProofPeriod;
import de.smartcity.portfolio.domain.model.proofofuse.ProofSubmission;
import de.smartcity.portfolio.domain.model.user.Role;
import de.smartcity.portfolio.domain.shared.BusinessRuleViolation;
import de.smartcity.portfolio.domain.shared.Money;
import de.smartcity.portfolio.it.FundedScenario.GrantAndProject;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Four eyes where the first review of issue 17 found it missing: receipts brought in by the receipt
 * import wait for a second finance user like receipts entered by hand (and many are confirmed at
 * once, all or none), and a proof submission awaiting confirmation does not count as submitted: it
 * does not keep an import from being undone, but a change to its period's receipts keeps it from
 * being confirmed until a correction replaces it. "finance" enters, {@link
 * FundedScenario#CONFIRMER} confirms.
 */
@ExtendWith(ArquillianExtension.class)
class FourEyesIT {

  private static final ProofPeriod YEAR_2024 = ProofPeriod.interim(2024);

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.suite();
  }

  @Inject FundingService funding;
  @Inject ConfirmationService confirmations;
  @Inject ReceiptImportService imports;
  @Inject ProofOfUseService proofs;
  @Inject BudgetService budgets;
  @Inject FundedScenario scenario;

  private static <T> T confirmer(As.Work<T> work) throws Exception {
    return As.user(FundedScenario.CONFIRMER, Role.FINANCE, work);
  }

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

  private long version(long grantId) throws Exception {
    return As.finance(() -> funding.grants()).stream()
        .filter(g -> g.getId() == grantId)
        .findFirst()
        .orElseThrow()
        .getVersion();
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
