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
  void shouldNameTheFileAfterGrantCallAndDay() {
    assertThat(
            CallForFundsScenario.thirdCall()
                .fileName(Locale.GERMAN, de.smartcity.portfolio.reports.ReportFormat.PDF))
        .isEqualTo("Mittelabruf_436-B-2021-0815_Nr3_2025-04-01.pdf");
  }
}
