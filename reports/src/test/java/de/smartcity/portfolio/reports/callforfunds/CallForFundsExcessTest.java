package de.smartcity.portfolio.reports.callforfunds;

import static de.smartcity.portfolio.reports.testing.Workbooks.assertEuros;
import static de.smartcity.portfolio.reports.testing.Workbooks.cell;
import static de.smartcity.portfolio.reports.testing.Workbooks.text;
import static org.assertj.core.api.Assertions.assertThat;

import de.smartcity.portfolio.reports.testing.CallForFundsScenario;
import de.smartcity.portfolio.reports.testing.PdfText;
import de.smartcity.portfolio.reports.testing.Workbooks;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A call that asks for more than its payments due justify shows the difference, not a lie. */
class CallForFundsExcessTest {

  @Test
  void shouldShowWhatTheRequestExceedsInTheWorkbook() throws Exception {
    try (var workbook =
        Workbooks.open(
            new CallForFundsWorkbook()
                .render(CallForFundsScenario.thirdCallAskingTooMuch(), Locale.GERMAN))) {
      var summary = workbook.getSheet("Mittelabruf");
      assertThat(text(summary, "A12")).isEqualTo("Durch die fälligen Zahlungen begründet");
      assertEuros(summary, "B12", "802.47");
      assertThat(cell(summary, "B13").getNumericCellValue()).isEqualTo(1000.00);
      // 1,000.00 - 802.47
      assertEuros(summary, "B14", "197.53");
      assertEuros(summary, "B20", "13000.00");
      assertEuros(summary, "B21", "1885.00");
    }
  }

  @Test
  void shouldSaySoInThePdf() {
    String text =
        PdfText.all(
            new CallForFundsPdf()
                .render(CallForFundsScenario.thirdCallAskingTooMuch(), Locale.GERMAN));

    assertThat(text.replaceAll("\\s+", " "))
        .contains(
            "Durch die fälligen Zahlungen begründet 802,47 €",
            "Angeforderter Betrag 1.000,00 €",
            "Angefordert über den begründeten Betrag hinaus 197,53 €",
            "übersteigt den durch die fälligen Zahlungen begründeten Betrag um 197,53 €.");
  }

  @Test
  void shouldStateNoExcessForACoveredCall() {
    assertThat(CallForFundsScenario.thirdCall().excess()).isEqualByComparingTo("0.00");
    assertThat(
            PdfText.all(
                new CallForFundsPdf().render(CallForFundsScenario.thirdCall(), Locale.GERMAN)))
        .doesNotContain("übersteigt");
  }
}
