package de.smartcity.portfolio.reports.callforfunds;

import static de.smartcity.portfolio.reports.testing.Workbooks.assertEuros;
import static de.smartcity.portfolio.reports.testing.Workbooks.cell;
import static de.smartcity.portfolio.reports.testing.Workbooks.text;
import static org.assertj.core.api.Assertions.assertThat;

import de.smartcity.portfolio.reports.testing.CallForFundsScenario;
import de.smartcity.portfolio.reports.testing.Workbooks;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CallForFundsWorkbookTest {

  private final CallForFundsWorkbook generator = new CallForFundsWorkbook();

  @Test
  void shouldComputeTheRequestedAmountFromThePaymentsDue() throws Exception {
    try (var workbook =
        Workbooks.open(generator.render(CallForFundsScenario.thirdCall(), Locale.GERMAN))) {
      var summary = workbook.getSheet("Mittelabruf");
      assertThat(text(summary, "A1")).isEqualTo("Mittelabruf Nr. 3");
      assertThat(text(summary, "B7")).isEqualTo("01.04.2025 bis 12.05.2025");
      assertEuros(summary, "B10", "1234.57");
      assertThat(cell(summary, "B11").getNumericCellValue()).isEqualTo(0.65);
      // 65 % of 1,234.57 is 802.4705.
      assertThat(cell(summary, "B12").getCellFormula()).isEqualTo("ROUND(B10*B11,2)");
      assertEuros(summary, "B12", "802.47");
      assertThat(text(summary, "A13")).isEqualTo("Angeforderter Betrag");
      assertThat(cell(summary, "B13").getNumericCellValue()).isEqualTo(802.47);
      assertThat(cell(summary, "B14").getCellFormula()).isEqualTo("B13-B12");
      assertEuros(summary, "B14", "0.00");
    }
  }

  @Test
  void shouldShowCalledSoFarAgainstApprovedAndWhatRemains() throws Exception {
    try (var workbook =
        Workbooks.open(generator.render(CallForFundsScenario.thirdCall(), Locale.GERMAN))) {
      var summary = workbook.getSheet("Mittelabruf");
      assertThat(cell(summary, "B17").getNumericCellValue()).isEqualTo(14885.00);
      assertThat(cell(summary, "B18").getNumericCellValue()).isEqualTo(12000.00);
      assertEuros(summary, "B19", "802.47");
      assertEuros(summary, "B20", "12802.47");
      assertThat(text(summary, "A21")).isEqualTo("Verbleibende Mittel");
      assertEuros(summary, "B21", "2082.53");
    }
  }

  @Test
  void shouldListThePaymentsDueInDateOrderWithTheirTotals() throws Exception {
    try (var workbook =
        Workbooks.open(generator.render(CallForFundsScenario.thirdCall(), Locale.GERMAN))) {
      var payments = workbook.getSheet("Fällige Zahlungen");
      assertThat(cell(payments, "B3").getLocalDateTimeCellValue().toLocalDate())
          .isEqualTo(LocalDate.of(2025, 4, 3));
      assertThat(text(payments, "C4")).isEqualTo("Stadtwerke Bochum GmbH");
      assertEuros(payments, "F6", "1384.57");
      assertEuros(payments, "G6", "1234.57");
      assertThat(payments.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
      assertThat(payments.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A2:G5");
    }
  }

  @Test
  void shouldListAnEarlierPayoutUnspentPastItsWindowBelowTheBalance() throws Exception {
    try (var workbook =
        Workbooks.open(
            generator.render(CallForFundsScenario.thirdCallWithAnOverduePayout(), Locale.GERMAN))) {
      var summary = workbook.getSheet("Mittelabruf");
      // the balance ends in row 21; a blank row, the heading, then one line per payout
      assertThat(text(summary, "A23")).isEqualTo("Nicht fristgerecht verausgabte Auszahlungen");
      // money is written with a no-break space before the euro sign
      assertThat(text(summary, "A24").replace('\u00a0', ' '))
          .isEqualTo(
              "Auszahlung über 5.000,00 € am 03.02.2025: Verwendungsfrist bis 17.03.2025"
                  + " abgelaufen, davon noch nicht verausgabt 1.234,56 € (seit 15 Tagen).");
      assertThat(cell(summary, "B24").getNumericCellValue()).isEqualTo(1234.56);
    }
  }

  @Test
  void shouldRoundAHalfCentUpAsTheRecordDoes() throws Exception {
    try (var workbook =
        Workbooks.open(generator.render(CallForFundsScenario.firstCall(), Locale.GERMAN))) {
      // 65 % of 100.10 is 65.065: half up gives 65.07, half even would give 65.06.
      assertEuros(workbook.getSheet("Mittelabruf"), "B12", "65.07");
      assertEuros(workbook.getSheet("Mittelabruf"), "B21", "934.93");
    }
  }
}
