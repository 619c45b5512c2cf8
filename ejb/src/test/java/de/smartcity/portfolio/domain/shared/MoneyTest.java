package de.smartcity.portfolio.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MoneyTest {

  @Test
  void shouldHoldEveryAmountToTheCentRoundingHalfUp() {
    assertThat(Money.of("10.005").amount()).isEqualByComparingTo("10.01");
    assertThat(Money.of("10.004").amount()).isEqualByComparingTo("10.00");
    assertThat(Money.of("-10.005").amount()).isEqualByComparingTo("-10.01");
    assertThat(Money.of("7").amount().scale()).isEqualTo(2);
  }

  @Test
  void shouldTakeAPercentageRoundedCommerciallyAtTheCent() {
    // 65 % of 1,234.57 = 802.4705 -> 802.47
    assertThat(Money.of("1234.57").percent(BigDecimal.valueOf(65))).isEqualTo(Money.of("802.47"));
    // 65 % of 0.10 = 0.065 -> 0.07 (half up, not half even)
    assertThat(Money.of("0.10").percent(BigDecimal.valueOf(65))).isEqualTo(Money.of("0.07"));
    // 90 % of 0.05 = 0.045 -> 0.05
    assertThat(Money.of("0.05").percent(BigDecimal.valueOf(90))).isEqualTo(Money.of("0.05"));
  }

  @Test
  void shouldComputeSharesInPerCentWithTwoDecimals() {
    assertThat(Money.of("65.00").percentOf(Money.of("100.00"))).isEqualByComparingTo("65.00");
    assertThat(Money.of("1.00").percentOf(Money.of("3.00"))).isEqualByComparingTo("33.33");
    assertThat(Money.of("2.00").percentOf(Money.of("3.00"))).isEqualByComparingTo("66.67");
    assertThat(Money.of("5.00").percentOf(Money.ZERO)).isEqualByComparingTo("0.00");
  }

  @Test
  void shouldAddUpWithoutLosingACent() {
    Money total =
        Stream.of("0.10", "0.20", "0.30", "1234567.89").map(Money::of).collect(Money.sum());
    assertThat(total).isEqualTo(Money.of("1234568.49"));
    assertThat(Money.of("0.30").minus(Money.of("0.10")).minus(Money.of("0.20")).isZero()).isTrue();
  }

  @Test
  void shouldCompareByValueWhateverTheScaleTyped() {
    assertThat(Money.of("5")).isEqualTo(Money.of("5.00")).hasSameHashCodeAs(Money.of("5.000"));
    assertThat(Money.of("5.01").isGreaterThan(Money.of("5"))).isTrue();
    assertThat(Money.of("-1").atLeastZero()).isEqualTo(Money.ZERO);
    assertThat(Money.ofCents(123456)).isEqualTo(Money.of("1234.56"));
  }
}
