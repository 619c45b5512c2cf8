package de.smartcity.portfolio.reports.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import de.smartcity.portfolio.reports.testing.PdfText;
import de.smartcity.portfolio.reports.testing.PortfolioScenario;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PortfolioPdfTest {

  @Test
  void shouldShowEachThemeWithItsProjectsAndSubtotals() {
    List<String> pages =
        PdfText.pages(new PortfolioPdf().render(PortfolioScenario.portfolio(), Locale.GERMAN));
    String text = String.join("\n", pages);

    assertThat(text)
        .containsSubsequence(
            "Portfolio der Smart-City-Projekte",
            "Übersicht nach Leitthemen",
            "Projekte nach Leitthemen")
        .contains(
            "Stand: 31.03.2025",
            // remaining 730,000.00 - 544,567.45 = 185,432.55
            "Zukunftsfähige Infrastruktur 2 730.000,00 € 544.567,45 € 185.432,55 €",
            // remaining 2,295,000.00 - 685,548.45 = 1,609,451.55
            "Gesamt 5 2.295.000,00 € 685.548,45 € 1.609.451,55 €",
            "Zwischensumme Nachhaltige Mobilität und Umweltschutz 365.000,00 € 140.981,00 € "
                + "224.019,00 €",
            "Gesamt 2.295.000,00 € 685.548,45 € 1.609.451,55 €");
    assertThat(pages.get(0)).contains("Seite 1 von " + pages.size());
  }

  @Test
  void shouldShowManagerDatesGrantPlanSpentRemainingAndHealthOfEachProject() {
    String text =
        PdfText.all(new PortfolioPdf().render(PortfolioScenario.portfolio(), Locale.GERMAN));

    assertThat(text)
        .contains(
            "Kürzel Titel Status Ampel Federführung Projektleitung Beginn Ende Zuwendung Plan Ist"
                + " Verbleibend",
            // remaining 480,000.00 - 301,450.10 = 178,549.90
            "INF-04 Stadtweites LoRaWAN-Netz In Umsetzung Gelb Stadtwerke Bochum Anna Becker"
                + " 01.01.2023 31.12.2026 KfW-436-2021-0815 480.000,00 € 301.450,10 € 178.549,90 €");
  }

  @Test
  void shouldKeepEachProjectRowOnOnePage() {
    List<String> pages =
        PdfText.pages(
            new PortfolioPdf()
                .render(PortfolioScenario.manyProjectsWithLongNames(90), Locale.GERMAN));
    assertThat(pages).hasSizeGreaterThan(2);

    for (int n = 1; n <= 90; n++) {
      String name =
          "Gesellschaft Nummer %03d für Digitalisierung und Daseinsvorsorge mbH".formatted(n);
      String code = "LONG-%03d".formatted(n);
      assertThat(pages)
          .as("the page with %s holds its whole organisation name", code)
          .filteredOn(page -> page.contains(code))
          .singleElement()
          .satisfies(
              page ->
                  assertThat(page.replaceAll("\\s+", "")).contains(name.replaceAll("\\s+", "")));
    }
  }

  @Test
  void shouldSpeakEnglishWhenAskedTo() {
    String text =
        PdfText.all(new PortfolioPdf().render(PortfolioScenario.portfolio(), Locale.ENGLISH));

    assertThat(text).contains("Portfolio of the Smart City projects", "In progress", "Amber");
  }
}
