package de.smartcity.portfolio.it;

import static de.smartcity.portfolio.it.ReadBack.pdfText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.smartcity.portfolio.application.AwaitingConfirmation;
import de.smartcity.portfolio.application.BudgetService;
import de.smartcity.portfolio.application.ConfirmationService;
import de.smartcity.portfolio.application.Download;
import de.smartcity.portfolio.application.NarrativeInput;
import de.smartcity.portfolio.application.ProofOfUseService;
import de.smartcity.portfolio.application.ReceiptInput;
import de.smartcity.portfolio.application.ReportService;
import de.smartcity.portfolio.domain.model.budget.Receipt;
import de.smartcity.portfolio.domain.model.proofofuse.ProofOfUseRepository.LateChanges;
import de.smartcity.portfolio.domain.model.proofofuse.ProofPeriod;
import de.smartcity.portfolio.domain.model.proofofuse.ProofSubmission;
import de.smartcity.portfolio.domain.model.user.Role;
import de.smartcity.portfolio.domain.shared.BusinessRuleViolation;
import de.smartcity.portfolio.it.FundedScenario.Funded;
import de.smartcity.portfolio.reports.ReportFormat;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Finance writes the narrative of a proof of use, submits the proof and later corrects a receipt:
 * the narrative appears in the files, the submitted files keep their bytes and checksums, and the
 * change afterwards is flagged.
 */
