package de.smartcity.portfolio.it;

import static org.assertj.core.api.Assertions.assertThat;

import de.smartcity.portfolio.application.Download;
import de.smartcity.portfolio.application.FundingService;
import de.smartcity.portfolio.application.GrantTerms;
import de.smartcity.portfolio.application.ProofOfUseService;
import de.smartcity.portfolio.application.ReportService;
import de.smartcity.portfolio.domain.model.funding.FundsCall;
import de.smartcity.portfolio.domain.model.funding.Grant;
import de.smartcity.portfolio.domain.model.funding.GrantComponent;
import de.smartcity.portfolio.domain.model.funding.GrantFigures;
import de.smartcity.portfolio.domain.model.proofofuse.ProofPeriod;
import de.smartcity.portfolio.reports.ReportFormat;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The proof of use of the demo grant, filled from the domain, reconciles with its figures. */
@ExtendWith({ArquillianExtension.class, InServerAsEverything.class})
class ProofOfUseIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.suite();
  }

  private static final String DEMO_B = "MPSC-R3-B-BOCHUM";

  @Inject ReportService reports;
  @Inject FundingService funding;
  @Inject ProofOfUseService proofs;
  @Inject PersistenceProbe probe;

  /** The demo's component B grant, found by its reference. */
  private Grant componentB() {
    return funding.grants().stream()
        .filter(g -> DEMO_B.equals(g.getReference()))
        .findFirst()
        .orElseThrow();
  }

  /** The demo grants, by reference; read only. */
  private static final List<String> DEMO_GRANTS = List.of("MPSC-R3-A-BOCHUM", DEMO_B);

  private Grant byReference(String reference) {
    return funding.grants().stream()
        .filter(g -> reference.equals(g.getReference()))
        .findFirst()
        .orElseThrow();
  }

  /** What arrived on the calls from {@code first} to {@code last}, added up here from the calls. */
  private static BigDecimal paidOut(List<FundsCall> calls, LocalDate first, LocalDate last) {
    return calls.stream()
        .filter(call -> call.getReceivedOn().isPresent())
        .filter(call -> !call.getReceivedOn().get().isBefore(first))
        .filter(call -> !call.getReceivedOn().get().isAfter(last))
        .map(call -> call.getReceived().amount())
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /**
   * Over every demo grant and every period its proof page offers (the final proof and each budget
   * year of the funding period up to this one): II.1's actual total is II.2's, this grant's actual
   * line is the money received in the period (the payouts of the budget year for an interim proof,
   * every payout so far for the final proof), and "Bisher ausgezahlt" is every payout up to the
   * period's end. It holds over whatever calls and payouts the demo data has.
   */
  @Test
  void shouldAgreeWithItselfForEveryDemoGrantAndPeriod() throws Exception {
    LocalDate today = CityDay.today();
    for (String reference : DEMO_GRANTS) {
      Grant grant = byReference(reference);
      List<FundsCall> calls = funding.calls(grant.getId());
      List<ProofPeriod> periods = new ArrayList<>(List.of(ProofPeriod.FINAL));
      proofs.budgetYears(grant.getId()).forEach(year -> periods.add(ProofPeriod.interim(year)));
      for (ProofPeriod period : periods) {
        LocalDate first = period.year().map(year -> LocalDate.of(year, 1, 1)).orElse(LocalDate.MIN);
        LocalDate end = period.year().map(year -> LocalDate.of(year, 12, 31)).orElse(today);
        LocalDate last = end.isBefore(today) ? end : today;
        String what = reference + " " + period.key();

        Download file = reports.proofOfUse(grant.getId(), period, ReportFormat.XLSX, Locale.GERMAN);

        try (XSSFWorkbook workbook = ReadBack.workbook(file.content())) {
          Sheet income = workbook.getSheet("II.1 Einnahmen");
          Sheet expenditure = workbook.getSheet("II.2 Ausgaben");
          assertThat(ReadBack.euros(ReadBack.row(income, "Summe").getCell(3)))
              .as(what)
              .isEqualByComparingTo(ReadBack.euros(ReadBack.row(expenditure, "Summe").getCell(3)));
          assertThat(ReadBack.euros(ReadBack.row(income, "Diese Zuwendung").getCell(3)))
              .as(what)
              .isEqualByComparingTo(paidOut(calls, first, last));
          String asOf = last.format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
          Row paid =
              ReadBack.row(
                  workbook.getSheet("Übersicht"), "Bisher ausgezahlt (Stand " + asOf + ")");
          assertThat(ReadBack.euros(paid.getCell(2)))
              .as(what)
              .isEqualByComparingTo(paidOut(calls, LocalDate.MIN, last));
        }
      }
    }
  }

  private static BigDecimal cents(double value) {
    return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
  }

  @Test
  void shouldListEveryReceiptOfTheGrantAndReconcileWithItsFigures() throws Exception {
    Grant grant = componentB();
    GrantFigures figures = funding.figures(grant.getId());
    long receipts = probe.number("SELECT COUNT(*) FROM receipt WHERE grant_id = " + grant.getId());

    Download file = reports.proofOfUse(grant.getId(), ReportFormat.XLSX, Locale.GERMAN);

    assertThat(file.fileName())
        .startsWith("Verwendungsnachweis_MPSC-R3-B-BOCHUM_")
        .endsWith(".xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.content()))) {
      FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
      Sheet list = workbook.getSheet("Belegliste");
      assertThat(list.getLastRowNum()).isEqualTo((int) receipts + 2);
      var total = list.getRow((int) receipts + 2).getCell(7);
      assertThat(cents(evaluator.evaluate(total).getNumberValue()))
          .isEqualByComparingTo(figures.actualCosts().amount());
      var eligible = list.getRow((int) receipts + 2).getCell(8);
      assertThat(cents(evaluator.evaluate(eligible).getNumberValue()))
          .isEqualByComparingTo(figures.eligibleCosts().amount());
    }
  }

  @Test
  void shouldTakeTheCommitmentAsTheOnlyNoticeOfAGrantWithoutFurtherNotices() throws Exception {
    String reference = ProjectScenario.code("POU");
    Grant fresh =
        funding.registerGrant(
            new GrantTerms(
                "Modellprojekte Smart Cities",
                "436",
                GrantComponent.A,
                reference,
                LocalDate.of(2024, 2, 1),
                new BigDecimal("1000.00"),
                BigDecimal.valueOf(65),
                new BigDecimal("650.00"),
                LocalDate.of(2024, 2, 1),
                LocalDate.of(2025, 1, 31),
                null,
                null,
                42));

    Download file = reports.proofOfUse(fresh.getId(), ReportFormat.XLSX, Locale.GERMAN);

    // The overview lists the notices under "Datum | Aktenzeichen | Betrag": here only the
    // commitment of 1 February 2024 over 650.00, so "Bewilligt insgesamt" is 650.00 as well.
    try (XSSFWorkbook workbook = ReadBack.workbook(file.content())) {
      Sheet overview = workbook.getSheet("Übersicht");
      Row header = ReadBack.row(overview, "Datum");
      Row notice = overview.getRow(header.getRowNum() + 1);
      assertThat(notice.getCell(0).getLocalDateTimeCellValue().toLocalDate())
          .isEqualTo(LocalDate.of(2024, 2, 1));
      assertThat(notice.getCell(1).getStringCellValue()).isEqualTo(reference);
      assertThat(ReadBack.euros(notice.getCell(2))).isEqualByComparingTo("650.00");
      Row total = overview.getRow(header.getRowNum() + 2);
      assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Bewilligt insgesamt");
      assertThat(ReadBack.euros(total.getCell(2))).isEqualByComparingTo("650.00");
    }
  }

  @Test
  void shouldWriteTheProofOfUseAsAPdfToo() throws Exception {
    Grant grant = componentB();
    GrantFigures figures = funding.figures(grant.getId());

    Download file = reports.proofOfUse(grant.getId(), ReportFormat.PDF, Locale.GERMAN);

    assertThat(file.mediaType()).isEqualTo("application/pdf");
    // What a reader checks first: whose proof it is and that its receipt total is the grant's
    // actual costs, written the German way (1.234,56).
    String text = ReadBack.pdfText(file.content());
    assertThat(text)
        .contains(DEMO_B)
        .contains(ReadBack.german(figures.actualCosts().amount()).replace(" €", ""));
  }
}
