package de.smartcity.portfolio.reports.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.smartcity.portfolio.reports.ReportFormat;
import de.smartcity.portfolio.reports.common.Health;
import de.smartcity.portfolio.reports.common.Issuer;
import de.smartcity.portfolio.reports.common.ProjectStatus;
import de.smartcity.portfolio.reports.dashboard.DashboardReport.FundsQuarter;
import de.smartcity.portfolio.reports.dashboard.DashboardReport.GrantLine;
import de.smartcity.portfolio.reports.dashboard.DashboardReport.HealthQuarter;
import de.smartcity.portfolio.reports.dashboard.DashboardReport.MilestoneDue;
import de.smartcity.portfolio.reports.dashboard.DashboardReport.Slice;
import de.smartcity.portfolio.reports.testing.PdfText;
import de.smartcity.portfolio.reports.testing.Previews;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DashboardPdfTest {

  static DashboardReport dashboard(String remaining) {
    return dashboard(remaining, "Öffentliche Ladepunkte");
  }

  static DashboardReport dashboard(String remaining, String projectTitle) {
    return new DashboardReport(
        new Issuer("Stadt Bochum – Smart City", "Bochum"),
        LocalDate.of(2026, 11, 23),
        Map.of(
            ProjectStatus.IN_PROGRESS, 40L, ProjectStatus.COMPLETED, 12L, ProjectStatus.IDEA, 3L),
        Map.of(Health.GREEN, 38L, Health.AMBER, 12L, Health.RED, 5L),
        new BigDecimal("2295000.00"),
        new BigDecimal("685548.45"),
        new BigDecimal(remaining),
        List.of(
            new GrantLine(
                "KfW-436-2021-0815",
                "B",
                new BigDecimal("9880000.00"),
                new BigDecimal("4200000.00"),
                new BigDecimal("3900000.00"),
                new BigDecimal("300000.00"),
                LocalDate.of(2028, 9, 30),
                677)),
        7,
        5,
        List.of(
            new Slice("Zukunftsfähige Infrastruktur", amount("730000.00"), amount("544567.45")),
            new Slice("Nachhaltige Mobilität und Umweltschutz", amount("365000.00"), amount("0"))),
        List.of(new Slice("Stadtwerke Bochum", amount("480000.00"), amount("301450.10"))),
        List.of(
            new Slice("2025", amount("1000000.00"), amount("400000.00")),
            new Slice("2026", amount("1295000.00"), amount("285548.45")),
            // a year of the plan's range without plan or receipts: no row, no bar
            new Slice("2027", amount("0.00"), amount("0.00"))),
        List.of(new HealthQuarter("Q1/2026", 30, 8, 2)),
        List.of(new FundsQuarter("Q1/2026", amount("500000.00"), amount("412345.67"))),
        List.of(
            new MilestoneDue(
                LocalDate.of(2026, 10, 1),
                true,
                "INF-04",
                "Stadtweites LoRaWAN-Netz",
                "Gateways montiert"),
            new MilestoneDue(
                LocalDate.of(2026, 12, 15),
                false,
                "MOB-02",
                projectTitle,
                "Ladesäulen in Betrieb")));
  }

  private static BigDecimal amount(String value) {
    return new BigDecimal(value);
  }

  @Test
  void shouldPrintTheTilesChartsAndTablesOfTheDashboard() {
    byte[] pdf = new DashboardPdf().render(dashboard("1609451.55"), Locale.GERMAN);
    Previews.save("Dashboard.pdf", pdf);
    String text = PdfText.all(pdf);

    assertThat(text)
        .contains(
            "Smart-City-Programm auf einen Blick",
            "Stadt Bochum – Smart City · Modellprojekt Smart Cities des Bundes · Stand: 23.11.2026",
            "Idee 3 Grün 38",
            "In Umsetzung 40 Rot 5",
            "Gesamt 55 Gesamt 55",
            "Verbleibend 1.609.451,55 €",
            "Überfällige Meilensteine 7 in 5 Projekten",
            "KfW-436-2021-0815 B 9.880.000,00 € 4.200.000,00 € 3.900.000,00 € 300.000,00 € 30.09.2028 677",
            "Zukunftsfähige Infrastruktur 730.000,00 € 544.567,45 € 185.432,55 €",
            "Nachhaltige Mobilität und Umweltschutz 365.000,00 € 0,00 € 365.000,00 €",
            "Q1/2026 30 8 2 40",
            "Q1/2026 500.000,00 € 412.345,67 €",
            "01.10.2026 Überfällig INF-04 – Stadtweites LoRaWAN-Netz Gateways montiert",
            "15.12.2026 Anstehend MOB-02 – Öffentliche Ladepunkte Ladesäulen in Betrieb");
    // the bars carry their amounts, so the chart reads without colour
    assertThat(text)
        .containsSubsequence("Plan", "Ist", "Zukunftsfähige Infrastruktur", "730.000,00 €");
  }

  @Test
  void shouldBeNamedAfterTheDayInTheReadersLanguage() {
    DashboardReport report = dashboard("1609451.55");
    assertThat(report.fileName(Locale.GERMAN, ReportFormat.PDF))
        .isEqualTo("Dashboard_2026-11-23.pdf");
    assertThat(PdfText.all(new DashboardPdf().render(report, Locale.ENGLISH)))
        .contains(
            "The Smart City programme at a glance",
            "Plan and actual by strategic theme",
            "Overdue",
            "Completed 12");
  }

  @Test
  void shouldNameStatusesAsThePagesDoAndPrintThemeNamesInFull() {
    String text = PdfText.all(new DashboardPdf().render(dashboard("1609451.55"), Locale.GERMAN));

    // The pages' names (messages_de: project.status.*), not the reports' former "In Planung".
    assertThat(text).contains("Geplant 0", "Umgesetzt 12").doesNotContain("In Planung");
    // The chart wraps the long theme name instead of cutting it: the name is printed whole in
    // the chart (on two lines) and in the table below it, and nothing ends in an ellipsis.
    assertThat(text).doesNotContain("…").contains("Nachhaltige Mobilität und\nUmweltschutz");
    assertThat(text.split("Umweltschutz", -1)).hasSize(3);
  }

  @Test
  void shouldLeaveOutYearsWithoutPlanOrActualAndKeepEachChartWithItsHeading() {
    List<String> pages =
        PdfText.pages(new DashboardPdf().render(dashboard("1609451.55"), Locale.GERMAN));

    assertThat(String.join("\n", pages)).contains("2026").doesNotContain("2027");
    for (String page : pages) {
      if (page.contains("Plan und Ist nach Jahren")) {
        // the chart's first bar, 2025's plan, stands on the heading's page
        assertThat(page).contains("2025", "1.000.000,00 €");
      }
    }
  }

  @Test
  void shouldPrintAnyLanguageAndMarkWhatTheFontLacks() {
    byte[] pdf =
        new DashboardPdf()
            .render(
                dashboard("1609451.55", "Ärger – Привет – ✓ – Ελλάδα – \uD83D\uDE00"),
                Locale.GERMAN);
    Previews.save("Dashboard-Unicode.pdf", pdf);
    String text = PdfText.all(pdf);

    // Latin, Cyrillic, the check mark and Greek print as written; the emoji, which DejaVu Sans
    // lacks, prints as a white square; nothing becomes "?".
    assertThat(text).contains("MOB-02 – Ärger – Привет – ✓ – Ελλάδα – □").doesNotContain("?");
  }

  @Test
  void shouldRefuseARemainingBudgetThatDoesNotAddUp() {
    assertThatThrownBy(() -> dashboard("1609451.56"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("remaining");
  }
}
