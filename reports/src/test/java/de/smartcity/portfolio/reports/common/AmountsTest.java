package de.smartcity.portfolio.reports.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AmountsTest {

  @Test
  void shouldRoundTheGrantShareCommerciallyToTheCent() {
    // 65 % of 1,234.57 is 802.4705.
    assertThat(Amounts.applyRate(eur("1234.57"), eur("65.00"))).isEqualByComparingTo("802.47");
    // 65 % of 100.10 is 65.065: half up gives 65.07, half even would give 65.06.
    assertThat(Amounts.applyRate(eur("100.10"), eur("65.00"))).isEqualByComparingTo("65.07");
  }

  @Test
  void shouldRoundSharesInPercentHalfUp() {
    assertThat(Amounts.percentOf(eur("2469.00"), eur("20000.00"))).isEqualByComparingTo("12.35");
    assertThat(Amounts.percentOf(eur("1.00"), eur("0.00"))).isEqualByComparingTo("0.00");
  }

  @Test
  void shouldRefuseFractionsOfACent() {
    assertThat(Amounts.requireCents(new BigDecimal("12.3"), "x")).hasToString("12.30");
    assertThatThrownBy(() -> Amounts.requireCents(new BigDecimal("802.4705"), "grant"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("grant");
  }

  private static BigDecimal eur(String amount) {
    return new BigDecimal(amount);
  }
}
