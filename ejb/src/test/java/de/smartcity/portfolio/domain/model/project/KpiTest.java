package de.smartcity.portfolio.domain.model.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class KpiTest {

  @Test
  void shouldCompareTheValueWithTheTargetInPercent() {
    // 96 / 256 = 0.375 -> 37.50 %
    assertThat(kpi("256", "96").attainedPercent()).contains(new BigDecimal("37.50"));
    // 1,300 / 1,000 = 130.00 %, written the German way with a unit
    assertThat(kpi("1.000 Besuche", "1.300 Besuche").attainedPercent())
        .contains(new BigDecimal("130.00"));
    // 12.5 / 40 = 0.3125 -> 31.25 %; a decimal comma, and a percent sign after the figure
    assertThat(kpi("40 %", "12,5 %").attainedPercent()).contains(new BigDecimal("31.25"));
    // 2 / 3 = 0.6666.. -> 66.67 % (half up)
    assertThat(kpi("3", "2").attainedPercent()).contains(new BigDecimal("66.67"));
  }

  @Test
  void shouldNotCompareWhatIsNoNumberOrAZeroTarget() {
    assertThat(kpi("rechtzeitig", "ja").attainedPercent()).isEmpty();
    assertThat(kpi("100", null).attainedPercent()).isEmpty();
    assertThat(kpi("0", "5").attainedPercent()).isEmpty();
    assertThat(kpi("1.000 Nutzer/Monat", "800").attainedPercent()).isEmpty();
  }

  private static Kpi kpi(String target, String value) {
    return new Kpi("Nutzungen", null, target, value, null);
  }
}
