package de.smartcity.portfolio.reports.projectsheet;

import static org.assertj.core.api.Assertions.assertThat;

import de.smartcity.portfolio.reports.testing.PdfText;
import de.smartcity.portfolio.reports.testing.ProjectSheetScenario;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ProjectSheetPdfTest {

  private final ProjectSheetPdf pdf = new ProjectSheetPdf();

  @Test
  void shouldFitTheProfileOnOnePage() {
    List<String> pages = PdfText.pages(renderWithLatestReport());

    assertThat(pages).hasSize(1);
    assertThat(pages.get(0))
        .containsSubsequence(
            "MOB-07 – Klimamessnetz mit 256 Sensoren",
            "Projektsteckbrief – Stand: 31.03.2025",
            "Meilensteine",
            "Budget",
            "Letzter Statusbericht")
        .contains(
            "Handlungsfeld Klima und Umwelt (Demodaten)",
            "Partner Stadtwerke Bochum, UniverCity Bochum",
            "Projektleitung Max Beispiel",
            "Status In Umsetzung",
            "Laufzeit 01.01.2023 bis 30.06.2026",
            "Rot Lieferverzug der Sensoren",
            "Seite 1 von 1");
  }

  @Test
  void shouldListTheOverdueAndTheNextMilestonesAndCountTheReachedOnes() {
    String text = PdfText.all(renderWithLatestReport());

    assertThat(text)
        .contains("Meilensteine (1 von 3 erreicht)")
        .containsSubsequence(
            "Installation der ersten 128 Sensoren 31.12.2024 überfällig",
            "Vollbetrieb mit 256 Sensoren 31.03.2026 offen")
        .doesNotContain("Ausschreibung abgeschlossen");
  }

  @Test
  void shouldShowDescriptionDeputyGrantAndKpisAgainstTheirTargets() {
    List<String> pages = PdfText.pages(renderWithLatestReport());

    assertThat(pages).hasSize(1);
    assertThat(pages.get(0))
        .contains(
            "256 Sensoren an Laternen und Schulen messen Temperatur",
            "Vertretung Erika Muster",
            "Zuwendung Modellprojekte Smart Cities (Staffel 3), KfW-436-2021-0815 (B)",
            "Fördersatz 65,00 %; zuwendungsfähig geplant 300.000,00 €,",
            "ausgegeben 90.000,00 €",
            "Kennzahl Ziel Ist Gemessen am Erreicht",
            // 96 of 256 = 37.5 %; 1,300 of 1,000 = 130 % (the bar is full, the figure says more)
            "Sensoren in Betrieb 256 96 01.03.2025 37,50 %",
            "Aufrufe des Klima-Dashboards je Monat 1000 1300 01.03.2025 130,00 %",
            "Hitzewarnungen an Schulen rechtzeitig nicht vergleichbar");
  }

  @Test
  void shouldShowBudgetPlanActualAndRemaining() {
    String text = PdfText.all(renderWithLatestReport());

    assertThat(text)
        .contains("Plan Ist Verbleibend Ausgeschöpft")
        .contains("320.000,00 € 96.000,01 € 223.999,99 € 30,00 %")
        .contains("vom 12.03.2025, Max Beispiel");
  }

  @Test
  void shouldSaySoWhenThereIsNoStatusReportYet() {
    String text = PdfText.all(pdf.render(ProjectSheetScenario.climateNetwork(null), Locale.GERMAN));

    assertThat(text).contains("Noch kein Statusbericht.");
  }

  @Test
  void shouldNameTheFileAfterTheProjectCode() {
    assertThat(ProjectSheetScenario.climateNetwork(null).fileName(Locale.GERMAN))
        .isEqualTo("Projektsteckbrief_MOB-07_2025-03-31.pdf");
  }

  @Test
  void shouldPrintNextStepsAndRisksOfTheLatestReport() {
    var report =
        new StatusReportExcerpt(
            java.time.LocalDate.of(2025, 3, 12),
            "Max Beispiel",
            "96 Sensoren messen.",
            "Restlieferung im Juni.",
            "Lieferverzug des Herstellers.");
    String text =
        PdfText.all(pdf.render(ProjectSheetScenario.climateNetwork(report), Locale.GERMAN));

    assertThat(text)
        .containsSubsequence(
            "96 Sensoren messen.",
            "Nächste Schritte: Restlieferung im Juni.",
            "Risiken: Lieferverzug des Herstellers.");
  }

  private byte[] renderWithLatestReport() {
    return pdf.render(
        ProjectSheetScenario.climateNetwork(ProjectSheetScenario.latestReport()), Locale.GERMAN);
  }
}
