package de.smartcity.portfolio.reports.testing;

import static de.smartcity.portfolio.reports.testing.ProofOfUseScenario.eur;

import de.smartcity.portfolio.reports.common.Health;
import de.smartcity.portfolio.reports.common.ProjectStatus;
import de.smartcity.portfolio.reports.portfolio.PortfolioLine;
import de.smartcity.portfolio.reports.portfolio.PortfolioReport;
import de.smartcity.portfolio.reports.portfolio.ThemeGroup;
import java.time.LocalDate;
import java.util.List;

/**
 * Real Bochum projects with invented budgets, subtotals worked out by hand.
 *
 * <pre>
 * Infrastruktur  250,000.00 + 480,000.00 =   730,000.00 | 243,117.35 + 301,450.10 = 544,567.45
 * Mobilität       45,000.00 + 320,000.00 =   365,000.00 |  44,980.99 +  96,000.01 = 140,981.00
 * Stadtmanagem. 1,200,000.00             = 1,200,000.00 |                               0.00
 * total                                    2,295,000.00 |                         685,548.45
 * </pre>
 */
public final class PortfolioScenario {

  private PortfolioScenario() {}

  public static PortfolioReport portfolio() {
    return new PortfolioReport(
        ProofOfUseScenario.ISSUER,
        LocalDate.of(2025, 3, 31),
        List.of(
            new ThemeGroup(
                "Zukunftsfähige Infrastruktur",
                List.of(
                    line(
                        "INF-01",
                        "Bochum-App",
                        ProjectStatus.COMPLETED,
                        Health.GREEN,
                        "Stadt Bochum",
                        "250000.00",
                        "243117.35"),
                    line(
                        "INF-04",
                        "Stadtweites LoRaWAN-Netz",
                        ProjectStatus.IN_PROGRESS,
                        Health.AMBER,
                        "Stadtwerke Bochum",
                        "480000.00",
                        "301450.10")),
                eur("730000.00"),
                eur("544567.45")),
            new ThemeGroup(
                "Nachhaltige Mobilität und Umweltschutz",
                List.of(
                    line(
                        "MOB-03",
                        "Bodenfeuchtesensoren an Straßenbäumen",
                        ProjectStatus.COMPLETED,
                        Health.GREEN,
                        "USB Umweltservice Bochum",
                        "45000.00",
                        "44980.99"),
                    line(
                        "MOB-07",
                        "Klimamessnetz mit 256 Sensoren",
                        ProjectStatus.IN_PROGRESS,
                        Health.RED,
                        "Stadt Bochum",
                        "320000.00",
                        "96000.01")),
                eur("365000.00"),
                eur("140981.00")),
            new ThemeGroup(
                "Intelligentes Stadtmanagement",
                List.of(
                    line(
                        "ISM-02",
                        "Urbane Datenplattform",
                        ProjectStatus.PLANNED,
                        Health.GREEN,
                        "Stadt Bochum",
                        "1200000.00",
                        "0.00")),
                eur("1200000.00"),
                eur("0.00"))),
        eur("2295000.00"),
        eur("685548.45"));
  }

  /**
   * One theme with {@code count} projects whose lead organisations have names that take three lines
   * in their narrow column, enough projects to fill several pages.
   */
  public static PortfolioReport manyProjectsWithLongNames(int count) {
    List<PortfolioLine> lines =
        java.util.stream.IntStream.rangeClosed(1, count)
            .mapToObj(
                n ->
                    line(
                        "LONG-%03d".formatted(n),
                        "Projekt mit einem Titel über zwei Zeilen Nummer " + n,
                        ProjectStatus.IN_PROGRESS,
                        Health.GREEN,
                        "Gesellschaft Nummer %03d für Digitalisierung und Daseinsvorsorge mbH"
                            .formatted(n),
                        "1000.00",
                        "0.00"))
            .toList();
    return new PortfolioReport(
        ProofOfUseScenario.ISSUER,
        LocalDate.of(2025, 3, 31),
        List.of(
            new ThemeGroup(
                "Zukunftsfähige Infrastruktur",
                lines,
                eur("1000.00").multiply(java.math.BigDecimal.valueOf(count)),
                eur("0.00"))),
        eur("1000.00").multiply(java.math.BigDecimal.valueOf(count)),
        eur("0.00"));
  }

  private static PortfolioLine line(
      String code,
      String title,
      ProjectStatus status,
      Health health,
      String lead,
      String planned,
      String actual) {
    return new PortfolioLine(
        code,
        title,
        status,
        health,
        lead,
        "Anna Becker",
        LocalDate.of(2023, 1, 1),
        LocalDate.of(2026, 12, 31),
        "KfW-436-2021-0815",
        eur(planned),
        eur(actual),
        eur(planned).subtract(eur(actual)));
  }
}
