package de.smartcity.portfolio.it;

import static de.smartcity.portfolio.it.ReadBack.euros;
import static de.smartcity.portfolio.it.ReadBack.german;
import static de.smartcity.portfolio.it.ReadBack.germanPercent;
import static de.smartcity.portfolio.it.ReadBack.pdfText;
import static de.smartcity.portfolio.it.ReadBack.percent;
import static de.smartcity.portfolio.it.ReadBack.row;
import static org.assertj.core.api.Assertions.assertThat;

import de.smartcity.portfolio.application.Download;
import de.smartcity.portfolio.application.ReportService;
import de.smartcity.portfolio.domain.model.proofofuse.ProofPeriod;
import de.smartcity.portfolio.it.FundedScenario.Funded;
import de.smartcity.portfolio.reports.ReportFormat;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Finance downloads each finance report of a grant set up with hand-made figures (see {@link
 * FundedScenario}) and checks them to the cent: workbooks with their formulas evaluated, PDFs by
 * their text.
 */
@ExtendWith(ArquillianExtension.class)
class FinanceReportsIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.suite();
  }

  @Inject ReportService reports;
  @Inject FundedScenario scenario;
  @Inject de.smartcity.portfolio.application.ProjectService projects;
  @Inject de.smartcity.portfolio.application.FundingService funding;

  private static BigDecimal eur(String amount) {
    return new BigDecimal(amount);
  }

  /** A share in percent, worked out here with commercial rounding, independent of the product. */
  private static BigDecimal share(BigDecimal part, BigDecimal whole) {
    return part.multiply(BigDecimal.valueOf(100)).divide(whole, 2, RoundingMode.HALF_UP);
  }

  private Download download(long grantId, ProofPeriod period, ReportFormat format)
      throws Exception {
    return As.finance(() -> reports.proofOfUse(grantId, period, format, Locale.GERMAN));
  }

  // Final proof: receipts 1,234.57 + 2,000.01 + 333.33 = 3,567.91, eligible 1,234.57 + 1,800.00
  // + 333.33 = 3,367.90; 65 % of 3,367.90 = 2,189.135 -> 2,189.14 (half up at the cent) is the
  // grant's share; received so far only the first call's 1,000.00 (15.03.2024), which II.1 states
  // as this grant: 1,189.14 under-paid. Third parties 500.00; own share 3,567.91 - 1,000.00 -
  // 500.00 = 2,067.91, so income = expenditure = 3,567.91. Own share of the eligible costs:
  // 3,367.90 - 1,000.00 - 500.00 = 1,867.90 = 55.4619 % -> 55.46 %.
  private static final BigDecimal ACTUAL = eur("3567.91");
  private static final BigDecimal ELIGIBLE = eur("3367.90");
  private static final BigDecimal GRANT_SHARE = eur("2189.14");
  private static final BigDecimal RECEIVED = eur("1000.00");
  private static final BigDecimal THIRD_PARTY = eur("500.00");
  private static final BigDecimal OWN_SHARE = eur("2067.91");

  /** "Bisher ausgezahlt" of a final proof is as of its date, today in Bochum. */
  private static String paidOutToday() {
    return "Bisher ausgezahlt (Stand "
        + CityDay.today().format(DateTimeFormatter.ofPattern("dd.MM.yyyy"))
        + ")";
  }

  @Test
  void shouldStateTheFinalProofToTheCentInTheWorkbook() throws Exception {
    Funded funded = scenario.create();

    Download file = download(funded.grantId(), ProofPeriod.FINAL, ReportFormat.XLSX);

    assertThat(file.fileName())
        .startsWith("Verwendungsnachweis_" + funded.grant().getReference() + "_")
        .endsWith(".xlsx");
    try (XSSFWorkbook workbook = ReadBack.workbook(file.content())) {
      Sheet overview = workbook.getSheet("Übersicht");
      assertThat(euros(row(overview, "Bewilligt insgesamt").getCell(2))).isEqualTo(eur("13000.00"));
      assertThat(euros(row(overview, paidOutToday()).getCell(2))).isEqualTo(RECEIVED);

      Sheet income = workbook.getSheet("II.1 Einnahmen");
      Row own = row(income, "Eigenanteil");
      Row third = row(income, "Leistungen Dritter (ohne öffentliche Förderung)");
      Row grant = row(income, "Diese Zuwendung");
      Row total = row(income, "Summe");
      // Plan: 6,000 + 1,000 + 13,000 = 20,000.00, shares 30 %, 5 %, 65 %.
      assertThat(euros(own.getCell(1))).isEqualTo(eur("6000.00"));
      assertThat(percent(own.getCell(2))).isEqualTo(eur("30.00"));
      assertThat(euros(grant.getCell(1))).isEqualTo(eur("13000.00"));
      assertThat(percent(grant.getCell(2))).isEqualTo(eur("65.00"));
      assertThat(euros(total.getCell(1))).isEqualTo(eur("20000.00"));
      assertThat(euros(own.getCell(3))).isEqualTo(OWN_SHARE);
      assertThat(percent(own.getCell(4))).isEqualTo(share(OWN_SHARE, ACTUAL));
      assertThat(euros(third.getCell(3))).isEqualTo(THIRD_PARTY);
      assertThat(percent(third.getCell(4))).isEqualTo(share(THIRD_PARTY, ACTUAL));
      assertThat(euros(grant.getCell(3))).isEqualTo(RECEIVED);
      assertThat(percent(grant.getCell(4))).isEqualTo(share(RECEIVED, ACTUAL));
      assertThat(total.getCell(3).getCellType()).isEqualTo(CellType.FORMULA);
      assertThat(euros(total.getCell(3))).isEqualTo(ACTUAL);
      assertThat(percent(total.getCell(4))).isEqualTo(eur("100.00"));
      Row receivedLine =
          row(income, "Diese Zuwendung lt. Abrechnung: ausgezahlt bis " + todayText());
      assertThat(euros(receivedLine.getCell(3))).isEqualTo(RECEIVED);
      Row shareLine =
          row(
              income,
              "Zuwendungsanteil: 65,00 % der zuwendungsfähigen Ausgaben, höchstens die bewilligte"
                  + " Zuwendung");
      assertThat(euros(shareLine.getCell(3))).isEqualTo(GRANT_SHARE);
      assertThat(amount(income, UNDERPAID, 3)).isEqualTo(eur("1189.14"));
      Row check = row(income, CHECK_LINE);
      assertThat(euros(check.getCell(3))).isEqualTo(eur("1867.90"));
      assertThat(percent(check.getCell(4))).isEqualTo(eur("55.46"));

      Sheet expenditure = workbook.getSheet("II.2 Ausgaben");
      Row investments = row(expenditure, "Investitionen");
      assertThat(euros(investments.getCell(1))).isEqualTo(eur("4000.00"));
      assertThat(euros(investments.getCell(2))).isEqualTo(eur("3500.00"));
      assertThat(euros(investments.getCell(3))).isEqualTo(eur("2000.01"));
      assertThat(euros(investments.getCell(4))).isEqualTo(eur("1800.00"));
      Row sum = row(expenditure, "Summe");
      assertThat(euros(sum.getCell(1))).isEqualTo(eur("20000.00"));
      assertThat(euros(sum.getCell(2))).isEqualTo(eur("18500.00"));
      assertThat(euros(sum.getCell(3))).isEqualTo(ACTUAL);
      assertThat(euros(sum.getCell(4))).isEqualTo(ELIGIBLE);
      // 3,567.91 - 3,367.90 = 200.01 paid but not eligible (the sensors' 2,000.01 - 1,800.00)
      Row notEligible =
          row(expenditure, "Nicht zuwendungsfähig (insgesamt abzüglich zuwendungsfähig)");
      assertThat(euros(notEligible.getCell(3))).isEqualTo(eur("200.01"));

      Sheet receipts = workbook.getSheet("Belegliste");
      assertThat(receipts.getRow(3).getCell(2).getStringCellValue())
          .isEqualTo(FundedScenario.EVIL_PAYEE);
      assertThat(receipts.getRow(3).getCell(2).getCellType()).isEqualTo(CellType.STRING);
      // the project each receipt is booked to, beside its receipt number
      assertThat(receipts.getRow(3).getCell(5).getStringCellValue())
          .isEqualTo(funded.project().getCode());
      Row receiptTotal = row(receipts, "Summe");
      assertThat(receiptTotal.getRowNum()).isEqualTo(5);
      assertThat(euros(receiptTotal.getCell(7))).isEqualTo(ACTUAL);
      assertThat(euros(receiptTotal.getCell(8))).isEqualTo(ELIGIBLE);
    }
  }

  @Test
  void shouldStateTheFinalProofToTheCentInThePdf() throws Exception {
    Funded funded = scenario.create();

    String text =
        pdfText(download(funded.grantId(), ProofPeriod.FINAL, ReportFormat.PDF).content());

    assertThat(text)
        .containsSubsequence(
            "Verwendungsnachweis",
            "I. Sachbericht",
            "II.1 Einnahmen",
            "II.2 Ausgaben",
            "Belegliste",
            "Ort, Datum")
        .contains(
            "Bewilligt insgesamt " + german(eur("13000.00")),
            paidOutToday() + " " + german(RECEIVED),
            "Diese Zuwendung "
                + german(eur("13000.00"))
                + " 65,00 % "
                + german(RECEIVED)
                + " "
                + germanPercent(share(RECEIVED, ACTUAL)),
            "Diese Zuwendung lt. Abrechnung: ausgezahlt bis " + todayText() + " 1.000,00 €",
            "Unterzahlung (weniger ausgezahlt als der Zuwendungsanteil) 1.189,14 €",
            "1.867,90 € 55,46 %",
            "Eigenanteil "
                + german(eur("6000.00"))
                + " 30,00 % "
                + german(OWN_SHARE)
                + " "
                + germanPercent(share(OWN_SHARE, ACTUAL)),
            "Investitionen 4.000,00 € 3.500,00 € 2.000,01 € 1.800,00 €",
            german(ACTUAL) + " " + german(ELIGIBLE),
            // printed as text (the cell wraps it, so only its start is compared)
            "=HYPERLINK(\"http://evil.example\"");
  }

  // Interim proof 2024: receipts 1,234.57 + 2,000.01 = 3,234.58, eligible 3,034.57; 65 % of
  // 3,034.57 = 1,972.4705 -> 1,972.47 the grant's share; received in 2024 1,000.00 (this grant's
  // line); third parties 500.00 x 3,234.58 / 3,567.91 = 453.2902... -> 453.29; own share 3,234.58
  // - 1,000.00 - 453.29 = 1,781.29. Plan of 2024: 10,000.00 of 20,000.00 costs, so half the
  // finance plan: 3,000.00 / 500.00 / 6,500.00.
  @Test
  void shouldStateOnlyTheFiguresOfItsYearInTheInterimProof() throws Exception {
    Funded funded = scenario.create();
    BigDecimal actual2024 = eur("3234.58");

    Download file = download(funded.grantId(), ProofPeriod.interim(2024), ReportFormat.XLSX);

    assertThat(file.fileName())
        .startsWith("Zwischennachweis_" + funded.grant().getReference() + "_2024_");
    try (XSSFWorkbook workbook = ReadBack.workbook(file.content())) {
      assertThat(workbook.getSheet("Übersicht").getRow(0).getCell(0).getStringCellValue())
          .isEqualTo("Zwischennachweis für das Haushaltsjahr 2024");
      Sheet income = workbook.getSheet("II.1 Einnahmen");
      assertThat(euros(row(income, "Eigenanteil").getCell(1))).isEqualTo(eur("3000.00"));
      assertThat(euros(row(income, "Diese Zuwendung").getCell(1))).isEqualTo(eur("6500.00"));
      assertThat(euros(row(income, "Summe").getCell(1))).isEqualTo(eur("10000.00"));
      assertThat(euros(row(income, "Diese Zuwendung").getCell(3))).isEqualTo(eur("1000.00"));
      assertThat(percent(row(income, "Diese Zuwendung").getCell(4)))
          .isEqualTo(share(eur("1000.00"), actual2024));
      assertThat(euros(row(income, "Leistungen Dritter (ohne öffentliche Förderung)").getCell(3)))
          .isEqualTo(eur("453.29"));
      assertThat(euros(row(income, "Eigenanteil").getCell(3))).isEqualTo(eur("1781.29"));
      assertThat(euros(row(income, "Summe").getCell(3))).isEqualTo(actual2024);

      Sheet expenditure = workbook.getSheet("II.2 Ausgaben");
      assertThat(euros(row(expenditure, "Sachausgaben").getCell(1))).isEqualTo(eur("0.00"));
      assertThat(euros(row(expenditure, "Sachausgaben").getCell(3))).isEqualTo(eur("0.00"));
      assertThat(euros(row(expenditure, "Summe").getCell(1))).isEqualTo(eur("10000.00"));
      assertThat(euros(row(expenditure, "Summe").getCell(2))).isEqualTo(eur("9500.00"));
      assertThat(euros(row(expenditure, "Summe").getCell(3))).isEqualTo(actual2024);
      assertThat(euros(row(expenditure, "Summe").getCell(4))).isEqualTo(eur("3034.57"));

      Row receiptTotal = row(workbook.getSheet("Belegliste"), "Summe");
      assertThat(receiptTotal.getRowNum()).isEqualTo(4);
      assertThat(euros(receiptTotal.getCell(7))).isEqualTo(actual2024);
    }
    String pdf =
        pdfText(download(funded.grantId(), ProofPeriod.interim(2024), ReportFormat.PDF).content());
    assertThat(pdf)
        .contains(
            "Zwischennachweis für das Haushaltsjahr 2024",
            "Diese Zuwendung 6.500,00 € 65,00 % 1.000,00 € "
                + germanPercent(share(eur("1000.00"), actual2024)))
        .doesNotContain("Druckerei Bochum");
  }

  // The second call (1,170.00 of 01.06.2024) is paid out on 20.01.2025, after the end of 2024:
  // - interim 2024: this grant = 1,000.00 received in 2024; paid out as of 31.12.2024 1,000.00;
  //   share 1,972.47 (see above), so 972.47 under-paid; own share of the eligible costs 3,034.57
  //   - 1,000.00 - 453.29 = 1,581.28 = 52.1089 % -> 52.11 %.
  // - interim 2025: receipts 333.33 (eligible 333.33), share 65 % = 216.6645 -> 216.66; received in
  //   2025 1,170.00, so 953.34 over-paid; third parties 500.00 x 333.33 / 3,567.91 = 46.7122 ->
  //   46.71; own share 333.33 - 1,170.00 - 46.71 = -883.38 (the year received more than it spent);
  //   paid out as of 31.12.2025 1,000.00 + 1,170.00 = 2,170.00.
  // - final: this grant = 2,170.00, share 2,189.14, so 19.14 under-paid; own share 3,567.91 -
  //   2,170.00 - 500.00 = 897.91.
  @Test
  void shouldCountAPayoutInThePeriodItArrivedIn() throws Exception {
    Funded funded = scenario.create();
    As.finance(
        () ->
            funding.recordPayment(
                funded.secondCall().getId(),
                funded.secondCall().getVersion(),
                new BigDecimal("1170.00"),
                LocalDate.of(2025, 1, 20)));

    try (XSSFWorkbook y2024 = interim(funded, 2024)) {
      Sheet income = y2024.getSheet("II.1 Einnahmen");
      assertThat(amount(y2024.getSheet("Übersicht"), "Bisher ausgezahlt (Stand 31.12.2024)", 2))
          .isEqualTo(eur("1000.00"));
      assertThat(amount(income, "Diese Zuwendung", 3)).isEqualTo(eur("1000.00"));
      assertThat(
              amount(
                  income,
                  "Diese Zuwendung lt. Abrechnung: ausgezahlt vom 01.01.2024 bis 31.12.2024",
                  3))
          .isEqualTo(eur("1000.00"));
      assertThat(amount(income, UNDERPAID, 3)).isEqualTo(eur("972.47"));
      assertThat(amount(income, CHECK_LINE, 3)).isEqualTo(eur("1581.28"));
      assertThat(percent(row(income, CHECK_LINE).getCell(4))).isEqualTo(eur("52.11"));
    }
    try (XSSFWorkbook y2025 = interim(funded, 2025)) {
      Sheet income = y2025.getSheet("II.1 Einnahmen");
      assertThat(amount(y2025.getSheet("Übersicht"), "Bisher ausgezahlt (Stand 31.12.2025)", 2))
          .isEqualTo(eur("2170.00"));
      assertThat(amount(income, "Diese Zuwendung", 3)).isEqualTo(eur("1170.00"));
      assertThat(amount(income, "Eigenanteil", 3)).isEqualTo(eur("-883.38"));
      assertThat(amount(income, "Summe", 3)).isEqualTo(eur("333.33"));
      assertThat(amount(income, "Überzahlung (mehr ausgezahlt als der Zuwendungsanteil)", 3))
          .isEqualTo(eur("953.34"));
    }
    String finalProof =
        pdfText(download(funded.grantId(), ProofPeriod.FINAL, ReportFormat.PDF).content());
    assertThat(finalProof)
        .contains(
            paidOutToday() + " 2.170,00 €",
            "Diese Zuwendung 13.000,00 € 65,00 % 2.170,00 €",
            "Eigenanteil 6.000,00 € 30,00 % 897,91 €",
            "Unterzahlung (weniger ausgezahlt als der Zuwendungsanteil) 19,14 €");
  }

  private static final String UNDERPAID =
      "Unterzahlung (weniger ausgezahlt als der Zuwendungsanteil)";

  private XSSFWorkbook interim(Funded funded, int year) throws Exception {
    return ReadBack.workbook(
        download(funded.grantId(), ProofPeriod.interim(year), ReportFormat.XLSX).content());
  }

  /** The amount in a column of the row with the label. */
  private static BigDecimal amount(Sheet sheet, String label, int column) {
    return euros(row(sheet, label).getCell(column));
  }

  private static final String CHECK_LINE =
      "Prüfzeile: Eigenanteil an den zuwendungsfähigen Ausgaben (ohne diese Zuwendung und die"
          + " übrigen Einnahmen)";

  private static String todayText() {
    return CityDay.today().format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
  }

  // Second call on 01.06.2024, window of 42 days to 13.07.2024: the receipt of 20.06.2024 falls
  // due in it, eligible 1,800.00; 65 % = 1,170.00, as requested. Called before 1,000.00, after
  // 2,170.00, remaining 13,000.00 - 2,170.00 = 10,830.00.
  @Test
  void shouldJustifyACallForFundsByThePaymentsDueInItsWindow() throws Exception {
    Funded funded = scenario.create();

    Download file =
        As.finance(
            () ->
                reports.callForFunds(
                    funded.secondCall().getId(), ReportFormat.XLSX, Locale.GERMAN));

    assertThat(file.fileName())
        .isEqualTo("Mittelabruf_" + funded.grant().getReference() + "_Nr2_2024-06-01.xlsx");
    try (XSSFWorkbook workbook = ReadBack.workbook(file.content())) {
      Sheet summary = workbook.getSheet("Mittelabruf");
      assertThat(euros(row(summary, "Zuwendungsfähige Ausgaben, fällig im Zeitraum").getCell(1)))
          .isEqualTo(eur("1800.00"));
      assertThat(euros(row(summary, "Durch die fälligen Zahlungen begründet").getCell(1)))
          .isEqualTo(eur("1170.00"));
      assertThat(euros(row(summary, "Angeforderter Betrag").getCell(1))).isEqualTo(eur("1170.00"));
      assertThat(euros(row(summary, "Bewilligte Zuwendung").getCell(1))).isEqualTo(eur("13000.00"));
      assertThat(euros(row(summary, "Bisher abgerufen").getCell(1))).isEqualTo(eur("1000.00"));
      assertThat(euros(row(summary, "Abgerufen einschließlich dieses Abrufs").getCell(1)))
          .isEqualTo(eur("2170.00"));
      assertThat(euros(row(summary, "Verbleibende Mittel").getCell(1))).isEqualTo(eur("10830.00"));
      Sheet payments = workbook.getSheet("Fällige Zahlungen");
      assertThat(payments.getRow(2).getCell(2).getStringCellValue())
          .isEqualTo(FundedScenario.EVIL_PAYEE);
      assertThat(euros(row(payments, "Summe").getCell(5))).isEqualTo(eur("2000.01"));
    }
  }

  // First call on 01.03.2024 asks 1,000.00; it covers the payments from the grant's start up to
  // the call plus the window (12.04.2024): the receipt of 10.03.2024 (eligible 1,234.57),
  // 65 % = 802.4705 -> 802.47 justified, 197.53 asked beyond it.
  @Test
  void shouldShowACallAskingMoreThanItsPaymentsJustifyInThePdf() throws Exception {
    Funded funded = scenario.create();

    String text =
        pdfText(
            As.finance(
                    () ->
                        reports.callForFunds(
                            funded.firstCall().getId(), ReportFormat.PDF, Locale.GERMAN))
                .content());

    assertThat(text)
        .contains(
            "Mittelabruf Nr. 1",
            "Zeitraum der fälligen Zahlungen 01.01.2024 bis 12.04.2024",
            "Durch die fälligen Zahlungen begründet 802,47 €",
            "Angeforderter Betrag 1.000,00 €",
            "Angefordert über den begründeten Betrag hinaus 197,53 €",
            "Bisher abgerufen 0,00 €",
            "Verbleibende Mittel 12.000,00 €",
            "Ruhr Personal GmbH");
  }

  // The project's plan 20,000.00, spent 3,567.91, remaining 16,432.09, 17.84 % spent.
  @Test
  void shouldFillTheProjectOnePagerForEveryRole() throws Exception {
    Funded funded = scenario.create();
    long projectId = funded.project().getId();

    Download file = As.council(() -> reports.projectSheet(projectId, Locale.GERMAN));

    assertThat(file.fileName())
        .startsWith("Projektsteckbrief_" + funded.project().getCode() + "_")
        .endsWith(".pdf");
    assertThat(ReadBack.pdfPages(file.content())).isEqualTo(1);
    assertThat(pdfText(file.content()))
        .contains(
            "Sensorik für den Finanzbericht",
            funded.project().getCode(),
            german(eur("20000.00"))
                + " "
                + german(ACTUAL)
                + " "
                + german(eur("16432.09"))
                + " "
                + germanPercent(share(ACTUAL, eur("20000.00"))),
            "Noch kein Statusbericht.");
    assertThat(As.projectManager(() -> reports.projectSheet(projectId, Locale.ENGLISH)).fileName())
        .startsWith("ProjectProfile_");
  }

  // The demo's INF-01 (read, never written): a typical project's one-pager keeps to one page and
  // shows its indicator against its target, its grant and its deputy's heading.
  @Test
  void shouldPutIndicatorsAndGrantOfATypicalProjectOnOnePage() throws Exception {
    long projectId = As.council(() -> projects.findProject("INF-01")).orElseThrow().id();

    byte[] pdf = As.council(() -> reports.projectSheet(projectId, Locale.GERMAN)).content();

    assertThat(ReadBack.pdfPages(pdf)).isEqualTo(1);
    assertThat(pdfText(pdf))
        .contains(
            "INF-01 – Bochum-App",
            "Kennzahl Ziel Ist",
            "Nutzungen pro Monat",
            "Vertretung",
            "Zuwendung",
            "Seite 1 von 1");
  }
}
