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
  void shouldTellReachedOverdueAndOpenMilestonesApart() {
    String text = PdfText.all(renderWithLatestReport());

    assertThat(text)
        .containsSubsequence(
            "Ausschreibung abgeschlossen 30.06.2023 erreicht am 14.07.2023",
            "Installation der ersten 128 Sensoren 31.12.2024 überfällig",
            "Vollbetrieb mit 256 Sensoren 31.03.2026 offen");
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
