package de.smartcity.portfolio.reports.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AmountsTest {

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
