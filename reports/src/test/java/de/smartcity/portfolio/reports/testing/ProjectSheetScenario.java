package de.smartcity.portfolio.reports.testing;

import static de.smartcity.portfolio.reports.testing.ProofOfUseScenario.eur;

import de.smartcity.portfolio.reports.common.Health;
import de.smartcity.portfolio.reports.common.ProjectStatus;
import de.smartcity.portfolio.reports.projectsheet.BudgetFigures;
import de.smartcity.portfolio.reports.projectsheet.Funding;
import de.smartcity.portfolio.reports.projectsheet.KpiLine;
import de.smartcity.portfolio.reports.projectsheet.Milestone;
import de.smartcity.portfolio.reports.projectsheet.ProjectFacts;
import de.smartcity.portfolio.reports.projectsheet.ProjectSheetReport;
import de.smartcity.portfolio.reports.projectsheet.StatusReportExcerpt;
import java.time.LocalDate;
import java.util.List;

/**
 * The climate measuring network as of 31.03.2025 (invented figures): 96,000.01 of 320,000.00 spent,
 * 223,999.99 left, 30.0000031 % -> 30.00 % spent.
 */
public final class ProjectSheetScenario {

  private ProjectSheetScenario() {}

  public static ProjectSheetReport climateNetwork(StatusReportExcerpt latest) {
    return new ProjectSheetReport(
        ProofOfUseScenario.ISSUER,
        LocalDate.of(2025, 3, 31),
        new ProjectFacts(
            "MOB-07",
            "Klimamessnetz mit 256 Sensoren",
            "256 Sensoren an Laternen und Schulen messen Temperatur, Feuchte und Feinstaub; die "
                + "Werte erscheinen offen auf dem Klima-Dashboard der Stadt.",
            "Nachhaltige Mobilität und Umweltschutz",
            "Klima und Umwelt (Demodaten)",
            "Stadt Bochum",
            List.of("Stadtwerke Bochum", "UniverCity Bochum"),
            "Max Beispiel",
            List.of("Erika Muster"),
            ProjectStatus.IN_PROGRESS,
            Health.RED,
            "Lieferverzug der Sensoren; die Inbetriebnahme verschiebt sich um vier Monate.",
            LocalDate.of(2023, 1, 1),
            LocalDate.of(2026, 6, 30)),
        List.of(
            new Milestone("Vollbetrieb mit 256 Sensoren", LocalDate.of(2026, 3, 31), null),
            new Milestone(
                "Ausschreibung abgeschlossen",
                LocalDate.of(2023, 6, 30),
                LocalDate.of(2023, 7, 14)),
            new Milestone(
                "Installation der ersten 128 Sensoren", LocalDate.of(2024, 12, 31), null)),
        new BudgetFigures(eur("320000.00"), eur("96000.01"), eur("223999.99"), eur("30.00")),
        new Funding(
            "Modellprojekte Smart Cities (Staffel 3)",
            "KfW-436-2021-0815 (B)",
            eur("65.00"),
            eur("300000.00"),
            eur("90000.00")),
        List.of(
            // 96 of 256 sensors: 37.5 %
            new KpiLine("Sensoren in Betrieb", "256", "96", LocalDate.of(2025, 3, 1), eur("37.50")),
            // 1,300 of 1,000 visits: 130 %, the bar is full
            new KpiLine(
                "Aufrufe des Klima-Dashboards je Monat",
                "1000",
                "1300",
                LocalDate.of(2025, 3, 1),
                eur("130.00")),
            new KpiLine("Hitzewarnungen an Schulen", "rechtzeitig", "", null, null)),
        latest);
  }

  public static StatusReportExcerpt latestReport() {
    return new StatusReportExcerpt(
        LocalDate.of(2025, 3, 12),
        "Max Beispiel",
        "Die ersten 96 Sensoren messen seit Februar. Der Hersteller hat die Restlieferung für "
            + "Juni zugesagt; die Messwerte erscheinen bereits auf dem Klima-Dashboard.");
  }
}
