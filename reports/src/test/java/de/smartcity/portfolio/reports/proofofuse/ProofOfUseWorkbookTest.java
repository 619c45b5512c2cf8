package de.smartcity.portfolio.reports.proofofuse;

import static de.smartcity.portfolio.reports.testing.ProofOfUseScenario.EVIL_PAYEE;
import static de.smartcity.portfolio.reports.testing.Workbooks.assertEuros;
import static de.smartcity.portfolio.reports.testing.Workbooks.assertPercent;
import static de.smartcity.portfolio.reports.testing.Workbooks.cell;
import static de.smartcity.portfolio.reports.testing.Workbooks.text;
import static org.assertj.core.api.Assertions.assertThat;

import de.smartcity.portfolio.reports.testing.ProofOfUseScenario;
import de.smartcity.portfolio.reports.testing.Workbooks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Locale;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProofOfUseWorkbookTest {

  private XSSFWorkbook workbook;

  @BeforeEach
  void writeTheScenario() {
    workbook =
        Workbooks.open(
            new ProofOfUseWorkbook().render(ProofOfUseScenario.finalProof(), Locale.GERMAN));
  }

  @AfterEach
  void close() throws Exception {
    workbook.close();
  }

  @Test
  void shouldHaveASheetPerPartOfTheForm() {
    assertThat(workbook)
        .extracting(Sheet::getSheetName)
        .containsExactly(
            "Übersicht", "I. Sachbericht", "II.1 Einnahmen", "II.2 Ausgaben", "Belegliste");
  }

  @Test
  void shouldSumTheGrantNoticesToTheTotalApproved() {
    Sheet overview = workbook.getSheet("Übersicht");
    assertThat(text(overview, "A1")).isEqualTo("Verwendungsnachweis");
    assertThat(text(overview, "B5")).isEqualTo("436-B/2021/0815");
    assertThat(text(overview, "B9")).isEqualTo("436-B/2021/0815");
    assertThat(text(overview, "A11")).isEqualTo("Bewilligt insgesamt");
    assertEuros(overview, "C11", "14885.00");
    // Paid out as of the date of the final proof.
    assertThat(text(overview, "A12")).isEqualTo("Bisher ausgezahlt (Stand 31.03.2025)");
    assertThat(cell(overview, "C12").getNumericCellValue()).isEqualTo(12000.00);
  }

  @Test
  void shouldRecomputeTheReceiptTotalsToTheCent() {
    Sheet receipts = workbook.getSheet("Belegliste");
    assertThat(cell(receipts, "H7").getCellFormula()).isEqualTo("SUM(H3:H6)");
    assertEuros(receipts, "H7", "20000.00");
    assertEuros(receipts, "I7", "19850.01");
  }

  @Test
  void shouldListTheReceiptsInDateOrderWithGermanFormats() {
    Sheet receipts = workbook.getSheet("Belegliste");
    var dates = new ArrayList<LocalDate>();
    for (int row = 2; row <= 5; row++) {
      dates.add(receipts.getRow(row).getCell(1).getLocalDateTimeCellValue().toLocalDate());
    }
    assertThat(dates).isSorted().first().isEqualTo(LocalDate.of(2024, 1, 31));
    assertThat(text(receipts, "D4")).isEqualTo("Flyer Bürgerbeteiligung");
    assertThat(cell(receipts, "B3").getCellStyle().getDataFormatString()).isEqualTo("dd.mm.yyyy");
    assertThat(cell(receipts, "H3").getCellStyle().getDataFormatString())
        .isEqualTo("#,##0.00 \"€\"");
    assertThat(cell(receipts, "D3").getCellStyle().getWrapText()).isTrue();
  }

  @Test
  void shouldRoundIncomeSharesHalfUpAsTheRecordDoes() {
    Sheet income = workbook.getSheet("II.1 Einnahmen");
    assertThat(text(income, "B2")).isEqualTo("lt. Zuwendungsbescheid");
    assertThat(text(income, "D2")).isEqualTo("lt. Abrechnung");
    assertThat(text(income, "A7")).isEqualTo("Diese Zuwendung");
    assertEuros(income, "B8", "23000.00");
    assertEuros(income, "D8", "20000.00");
    assertPercent(income, "C4", "24.41");
    assertPercent(income, "C7", "64.72");
    // own share 20,000.00 - 2,469.00 - 12,000.00 received = 5,531.00: 27.655 % -> 27.66 %
    assertThat(cell(income, "D4").getNumericCellValue()).isEqualTo(5531.00);
    assertPercent(income, "E4", "27.66");
    // 2,469.00 of 20,000.00 is exactly 12.345 %: half up gives 12.35, half even would give 12.34.
    assertPercent(income, "E5", "12.35");
    assertPercent(income, "E6", "0.00");
    // this grant as received, 12,000.00 of 20,000.00
    assertThat(cell(income, "D7").getNumericCellValue()).isEqualTo(12000.00);
    assertPercent(income, "E7", "60.00");
    assertPercent(income, "C8", "100.00");
    assertPercent(income, "E8", "100.00");
    assertThat(cell(income, "E5").getCellStyle().getDataFormatString()).isEqualTo("0.00 %");
  }

  @Test
  void shouldSetTheGrantAsReceivedBesideItsShareOfTheEligibleCosts() {
    Sheet income = workbook.getSheet("II.1 Einnahmen");
    assertThat(text(income, "A10")).isEqualTo("Abgleich dieser Zuwendung");
    assertThat(text(income, "A11")).isEqualTo("Zuwendungsfähige Ausgaben lt. Abrechnung (II.2)");
    assertThat(cell(income, "D11").getNumericCellValue()).isEqualTo(19850.01);
    // 65 % of 19,850.01 = 12,902.5065 -> 12,902.51
    assertThat(text(income, "A12"))
        .isEqualTo(
            "Zuwendungsanteil: 65,00 % der zuwendungsfähigen Ausgaben, höchstens die bewilligte"
                + " Zuwendung");
    assertThat(cell(income, "D12").getNumericCellValue()).isEqualTo(12902.51);
    assertThat(text(income, "A13"))
        .isEqualTo("Diese Zuwendung lt. Abrechnung: ausgezahlt bis 31.03.2025");
    assertThat(cell(income, "D13").getCellFormula()).isEqualTo("D7");
    assertEuros(income, "D13", "12000.00");
    // 12,902.51 - 12,000.00 = 902.51 less paid out than the costs justify
    assertThat(text(income, "A14")).startsWith("Unterzahlung");
    assertEuros(income, "D14", "902.51");
    // 19,850.01 - 12,000.00 - 2,469.00 = 5,381.01; of 19,850.01: 27.1083 % -> 27.11 %
    assertThat(text(income, "A15"))
        .startsWith("Prüfzeile: Eigenanteil an den zuwendungsfähigen Ausgaben");
    assertThat(cell(income, "D15").getNumericCellValue()).isEqualTo(5381.01);
    assertPercent(income, "E15", "27.11");
  }

  @Test
  void shouldSumEachCostCategoryFromTheReceiptList() {
    Sheet expenditure = workbook.getSheet("II.2 Ausgaben");
    assertThat(text(expenditure, "A5")).isEqualTo("Sachausgaben");
    assertThat(cell(expenditure, "D5").getCellFormula()).startsWith("SUMIFS('Belegliste'!");
    assertEuros(expenditure, "D4", "18165.44");
    assertEuros(expenditure, "D5", "599.99");
    assertEuros(expenditure, "E5", "450.00");
    assertEuros(expenditure, "D6", "1234.57");
    assertEuros(expenditure, "B7", "23000.00");
    assertEuros(expenditure, "C7", "22900.00");
    assertEuros(expenditure, "D7", "20000.00");
    assertEuros(expenditure, "E7", "19850.01");
    // not eligible: plan 23,000.00 - 22,900.00 = 100.00; actual 20,000.00 - 19,850.01 = 149.99
    assertThat(text(expenditure, "A8"))
        .isEqualTo("Nicht zuwendungsfähig (insgesamt abzüglich zuwendungsfähig)");
    assertEuros(expenditure, "B8", "100.00");
    assertEuros(expenditure, "D8", "149.99");
  }

  @Test
  void shouldKeepAPayeeThatLooksLikeAFormulaAsText() {
    var payee = cell(workbook.getSheet("Belegliste"), "C3");
    assertThat(text(workbook.getSheet("Belegliste"), "C3")).isEqualTo(EVIL_PAYEE);
    assertThat(payee.getCellStyle().getQuotePrefixed()).isTrue();
  }

  @Test
  void shouldFreezeAndFilterTheReceiptList() {
    XSSFSheet receipts = workbook.getSheet("Belegliste");
    assertThat(receipts.getPaneInformation().isFreezePane()).isTrue();
    assertThat(receipts.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
    assertThat(receipts.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A2:I6");
  }

  @Test
  void shouldPrintEverySheetOnA4WithPageNumbers() {
    for (Sheet sheet : workbook) {
      PrintSetup print = sheet.getPrintSetup();
      assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
      assertThat(sheet.getFitToPage()).isTrue();
      assertThat(print.getFitWidth()).isEqualTo((short) 1);
      assertThat(print.getFitHeight()).isEqualTo((short) 0);
      assertThat(sheet.getFooter().getRight()).isEqualTo("Seite &P von &N");
      assertThat(sheet.getHeader().getLeft()).isEqualTo("Stadt Bochum – Smart City");
    }
    Sheet receipts = workbook.getSheet("Belegliste");
    assertThat(receipts.getPrintSetup().getLandscape()).isTrue();
    assertThat(receipts.getRepeatingRows().formatAsString()).isEqualTo("2:2");
  }

  @Test
  void shouldTitleAnInterimProofWithItsBudgetYear() throws Exception {
    byte[] bytes =
        new ProofOfUseWorkbook().render(ProofOfUseScenario.interimProof(), Locale.GERMAN);
    try (var interim = Workbooks.open(bytes)) {
      assertThat(text(interim.getSheet("Übersicht"), "A1"))
          .isEqualTo("Zwischennachweis für das Haushaltsjahr 2024");
      // paid out as of the year's end; the grant line counts the year's payouts only
      assertThat(text(interim.getSheet("Übersicht"), "A12"))
          .isEqualTo("Bisher ausgezahlt (Stand 31.12.2024)");
      assertThat(text(interim.getSheet("II.1 Einnahmen"), "A13"))
          .isEqualTo("Diese Zuwendung lt. Abrechnung: ausgezahlt vom 01.01.2024 bis 31.12.2024");
    }
  }

  @Test
  void shouldSpeakEnglishWhenAskedTo() throws Exception {
    byte[] bytes = new ProofOfUseWorkbook().render(ProofOfUseScenario.finalProof(), Locale.UK);
    try (var english = Workbooks.open(bytes)) {
      Sheet receipts = english.getSheet("Receipts");
      assertThat(text(receipts, "F2")).isEqualTo("Project");
      assertThat(text(receipts, "G2")).isEqualTo("Cost category");
      assertEuros(receipts, "H7", "20000.00");
      assertThat(receipts.getFooter().getRight()).isEqualTo("Page &P of &N");
    }
  }
}
