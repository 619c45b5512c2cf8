package de.smartcity.portfolio.domain.model.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.smartcity.portfolio.domain.model.organisation.Organisation;
import de.smartcity.portfolio.domain.model.theme.StrategicTheme;
import de.smartcity.portfolio.domain.shared.BusinessRuleViolation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class KpiTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

  @Test
  void shouldCompareTheLatestValueWithTheTargetInTheKpisDirection() {
    // higher is better, no baseline: 96 / 256 = 0.375 -> 37.50 %
    assertThat(kpi(null, "256", KpiDirection.HIGHER).attainedPercent(bd("96")))
        .contains(bd("37.50"));
    // from a baseline: (70 - 40) / (100 - 40) = 30 / 60 -> 50.00 %
    assertThat(kpi("40", "100", KpiDirection.HIGHER).attainedPercent(bd("70")))
        .contains(bd("50.00"));
    // lower is better, from 20 complaints towards 5: (14 - 20) / (5 - 20) = 6 / 15 -> 40.00 %
    assertThat(kpi("20", "5", KpiDirection.LOWER).attainedPercent(bd("14"))).contains(bd("40.00"));
    // lower is better, no baseline: 5 / 8 = 0.625 -> 62.50 %
    assertThat(kpi(null, "5", KpiDirection.LOWER).attainedPercent(bd("8"))).contains(bd("62.50"));
    // 2 / 3 = 0.6666.. -> 66.67 % (half up)
    assertThat(kpi(null, "3", KpiDirection.HIGHER).attainedPercent(bd("2"))).contains(bd("66.67"));
  }

  @Test
  void shouldSayWhetherTheTargetIsReachedWhicheverWayIsBetter() {
    assertThat(kpi(null, "100", KpiDirection.HIGHER).reached(bd("100"))).contains(true);
    assertThat(kpi(null, "100", KpiDirection.HIGHER).reached(bd("99.9"))).contains(false);
    assertThat(kpi(null, "5", KpiDirection.LOWER).reached(bd("4"))).contains(true);
    assertThat(kpi(null, "5", KpiDirection.LOWER).reached(bd("6"))).contains(false);
    assertThat(kpi(null, null, KpiDirection.LOWER).reached(bd("6"))).isEmpty();
  }

  @Test
  void shouldNotCompareWithoutAValueOrATargetOrByZero() {
    assertThat(kpi(null, "100", KpiDirection.HIGHER).attainedPercent(null)).isEmpty();
    assertThat(kpi(null, null, KpiDirection.HIGHER).attainedPercent(bd("5"))).isEmpty();
    assertThat(kpi(null, "0", KpiDirection.HIGHER).attainedPercent(bd("5"))).isEmpty();
    assertThat(kpi(null, "5", KpiDirection.LOWER).attainedPercent(bd("0"))).isEmpty();
  }

  @Test
  void shouldKeepEveryMeasurementAndTakeTheLatestDayAsTheValue() {
    Project project = project();
    project.replaceKpis(List.of(kpi("0", "240", KpiDirection.HIGHER)));
    int key = project.getKpis().get(0).getKey();
    KpiMeasurement march = measure(project, key, "2026-03-31", "40", 1);
    KpiMeasurement june = measure(project, key, "2026-06-30", "110", 2);
    // the same day again: a second measurement, the first stays as it was
    KpiMeasurement juneAgain = measure(project, key, "2026-06-30", "120", 3);
    // entered later, measured earlier: it goes before the others
    KpiMeasurement january = measure(project, key, "2026-01-15", "12", 4);

    KpiStanding standing = KpiStanding.of(project, List.of(march, june, juneAgain, january)).get(0);
    assertThat(standing.measurements()).containsExactly(january, march, june, juneAgain);
    assertThat(june.getValue()).isEqualByComparingTo("110");
    assertThat(standing.latestValue()).isEqualByComparingTo("120");
    // 120 / 240 from a baseline of 0 -> 50.00 %
    assertThat(standing.attainedPercent()).contains(bd("50.00"));
  }

  @Test
  void shouldKeepAKeyThroughEditsAndGiveANewFigureTheNextOne() {
    Project project = project();
    project.replaceKpis(
        List.of(kpi(null, "10", KpiDirection.HIGHER), kpi(null, "20", KpiDirection.HIGHER)));
    assertThat(project.getKpis()).extracting(Kpi::getKey).containsExactly(1, 2);
    // the first removed, the second edited, a new one added
    Kpi edited =
        new Kpi("Nutzer", null, "Personen", null, bd("25"), KpiDirection.HIGHER).editing(2, null);
    var kept = project.replaceKpis(List.of(edited, kpi(null, "7", KpiDirection.LOWER)));
    assertThat(project.getKpis()).extracting(Kpi::getKey).containsExactly(2, 3);
    assertThat(kept).containsExactly(2, 3);
  }

  @Test
  void shouldRefuseAMeasurementWithoutAValueInTheFutureOrOfAnUnknownFigure() {
    Project project = project();
    project.replaceKpis(List.of(kpi(null, "10", KpiDirection.HIGHER)));
    assertThatThrownBy(() -> measure(project, 1, "2026-12-05", "3", 1))
        .isInstanceOf(BusinessRuleViolation.class)
        .hasFieldOrPropertyWithValue("messageKey", "kpi.measured.in.future");
    assertThatThrownBy(() -> project.measure(1, TODAY, null, null, TODAY, Instant.EPOCH, "pm"))
        .hasFieldOrPropertyWithValue("messageKey", "kpi.value.required");
    assertThatThrownBy(() -> measure(project, 1, "2026-12-01", "1.23456", 1))
        .hasFieldOrPropertyWithValue("messageKey", "kpi.value.digits");
    assertThatThrownBy(() -> measure(project, 9, "2026-12-01", "3", 1))
        .hasFieldOrPropertyWithValue("messageKey", "kpi.unknown");
    // today itself is fine
    assertThat(measure(project, 1, "2026-12-04", "3", 1).getMeasuredOn()).isEqualTo(TODAY);
  }

  private static KpiMeasurement measure(
      Project project, int key, String day, String value, int second) {
    return project.measure(
        key, LocalDate.parse(day), bd(value), null, TODAY, Instant.EPOCH.plusSeconds(second), "pm");
  }

  private static Kpi kpi(String baseline, String target, KpiDirection direction) {
    return new Kpi(
        "Nutzungen",
        null,
        null,
        baseline == null ? null : bd(baseline),
        target == null ? null : bd(target),
        direction);
  }

  private static Project project() {
    return new Project(
        "INF-90",
        "Sensoren",
        new StrategicTheme("INF", "Infrastruktur", 1),
        new Organisation("STADT", "Stadt Bochum", true),
        ProjectStatus.IN_PROGRESS);
  }

  private static BigDecimal bd(String value) {
    return new BigDecimal(value);
  }
}
