package de.smartcity.portfolio.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import de.smartcity.portfolio.domain.model.organisation.Organisation;
import de.smartcity.portfolio.domain.model.project.Kpi;
import de.smartcity.portfolio.domain.model.project.KpiDirection;
import de.smartcity.portfolio.domain.model.project.KpiMeasurement;
import de.smartcity.portfolio.domain.model.project.KpiStanding;
import de.smartcity.portfolio.domain.model.project.Project;
import de.smartcity.portfolio.domain.model.project.ProjectStatus;
import de.smartcity.portfolio.domain.model.theme.StrategicTheme;
import de.smartcity.portfolio.reports.projectsheet.KpiLine;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The one-pager shows a key figure's latest measurement against its target. */
class ProjectSheetKpiTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

  @Test
  void shouldPrintTheLatestMeasurementAgainstTheTargetInTheReadersLanguage() {
    Project project =
        new Project(
            "INF-90",
            "Sensoren",
            new StrategicTheme("INF", "Infrastruktur", 1),
            new Organisation("STADT", "Stadt Bochum", true),
            ProjectStatus.IN_PROGRESS);
    project.replaceKpis(
        List.of(
            new Kpi(
                "Angebundene Sensoren",
                null,
                "Sensoren",
                BigDecimal.ZERO,
                new BigDecimal("240"),
                KpiDirection.HIGHER),
            Kpi.of("Abnahme", null)));
    List<KpiMeasurement> measured =
        List.of(
            measure(project, "2026-10-05", "40", 1),
            measure(project, "2026-12-04", "180.5", 3),
            measure(project, "2026-11-04", "110.5", 2));

    List<KpiStanding> standings = KpiStanding.of(project, measured);
    // 180.5 of 240 from a baseline of 0: 180.5 × 100 / 240 = 75.208.. -> 75.21 %
    assertThat(ProjectSheetAssembler.kpiLine(standings.get(0), Locale.GERMAN))
        .isEqualTo(
            new KpiLine(
                "Angebundene Sensoren",
                "≥ 240 Sensoren",
                "180,5 Sensoren",
                TODAY,
                new BigDecimal("75.21")));
    assertThat(ProjectSheetAssembler.kpiLine(standings.get(0), Locale.ENGLISH).value())
        .isEqualTo("180.5 Sensoren");
    // no target and no measurement: nothing to compare, nothing invented
    assertThat(ProjectSheetAssembler.kpiLine(standings.get(1), Locale.GERMAN))
        .isEqualTo(new KpiLine("Abnahme", null, null, null, null));
  }

  private static KpiMeasurement measure(Project project, String day, String value, int second) {
    return project.measure(
        1,
        LocalDate.parse(day),
        new BigDecimal(value),
        null,
        TODAY,
        Instant.EPOCH.plusSeconds(second),
        "pm");
  }
}
