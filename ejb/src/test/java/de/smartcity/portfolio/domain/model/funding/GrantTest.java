package de.smartcity.portfolio.domain.model.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.smartcity.portfolio.domain.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

class GrantTest {

  static Grant grant(GrantComponent component, LocalDate commitment) {
    Grant grant = new Grant("Modellprojekte Smart Cities", "436", component, "REF-1", commitment);
    grant.approve(Money.of("1000000.00"), BigDecimal.valueOf(65), Money.of("650000.00"));
    grant.fundingPeriod(commitment, commitment.plusYears(4));
    return grant;
  }

  @Test
  void shouldDeriveTheProofOfUseDeadlineFromTheCommitmentByComponent() {
    LocalDate commitment = LocalDate.of(2021, 9, 15);
    assertThat(grant(GrantComponent.A, commitment).proofOfUseDeadline())
        .isEqualTo(LocalDate.of(2024, 3, 15));
    assertThat(grant(GrantComponent.B, commitment).proofOfUseDeadline())
        .isEqualTo(LocalDate.of(2027, 3, 15));
  }

  @Test
  void shouldLetAnAgreedDeadlineOverrideTheRuleAndRestoreIt() {
    Grant grant = grant(GrantComponent.B, LocalDate.of(2022, 3, 1));
    grant.overrideProofOfUseDeadline(LocalDate.of(2028, 9, 30));
    assertThat(grant.proofOfUseDeadline()).isEqualTo(LocalDate.of(2028, 9, 30));
    assertThat(grant.isProofOfUseDeadlineOverridden()).isTrue();
    grant.overrideProofOfUseDeadline(null);
    assertThat(grant.proofOfUseDeadline()).isEqualTo(LocalDate.of(2027, 9, 1));
  }

  @Test
  void shouldAcceptFundingRatesAboveZeroUpToNinetyPerCent() {
    Grant grant = grant(GrantComponent.B, LocalDate.of(2022, 3, 1));
    grant.approve(Money.of("100.00"), BigDecimal.valueOf(90), Money.of("90.00"));
    assertThat(grant.getFundingRate()).isEqualByComparingTo("90");
    assertThatThrownBy(
            () -> grant.approve(Money.of("100.00"), new BigDecimal("90.01"), Money.of("90.00")))
        .hasFieldOrPropertyWithValue("messageKey", "grant.rate.out.of.range");
    assertThatThrownBy(() -> grant.approve(Money.of("100.00"), BigDecimal.ZERO, Money.ZERO))
        .hasFieldOrPropertyWithValue("field", "fundingRate");
  }

  @Test
  void shouldNeverApproveMoreGrantThanEligibleCosts() {
    Grant grant = grant(GrantComponent.B, LocalDate.of(2022, 3, 1));
    assertThatThrownBy(
            () -> grant.approve(Money.of("100.00"), BigDecimal.valueOf(65), Money.of("100.01")))
        .hasFieldOrPropertyWithValue("messageKey", "grant.amount.above.eligible");
    assertThat(grant.getApprovedGrant()).isEqualTo(Money.of("650000.00"));
  }

  @Test
  void shouldExtendTheFundingPeriodOnlyToALaterDay() {
    Grant grant = grant(GrantComponent.B, LocalDate.of(2022, 3, 1));
    assertThatThrownBy(() -> grant.extendUntil(grant.getFundingEnd()))
        .hasFieldOrPropertyWithValue("messageKey", "grant.extension.not.later");
    grant.extendUntil(LocalDate.of(2028, 3, 31));
    assertThat(grant.effectiveFundingEnd()).isEqualTo(LocalDate.of(2028, 3, 31));
  }

  @Test
  void shouldKeepTheCallWindowASettingOfAtLeastOneDay() {
    Grant grant = grant(GrantComponent.B, LocalDate.of(2022, 3, 1));
    assertThat(grant.getCallWindowDays()).isEqualTo(42);
    grant.callWindow(90);
    assertThat(grant.getCallWindowDays()).isEqualTo(90);
    assertThatThrownBy(() -> grant.callWindow(0))
        .hasFieldOrPropertyWithValue("messageKey", "grant.call.window.invalid");
  }

  @Test
  void shouldCountCostsFromTheEarlyStartToTheExtendedEndAndNameThatPeriodWhenRefusing() {
    // Funded 2022-03-01 to 2026-03-01, extended to 2026-12-31, early start 2021-11-15.
    Grant grant = grant(GrantComponent.B, LocalDate.of(2022, 3, 1));
    grant.extendUntil(LocalDate.of(2026, 12, 31));
    assertThatThrownBy(() -> grant.requireCostsCount(LocalDate.of(2022, 2, 28), "paymentDate"))
        .hasFieldOrPropertyWithValue("messageKey", "receipt.date.outside.grant")
        .hasFieldOrPropertyWithValue("field", "paymentDate");
    grant.allowEarlyStart(LocalDate.of(2021, 11, 15));
    grant.requireCostsCount(LocalDate.of(2021, 11, 15), "paymentDate");
    grant.requireCostsCount(LocalDate.of(2026, 12, 31), "paymentDate");
    assertThatThrownBy(() -> grant.requireCostsCount(LocalDate.of(2021, 11, 14), "paymentDate"))
        .hasFieldOrPropertyWithValue("messageKey", "receipt.date.outside.grant.early")
        .extracting("arguments", InstanceOfAssertFactories.LIST)
        .containsExactly(
            LocalDate.of(2021, 11, 14),
            LocalDate.of(2021, 11, 15),
            LocalDate.of(2026, 12, 31),
            "REF-1");
    assertThatThrownBy(() -> grant.requireCostsCount(LocalDate.of(2027, 1, 1), "paymentDate"))
        .hasFieldOrPropertyWithValue("messageKey", "receipt.date.outside.grant.early");
  }
}
