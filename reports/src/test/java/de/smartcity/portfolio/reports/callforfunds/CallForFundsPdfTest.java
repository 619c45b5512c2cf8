package de.smartcity.portfolio.reports.callforfunds;

import static org.assertj.core.api.Assertions.assertThat;

import de.smartcity.portfolio.reports.testing.CallForFundsScenario;
import de.smartcity.portfolio.reports.testing.PdfText;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CallForFundsPdfTest {

  @Test
  void shouldJustifyTheRequestWithThePaymentsDue() {
    List<String> pages =
        PdfText.pages(
            new CallForFundsPdf().render(CallForFundsScenario.thirdCall(), Locale.GERMAN));
    String text = String.join("\n", pages);

    assertThat(text)
        .containsSubsequence("Mittelabruf Nr. 3", "Fällige Zahlungen im Zeitraum")
        .contains(
            "Zeitraum der fälligen Zahlungen 01.04.2025 bis 12.05.2025",
            "Zuwendungsfähige Ausgaben, fällig im Zeitraum 1.234,57 €",
            "Fördersatz 65,00 %",
            "Angeforderter Betrag 802,47 €",
            "Bisher abgerufen 12.000,00 €",
            "Abgerufen einschließlich dieses Abrufs 12.802,47 €",
            "Verbleibende Mittel 2.082,53 €",
            "Summe 1.384,57 € 1.234,57 €",
            "Ort, Datum Rechtsverbindliche Unterschrift");
    assertThat(pages.get(0)).contains("Seite 1 von " + pages.size(), "Stadt Bochum – Smart City");
  }

  @Test
  void shouldFlagAnEarlierPayoutUnspentPastItsWindowInBothLanguages() {
    String german =
        String.join(
            "\n",
            PdfText.pages(
                new CallForFundsPdf()
                    .render(CallForFundsScenario.thirdCallWithAnOverduePayout(), Locale.GERMAN)));
    assertThat(german)
        .containsSubsequence(
            "Nicht fristgerecht verausgabte Auszahlungen", "Fällige Zahlungen im Zeitraum")
        .contains(
            "Auszahlung über 5.000,00 € am 03.02.2025: Verwendungsfrist bis 17.03.2025 abgelaufen",
            "verausgabt 1.234,56 € (seit 15 Tagen).");
    String english =
        String.join(
            "\n",
            PdfText.pages(
                new CallForFundsPdf()
                    .render(CallForFundsScenario.thirdCallWithAnOverduePayout(), Locale.ENGLISH)));
    assertThat(english).contains("Payouts not spent in time", "still unspent €1,234.56");
    // without an overdue payout there is no such section
    assertThat(
            String.join(
                "\n",
                PdfText.pages(
                    new CallForFundsPdf().render(CallForFundsScenario.thirdCall(), Locale.GERMAN))))
        .doesNotContain("Nicht fristgerecht");
  }

  @Test
  void shouldNameTheFileAfterGrantCallAndDay() {
    assertThat(
            CallForFundsScenario.thirdCall()
                .fileName(Locale.GERMAN, de.smartcity.portfolio.reports.ReportFormat.PDF))
        .isEqualTo("Mittelabruf_436-B-2021-0815_Nr3_2025-04-01.pdf");
  }
}
