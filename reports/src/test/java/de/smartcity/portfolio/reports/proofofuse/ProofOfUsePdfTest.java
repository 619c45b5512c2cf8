package de.smartcity.portfolio.reports.proofofuse;

import static org.assertj.core.api.Assertions.assertThat;

import de.smartcity.portfolio.reports.testing.PdfText;
import de.smartcity.portfolio.reports.testing.Previews;
import de.smartcity.portfolio.reports.testing.ProofOfUseScenario;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ProofOfUsePdfTest {

  private final ProofOfUsePdf pdf = new ProofOfUsePdf();

  @Test
  void shouldFollowTheFormFromHeaderToSignature() {
    String text = PdfText.all(pdf.render(ProofOfUseScenario.finalProof(), Locale.GERMAN));

    assertThat(text)
        .containsSubsequence(
            "Verwendungsnachweis",
            "Zuwendungsbescheide",
            "I. Sachbericht",
            "II. Zahlenmäßiger Nachweis",
            "II.1 Einnahmen",
            "II.2 Ausgaben",
            "Belegliste",
            "Bestätigung")
        .contains(
            "Bewilligt insgesamt 14.885,00 €",
            "Bisher ausgezahlt (Stand 31.03.2025) 12.000,00 €",
            "Abweichungen vom Finanzierungsplan",
            "lt. Zuwendungsbescheid lt. Abrechnung",
            "Kostenart insgesamt davon zuwendungsfähig insgesamt davon zuwendungsfähig",
            "Ort, Datum Rechtsverbindliche Unterschrift");
  }

  @Test
  void shouldPrintTheTotalsAndSharesOfTheRecord() {
    String text = PdfText.all(pdf.render(ProofOfUseScenario.finalProof(), Locale.GERMAN));

    assertThat(text)
        .contains("Diese Zuwendung 14.885,00 € 64,72 % 12.000,00 € 60,00 %")
        .contains("Eigenanteil 5.615,00 € 24,41 % 5.531,00 € 27,66 %")
        .contains("Summe 23.000,00 € 100,00 % 20.000,00 € 100,00 %")
        .contains("Sachausgaben 1.000,00 € 900,00 € 599,99 € 450,00 €")
        .contains("Summe 20.000,00 € 19.850,01 €")
        .contains("Nicht zuwendungsfähig (insgesamt abzüglich zuwendungsfähig) 100,00 € 149,99 €")
        .contains("12,35 %")
        .contains("Bochum, 31.03.2025");
  }

  // See ProofOfUseScenario: 65 % of 19,850.01 = 12,902.51; 12,000.00 received, so 902.51
  // under-paid; own share of the eligible costs 5,381.01 = 27.11 %.
  @Test
  void shouldSetTheGrantAsReceivedBesideItsShareOfTheEligibleCosts() {
    String text = PdfText.all(pdf.render(ProofOfUseScenario.finalProof(), Locale.GERMAN));

    assertThat(text)
        .contains(
            "Abgleich dieser Zuwendung",
            "Zuwendungsfähige Ausgaben lt. Abrechnung (II.2) 19.850,01 €",
            "Zuwendungsanteil: 65,00 % der zuwendungsfähigen Ausgaben",
            "12.902,51 €",
            "Diese Zuwendung lt. Abrechnung: ausgezahlt bis 31.03.2025 12.000,00 €",
            "Unterzahlung (weniger ausgezahlt als der Zuwendungsanteil) 902,51 €",
            "Prüfzeile: Eigenanteil an den zuwendungsfähigen Ausgaben",
            "5.381,01 € 27,11 %");
  }

  @Test
  void shouldNumberEveryPageWithTheIssuerOnTop() {
    List<String> pages = PdfText.pages(pdf.render(ProofOfUseScenario.finalProof(), Locale.GERMAN));

    assertThat(pages).hasSizeGreaterThan(1);
    for (int page = 1; page <= pages.size(); page++) {
      assertThat(pages.get(page - 1))
          .contains("Stadt Bochum – Smart City")
          .contains("Seite " + page + " von " + pages.size())
          .contains("Erstellt am 31.03.2025");
    }
  }

  @Test
  void shouldRepeatTheReceiptHeaderOnEveryPageOfALongList() {
    List<String> pages =
        PdfText.pages(pdf.render(ProofOfUseScenario.withGeneratedReceipts(150), Locale.GERMAN));

    List<String> receiptPages = pages.stream().filter(page -> page.contains("Lieferant")).toList();
    assertThat(receiptPages).hasSizeGreaterThan(2);
    for (String page : receiptPages) {
      assertThat(page)
          .contains("Lfd. Nr. Datum Empfänger Grund der Zahlung Beleg-Nr. Projekt Kostenart");
    }
    assertThat(pages.get(pages.size() - 1)).contains("Rechtsverbindliche Unterschrift");
  }

  @Test
  void shouldFitAtLeastThirtyReceiptsOnAPageWithNumberAndProjectOnOneLine() {
    byte[] bytes = pdf.render(ProofOfUseScenario.withGeneratedReceipts(150), Locale.GERMAN);
    Previews.save("Belegliste-150.pdf", bytes);
    List<String> pages = PdfText.pages(bytes);

    // The receipt list starts on a page of its own (after II.2); a receipt row that is one line
    // starts with its running number and carries receipt number and project side by side, e.g.
    // "INF-02-2024-SACH-001 INF-02".
    String first = pages.stream().filter(page -> page.contains("Lieferant")).findFirst().get();
    long rows =
        first
            .lines()
            .filter(
                line ->
                    line.matches(
                        "\\d+ [0-9.]{10} Lieferant .* INF-\\d\\d-2024-SACH-\\d{3} INF-\\d\\d .*"))
            .count();
    assertThat(rows).isGreaterThanOrEqualTo(30);
  }

  @Test
  void shouldTitleAnInterimProofWithItsBudgetYear() {
    String first =
        PdfText.pages(pdf.render(ProofOfUseScenario.interimProof(), Locale.GERMAN)).get(0);

    assertThat(first).contains("Zwischennachweis für das Haushaltsjahr 2024");
  }

  @Test
  void shouldSpeakEnglishWhenAskedTo() {
    String text = PdfText.all(pdf.render(ProofOfUseScenario.finalProof(), Locale.ENGLISH));

    assertThat(text).contains("Proof of use", "Page 1 of ", "€20,000.00", "List of receipts");
  }
}