@ExtendWith(ArquillianExtension.class)
class ProofSubmissionIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.suite();
  }

  @Inject ReportService reports;
  @Inject ProofOfUseService proofs;
  @Inject BudgetService budgets;
  @Inject ConfirmationService confirmations;
  @Inject FundedScenario scenario;
  @Inject PersistenceProbe probe;

  private static NarrativeInput narrative(String results) {
    return new NarrativeInput(
        "Januar 2024",
        "24 Monate",
        "Dezember 2025",
        "1,5 Stellen Projektleitung",
        results,
        "Sensoren kamen drei Monate später.",
        "Keine; =SUM(A1) bleibt Text.");
  }

  private Download download(long grantId, ProofPeriod period, ReportFormat format)
      throws Exception {
    return As.finance(() -> reports.proofOfUse(grantId, period, format, Locale.GERMAN));
  }

  @Test
  void shouldPrintTheNarrativeFinanceEnteredInWorkbookAndPdf() throws Exception {
    Funded funded = scenario.create();
    As.finance(
        () ->
            proofs.saveNarrative(
                funded.grantId(),
                ProofPeriod.FINAL,
                null,
                narrative("Das Messnetz liefert seit Mai 2024 Daten an das Klima-Dashboard.")));

    Download xlsx = download(funded.grantId(), ProofPeriod.FINAL, ReportFormat.XLSX);
    try (XSSFWorkbook workbook = ReadBack.workbook(xlsx.content())) {
      var sheet = workbook.getSheet("I. Sachbericht");
      assertThat(ReadBack.row(sheet, "Ergebnisse und Wirkungen").getCell(1).getStringCellValue())
          .isEqualTo("Das Messnetz liefert seit Mai 2024 Daten an das Klima-Dashboard.");
      var financePlan = ReadBack.row(sheet, "Abweichungen vom Finanzierungsplan").getCell(1);
      assertThat(financePlan.getStringCellValue()).isEqualTo("Keine; =SUM(A1) bleibt Text.");
    }
    assertThat(pdfText(download(funded.grantId(), ProofPeriod.FINAL, ReportFormat.PDF).content()))
        .containsSubsequence(
            "I. Sachbericht",
            "Januar 2024",
            "24 Monate",
            "1,5 Stellen Projektleitung",
            "Das Messnetz liefert seit Mai 2024 Daten an das Klima-Dashboard.",
            "Sensoren kamen drei Monate später.");
  }

  @Test
  void shouldRefuseANarrativeWithoutResultsOrWithTooLongTextAndStoreNothing() throws Exception {
    Funded funded = scenario.create();

    assertThatThrownBy(
            () ->
                As.finance(
                    () ->
                        proofs.saveNarrative(
                            funded.grantId(), ProofPeriod.FINAL, null, narrative("  "))))
        .isInstanceOf(EJBException.class)
        .hasRootCauseInstanceOf(jakarta.validation.ConstraintViolationException.class);
    assertThatThrownBy(
            () ->
                As.finance(
                    () ->
                        proofs.saveNarrative(
                            funded.grantId(),
                            ProofPeriod.interim(2024),
                            null,
                            narrative("x".repeat(4001)))))
        .isInstanceOf(EJBException.class)
        .hasRootCauseInstanceOf(jakarta.validation.ConstraintViolationException.class);

    assertThat(
            probe.number(
                "SELECT COUNT(*) FROM proof_narrative WHERE grant_id = " + funded.grantId()))
        .isZero();
  }

  /**
   * A submission names its submitter by display name ("Finanzen Demo" for the demo user finance):
   * the submitter may still not confirm it, and the list of what waits marks it as their own.
   */
  @Test
  void shouldRefuseTheSubmitterConfirmingTheirOwnSubmissionByDisplayName() throws Exception {
    Funded funded = scenario.create();
    As.finance(
        () ->
            proofs.saveNarrative(
                funded.grantId(), ProofPeriod.FINAL, null, narrative("Messnetz in Betrieb.")));
    ProofSubmission submitted =
        As.finance(() -> proofs.submit(funded.grantId(), ProofPeriod.FINAL, Locale.GERMAN));
    assertThat(submitted.getSubmittedBy()).isEqualTo("Finanzen Demo");

    assertThat(As.finance(() -> confirmations.awaiting(funded.grantId())))
        .filteredOn(entry -> entry.kind() == AwaitingConfirmation.Kind.PROOF)
        .singleElement()
        .satisfies(entry -> assertThat(entry.ownEntry()).isTrue());
    assertThatThrownBy(
            () ->
                As.finance(
                    () ->
                        confirmations.confirmSubmission(submitted.getId(), submitted.getVersion())))
        .isInstanceOf(BusinessRuleViolation.class)
        .hasFieldOrPropertyWithValue("messageKey", "confirmation.own.entry");
    assertThat(
            As.user(
                    FundedScenario.CONFIRMER,
                    Role.FINANCE,
                    () ->
                        confirmations.confirmSubmission(submitted.getId(), submitted.getVersion()))
                .getConfirmedBy())
        .contains(FundedScenario.CONFIRMER);
  }

  @Test
  void shouldRefuseToSubmitAProofWithoutNarrative() throws Exception {
    Funded funded = scenario.create();

    assertThatThrownBy(
            () ->
                As.finance(() -> proofs.submit(funded.grantId(), ProofPeriod.FINAL, Locale.GERMAN)))
        .isInstanceOf(BusinessRuleViolation.class)
        .hasFieldOrPropertyWithValue("messageKey", "proofofuse.narrative.missing");
    assertThat(
            probe.number(
                "SELECT COUNT(*) FROM proof_submission WHERE grant_id = " + funded.grantId()))
        .isZero();
  }

  @Test
  void shouldServeTheSubmittedFilesByteForByteWithTheirChecksums() throws Exception {
    Funded funded = scenario.create();
    ProofPeriod year2024 = ProofPeriod.interim(2024);
    As.finance(
        () -> proofs.saveNarrative(funded.grantId(), year2024, null, narrative("Pilot läuft.")));

    ProofSubmission submitted =
        As.finance(() -> proofs.submit(funded.grantId(), year2024, Locale.GERMAN));

    assertThat(submitted.getSubmittedBy()).isNotBlank();
    // 2024: receipts 1,234.57 + 2,000.01; eligible 1,234.57 + 1,800.00; 65 % of 3,034.57.
    assertThat(submitted.getActualCosts().amount()).isEqualByComparingTo("3234.58");
    assertThat(submitted.getEligibleCosts().amount()).isEqualByComparingTo("3034.57");
    assertThat(submitted.getGrantShare().amount()).isEqualByComparingTo("1972.47");
    assertThat(submitted.getReceiptCount()).isEqualTo(2);
    Download xlsx = download(funded.grantId(), year2024, ReportFormat.XLSX);
    Download pdf = download(funded.grantId(), year2024, ReportFormat.PDF);
    assertThat(ReadBack.sha256(xlsx.content())).isEqualTo(submitted.getXlsxSha256());
    assertThat(ReadBack.sha256(pdf.content())).isEqualTo(submitted.getPdfSha256());
    assertThat(xlsx.fileName()).isEqualTo(submitted.getXlsxName());
    assertThat(
            probe.number(
                "SELECT COUNT(*) FROM proof_submission WHERE id = "
                    + submitted.getId()
                    + " AND pdf_sha256 = '"
                    + ReadBack.sha256(pdf.content())
                    + "'"))
        .isEqualTo(1);

    // Generated anew, a workbook would differ at least in its creation time; these are stored.
    Thread.sleep(1100);
    assertThat(download(funded.grantId(), year2024, ReportFormat.XLSX).content())
        .isEqualTo(xlsx.content());
    assertThat(download(funded.grantId(), year2024, ReportFormat.PDF).content())
        .isEqualTo(pdf.content());
    assertThatThrownBy(
            () -> As.finance(() -> proofs.submit(funded.grantId(), year2024, Locale.GERMAN)))
        .isInstanceOf(BusinessRuleViolation.class)
        .hasFieldOrPropertyWithValue("messageKey", "proofofuse.already.submitted");
    assertThatThrownBy(
            () ->
                As.finance(
                    () ->
                        proofs.saveNarrative(
                            funded.grantId(), year2024, 1L, narrative("Nachträglich"))))
        .isInstanceOf(BusinessRuleViolation.class)
        .hasFieldOrPropertyWithValue("messageKey", "proofofuse.already.submitted");
  }

  @Test
  void shouldFlagAReceiptChangedInASubmittedYearOnThePageAndInTheNextProof() throws Exception {
    Funded funded = scenario.create();
    ProofPeriod year2024 = ProofPeriod.interim(2024);
    As.finance(
        () -> proofs.saveNarrative(funded.grantId(), year2024, null, narrative("Pilot läuft.")));
    ProofSubmission submitted =
        As.finance(() -> proofs.submit(funded.grantId(), year2024, Locale.GERMAN));
    long projectId = funded.project().getId();

    // A receipt of 2025 leaves the submitted year 2024 alone.
    As.finance(
        () ->
            scenario.receipt(
                projectId, "2025-03-01", "Firma", "Wartung", "SACH", "10.00", "10.00"));
    assertThat(As.finance(() -> proofs.lateChanges(funded.grantId()))).isEmpty();

    // Corrected from 2025 into 2024, and a new one in 2024: two late changes to the submitted year.
    Receipt moved =
        As.finance(
            () ->
                scenario.receipt(
                    projectId, "2025-04-01", "Firma", "Wartung", "SACH", "20.00", "20.00"));
    As.finance(
        () ->
            budgets.correctReceipt(
                moved.getId(),
                moved.getVersion(),
                projectId,
                new ReceiptInput(
                    LocalDate.of(2024, 12, 30),
                    "Firma",
                    "Wartung",
                    moved.getReferenceNumber(),
                    "SACH",
                    new BigDecimal("20.00"),
                    new BigDecimal("20.00")),
                "Rechnung ins Vorjahr umgebucht"));
    Receipt late =
        As.finance(
            () ->
                scenario.receipt(
                    projectId,
                    "2024-11-11",
                    "Nachzügler GmbH",
                    "Rechnung",
                    "PERS",
                    "5.00",
                    "5.00"));
    As.finance(
        () -> {
          budgets.deleteReceipt(late.getId(), late.getVersion(), "Doppelt erfasst");
          return null;
        });

    var flagged = As.finance(() -> proofs.lateChanges(funded.grantId()));
    assertThat(flagged)
        .singleElement()
        .satisfies(
            change -> {
              assertThat(change.period()).isEqualTo(year2024);
              assertThat(change.submissionId()).isEqualTo(submitted.getId());
              // corrected into 2024, created in 2024, deleted from 2024
              assertThat(change.count()).isEqualTo(3);
            });
    assertThat(As.council(() -> proofs.lateChanges(funded.grantId())))
        .extracting(LateChanges::count)
        .containsExactly(3L);

    // The stored interim proof stays as submitted; the next proof (the final one) says what
    // changed.
    assertThat(ReadBack.sha256(download(funded.grantId(), year2024, ReportFormat.PDF).content()))
        .isEqualTo(submitted.getPdfSha256());
    String next =
        pdfText(download(funded.grantId(), ProofPeriod.FINAL, ReportFormat.PDF).content());
    assertThat(next)
        .contains(
            "Hinweis: Änderungen nach der Einreichung",
            "Nach Einreichung des Nachweises „Zwischennachweis für das Haushaltsjahr 2024“",
            "wurden 3 Beleg(e) dieses Zeitraums erfasst, korrigiert oder gelöscht");
    try (XSSFWorkbook workbook =
        ReadBack.workbook(
            download(funded.grantId(), ProofPeriod.FINAL, ReportFormat.XLSX).content())) {
      var overview = workbook.getSheet("Übersicht");
      int heading = ReadBack.row(overview, "Hinweis: Änderungen nach der Einreichung").getRowNum();
      assertThat(overview.getRow(heading + 1).getCell(0).getStringCellValue())
          .contains("wurden 3 Beleg(e) dieses Zeitraums erfasst, korrigiert oder gelöscht");
    }
  }

  // Interim 2024 as in shouldServeTheSubmittedFilesByteForByteWithTheirChecksums (receipts
  // 3,234.58, 1,000.00 received in 2024). A receipt of 2024 is corrected afterwards (the 2,000.01
  // sensors receipt added to by 99.99: a new 100.00 receipt of 20.12.2024), then the proof is
  // superseded: version 2 states 3,334.58 and has its own files; version 1 keeps its bytes.
  @Test
  void shouldSupersedeASubmittedProofByACorrectionAndKeepTheEarlierVersionReadable()
      throws Exception {
    Funded funded = scenario.create();
    ProofPeriod year2024 = ProofPeriod.interim(2024);
    As.finance(
        () -> proofs.saveNarrative(funded.grantId(), year2024, null, narrative("Pilot läuft.")));
    ProofSubmission first =
        As.finance(() -> proofs.submit(funded.grantId(), year2024, Locale.GERMAN));
    byte[] firstPdf = download(funded.grantId(), year2024, ReportFormat.PDF).content();
    byte[] firstXlsx = download(funded.grantId(), year2024, ReportFormat.XLSX).content();
    assertThat(first.getProofVersion()).isEqualTo(1);
    assertThat(first.getReceived().amount()).isEqualByComparingTo("1000.00");

    // Without a reason nothing happens.
    assertThatThrownBy(
            () ->
                As.finance(() -> proofs.supersede(funded.grantId(), year2024, "  ", Locale.GERMAN)))
        .isInstanceOf(BusinessRuleViolation.class)
        .hasFieldOrPropertyWithValue("messageKey", "proofofuse.correction.reason.missing");
    assertThat(count("proof_submission", funded.grantId())).isEqualTo(1);

    long projectId = funded.project().getId();
    As.finance(
        () ->
            scenario.receipt(
                projectId, "2024-12-20", "Firma", "Nachlieferung", "INV", "100.00", "100.00"));
    ProofSubmission second =
        As.finance(
            () ->
                proofs.supersede(
                    funded.grantId(), year2024, "Nachlieferung vom 20.12.2024", Locale.GERMAN));

    assertThat(second.getProofVersion()).isEqualTo(2);
    assertThat(second.getActualCosts().amount()).isEqualByComparingTo("3334.58");
    assertThat(second.getPdfSha256()).isNotEqualTo(first.getPdfSha256());
    assertThat(second.getXlsxSha256()).isNotEqualTo(first.getXlsxSha256());
    assertThat(second.getPdfName()).endsWith("_v2.pdf");
    // Downloads of the period now serve version 2, byte for byte.
    byte[] nowPdf = download(funded.grantId(), year2024, ReportFormat.PDF).content();
    assertThat(ReadBack.sha256(nowPdf)).isEqualTo(second.getPdfSha256());
    assertThat(pdfText(nowPdf)).contains("3.334,58 €");

    // Version 1 stays readable with the same bytes and hash, marked as superseded by version 2.
    var versions = As.council(() -> proofs.versions(funded.grantId(), year2024));
    assertThat(versions).extracting(ProofSubmission::getProofVersion).containsExactly(2, 1);
    ProofSubmission earlier = versions.get(1);
    assertThat(earlier.isSuperseded()).isTrue();
    assertThat(earlier.getSupersededByVersion()).isEqualTo(2);
    assertThat(earlier.getSupersededBy()).isNotBlank();
    assertThat(earlier.getSupersededAt()).isNotNull();
    assertThat(earlier.getSupersedeReason()).isEqualTo("Nachlieferung vom 20.12.2024");
    assertThat(earlier.getPdfSha256()).isEqualTo(first.getPdfSha256());
    byte[] keptPdf =
        As.finance(() -> proofs.submittedFile(earlier.getId(), ReportFormat.PDF)).content();
    byte[] keptXlsx =
        As.finance(() -> proofs.submittedFile(earlier.getId(), ReportFormat.XLSX)).content();
    assertThat(keptPdf).isEqualTo(firstPdf);
    assertThat(keptXlsx).isEqualTo(firstXlsx);
    assertThat(ReadBack.sha256(keptPdf)).isEqualTo(first.getPdfSha256());
    assertThat(versions.get(0).isSuperseded()).isFalse();
    // Only the version in force counts as the period's submission.
    assertThat(As.finance(() -> proofs.submissions(funded.grantId())))
        .extracting(ProofSubmission::getProofVersion)
        .containsExactly(2);
    assertThat(count("proof_submission", funded.grantId())).isEqualTo(2);
  }

  @Test
  void shouldRefuseACorrectionOfAProofNotYetSubmitted() throws Exception {
    Funded funded = scenario.create();

    assertThatThrownBy(
            () ->
                As.finance(
                    () ->
                        proofs.supersede(
                            funded.grantId(), ProofPeriod.FINAL, "Irrtum", Locale.GERMAN)))
        .isInstanceOf(BusinessRuleViolation.class)
        .hasFieldOrPropertyWithValue("messageKey", "proofofuse.not.submitted");
    assertThat(count("proof_submission", funded.grantId())).isZero();
  }

  // The scenario grant runs from 2024 to 2025: interim proofs for 2024 and 2025 only (both lie
  // before the current year); a grant running to 2028 offers its years up to the current one.
  @Test
  void shouldOfferInterimProofsOnlyForYearsOfTheFundingPeriodUpToThisOne() throws Exception {
    Funded funded = scenario.create();
    assertThat(As.council(() -> proofs.budgetYears(funded.grantId()))).containsExactly(2024, 2025);
    var longer =
        As.admin(
            () ->
                scenario.grantWithProject(
                    LocalDate.of(2028, 12, 31), LocalDate.of(2028, 12, 31), "Lange Laufzeit"));
    int thisYear = CityDay.today().getYear();
    assertThat(As.council(() -> proofs.budgetYears(longer.grant().getId())))
        .containsExactlyElementsOf(
            java.util.stream.IntStream.rangeClosed(2024, Math.min(2028, thisYear))
                .boxed()
                .toList());

    // A year ahead or outside is refused by the service, for downloads as for the narrative.
    int ahead = thisYear + 1;
    assertThatThrownBy(
            () -> download(longer.grant().getId(), ProofPeriod.interim(ahead), ReportFormat.XLSX))
        .isInstanceOf(BusinessRuleViolation.class)
        .hasFieldOrPropertyWithValue("messageKey", "proofofuse.year.outside");
    assertThatThrownBy(
            () -> download(funded.grantId(), ProofPeriod.interim(2023), ReportFormat.PDF))
        .isInstanceOf(BusinessRuleViolation.class)
        .hasFieldOrPropertyWithValue("messageKey", "proofofuse.year.outside");
    // A malformed period is refused with a message, not a number format error.
    assertThatThrownBy(() -> ProofPeriod.ofKey("20x4"))
        .isInstanceOf(BusinessRuleViolation.class)
        .hasFieldOrPropertyWithValue("messageKey", "proofofuse.period.invalid");
  }

  private long count(String table, long grantId) throws Exception {
    return probe.number("SELECT COUNT(*) FROM " + table + " WHERE grant_id = " + grantId);
  }
}
