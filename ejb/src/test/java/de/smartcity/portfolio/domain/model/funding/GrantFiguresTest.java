package de.smartcity.portfolio.domain.model.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.smartcity.portfolio.domain.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class GrantFiguresTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

  private final Grant grant = GrantTest.grant(GrantComponent.B, LocalDate.of(2022, 3, 1));

  private static NavigableMap<LocalDate, Money> eligible(Object... dateAndAmount) {
    NavigableMap<LocalDate, Money> byDate = new TreeMap<>();
    for (int i = 0; i < dateAndAmount.length; i += 2) {
      byDate.put(
          LocalDate.parse((String) dateAndAmount[i]), Money.of((String) dateAndAmount[i + 1]));
    }
    return byDate;
  }

  /** A confirmed call; what was received arrived on the call's day. */
  private static GrantFigures.Call call(String date, String amount, String received, int window) {
    LocalDate day = LocalDate.parse(date);
    boolean paid = Money.of(received).isGreaterThan(Money.ZERO);
    return new GrantFigures.Call(
        day,
        Money.of(amount),
        Money.of(received),
        paid ? day : null,
        paid ? day.plusDays(window) : null,
        true);
  }

  /** A confirmed call paid out in full on another day. */
  private static GrantFigures.Call paid(String date, String amount, String paidOn, int window) {
    LocalDate payout = LocalDate.parse(paidOn);
    return new GrantFigures.Call(
        LocalDate.parse(date),
        Money.of(amount),
        Money.of(amount),
        payout,
        payout.plusDays(window),
        true);
  }

  /** A call no second finance user has confirmed yet. */
  private static GrantFigures.Call pending(String date, String amount) {
    return new GrantFigures.Call(
        LocalDate.parse(date), Money.of(amount), Money.ZERO, null, null, false);
  }

  @Test
  void shouldComputeTheGrantShareOnEligibleCostsRoundedAtTheCent() {
    // eligible 1,234.57 + 0.10 = 1,234.67; 65 % = 802.5355 -> 802.54
    GrantFigures figures =
        new GrantFigures(
            grant,
            Money.of("1500.00"),
            eligible("2024-01-10", "1234.57", "2024-02-01", "0.10"),
            List.of(),
            TODAY);
    assertThat(figures.eligibleCosts()).isEqualTo(Money.of("1234.67"));
    assertThat(figures.grantShare()).isEqualTo(Money.of("802.54"));
    assertThat(figures.ownShare()).isEqualTo(Money.of("697.46"));
    assertThat(figures.grantShare().plus(figures.ownShare())).isEqualTo(figures.actualCosts());
  }

  @Test
  void shouldCapTheGrantShareAtTheApprovedGrant() {
    GrantFigures figures =
        new GrantFigures(
            grant, Money.of("2000000.00"), eligible("2025-01-01", "2000000.00"), List.of(), TODAY);
    assertThat(figures.grantShare()).isEqualTo(Money.of("650000.00"));
    assertThat(figures.ownShare()).isEqualTo(Money.of("1350000.00"));
  }

  @Test
  void shouldNeverLetPublicFundingExceedEligibleCosts() {
    grant.replaceIncomePlan(
        List.of(new IncomeLine(IncomeKind.OTHER_PUBLIC, Money.ZERO, Money.of("500.00"))));
    GrantFigures figures =
        new GrantFigures(
            grant, Money.of("1000.00"), eligible("2025-01-01", "1000.00"), List.of(), TODAY);
    // 65 % would be 650.00, but other public funding already covers 500.00 of 1,000.00
    assertThat(figures.grantShare()).isEqualTo(Money.of("500.00"));
    assertThat(figures.grantShare().plus(Money.of("500.00"))).isEqualTo(figures.eligibleCosts());
    assertThat(figures.ownShare()).isEqualTo(Money.ZERO);
  }

  @Test
  void shouldKnowWhatWasCalledAndWhatRemains() {
    GrantFigures figures =
        new GrantFigures(
            grant,
            Money.ZERO,
            eligible(),
            List.of(
                call("2024-01-01", "100000.00", "100000.00", 42),
                call("2024-04-01", "50000.50", "0.00", 42)),
            TODAY);
    assertThat(figures.called()).isEqualTo(Money.of("150000.50"));
    assertThat(figures.received()).isEqualTo(Money.of("100000.00"));
    assertThat(figures.remainingToCall()).isEqualTo(Money.of("499999.50"));
  }

  @Test
  void shouldRefuseACallAboveApprovedMinusCalledAndAcceptOneThatFitsToTheCent() {
    GrantFigures figures =
        new GrantFigures(
            grant,
            Money.ZERO,
            eligible(),
            List.of(call("2024-01-01", "600000.00", "600000.00", 42)),
            TODAY);
    figures.requireCallable(Money.of("50000.00"));
    assertThatThrownBy(() -> figures.requireCallable(Money.of("50000.01")))
        .hasFieldOrPropertyWithValue("messageKey", "call.above.remaining")
        .hasFieldOrPropertyWithValue("field", "requested");
  }

  @Test
  void shouldFlagAPayoutWhoseWindowFromThePayoutClosedWithMoneyStillUnspent() {
    // 65,000.00 called on 1 March 2024, paid out on 15 March: the 42 days run from the payout, to
    // 26 April 2024. Only 50,000.00 eligible was paid so far, whose grant share is 32,500.00:
    // 65,000.00 - 32,500.00 = 32,500.00 of the payout is unspent, 940 days after 26 April 2024
    // (365 + 365 to 26 April 2026, then 210 to 22 November 2026).
    GrantFigures figures =
        new GrantFigures(
            grant,
            Money.of("50000.00"),
            eligible("2024-03-10", "50000.00"),
            List.of(paid("2024-03-01", "65000.00", "2024-03-15", 42)),
            TODAY);
    assertThat(figures.unspentPayouts()).hasSize(1);
    GrantFigures.UnspentPayout flag = figures.unspentPayouts().get(0);
    assertThat(flag.unspent()).isEqualTo(Money.of("32500.00"));
    assertThat(flag.call().spendBy()).isEqualTo(LocalDate.of(2024, 4, 26));
    assertThat(flag.daysSinceWindowClosed()).isEqualTo(940);
    assertThat(figures.overdueUnspent()).isEqualTo(Money.of("32500.00"));
  }

  @Test
  void shouldDropTheFlagOnceSpendingCoversThePayout() {
    // 50,000.00 + 100,000.00 eligible, share 97,500.00: more than the 65,000.00 paid out
    GrantFigures figures =
        new GrantFigures(
            grant,
            Money.of("150000.00"),
            eligible("2024-03-10", "50000.00", "2024-05-01", "100000.00"),
            List.of(paid("2024-03-01", "65000.00", "2024-03-15", 42)),
            TODAY);
    assertThat(figures.unspentPayouts()).isEmpty();
    assertThat(figures.unspentCalled()).isEqualTo(Money.ZERO);
  }

  @Test
  void shouldCountTheWindowFromThePayoutNotFromTheCall() {
    // called 1 January 2024 (call + 42 days = 12 February), paid out 1 March (window to 12 April):
    // on 20 March nothing is overdue although the call is older than six weeks
    GrantFigures figures =
        new GrantFigures(
            grant,
            Money.ZERO,
            eligible(),
            List.of(paid("2024-01-01", "1000.00", "2024-03-01", 42)),
            LocalDate.of(2024, 3, 20));
    assertThat(figures.unspentPayouts()).isEmpty();
    GrantFigures later =
        new GrantFigures(
            grant,
            Money.ZERO,
            eligible(),
            List.of(paid("2024-01-01", "1000.00", "2024-03-01", 42)),
            LocalDate.of(2024, 4, 13));
    assertThat(later.unspentPayouts())
        .singleElement()
        .extracting("daysSinceWindowClosed")
        .isEqualTo(1L);
  }

  @Test
  void shouldNotFlagACallWhoseWindowIsStillOpen() {
    GrantFigures figures =
        new GrantFigures(
            grant,
            Money.ZERO,
            eligible(),
            List.of(call("2026-11-01", "1000.00", "1000.00", 42)),
            TODAY);
    assertThat(figures.unspentPayouts()).isEmpty();
    assertThat(figures.unspentCalled()).isEqualTo(Money.of("1000.00"));
  }

  @Test
  void shouldProposeTheShareOfPaymentsDueLessEveryCallAndLeaveUnconfirmedCallsUncounted() {
    // eligible 10,000.00 + 0.77 = 10,000.77, 65 % = 6,500.5005 -> 6,500.50;
    // called 2,000.00 (confirmed) and 1,000.00 (awaiting): 6,500.50 - 3,000.00 = 3,500.50
    GrantFigures figures =
        new GrantFigures(
            grant,
            Money.of("12000.00"),
            eligible("2026-01-10", "10000.00", "2026-11-20", "0.77"),
            List.of(call("2026-02-01", "2000.00", "0.00", 42), pending("2026-11-01", "1000.00")),
            TODAY);
    assertThat(figures.proposedCall()).isEqualTo(Money.of("3500.50"));
    assertThat(figures.called()).isEqualTo(Money.of("2000.00"));
    assertThat(figures.pendingCalled()).isEqualTo(Money.of("1000.00"));
    // 650,000.00 approved less both calls
    assertThat(figures.remainingToCall()).isEqualTo(Money.of("647000.00"));
    assertThat(figures.dueUntil()).isEqualTo(TODAY.plusDays(42));
  }

  @Test
  void shouldNeverProposeMoreThanTheGrantHasLeftNorLessThanZero() {
    // share of 1,000,000.00 eligible is capped at 650,000.00; 600,000.00 called: 50,000.00
    GrantFigures capped =
        new GrantFigures(
            grant,
            Money.of("1000000.00"),
            eligible("2026-01-10", "1000000.00"),
            List.of(call("2026-02-01", "600000.00", "0.00", 42)),
            TODAY);
    assertThat(capped.proposedCall()).isEqualTo(Money.of("50000.00"));
    GrantFigures ahead =
        new GrantFigures(
            grant,
            Money.of("100.00"),
            eligible("2026-01-10", "100.00"),
            List.of(call("2026-02-01", "500.00", "0.00", 42)),
            TODAY);
    assertThat(ahead.proposedCall()).isEqualTo(Money.ZERO);
  }

  @Test
  void shouldShowIncomePlanAgainstActualWithShares() {
    grant.replaceIncomePlan(
        List.of(
            new IncomeLine(IncomeKind.OWN_SHARE, Money.of("350000.00"), null),
            new IncomeLine(IncomeKind.THIRD_PARTY, Money.ZERO, Money.ZERO),
            new IncomeLine(IncomeKind.OTHER_PUBLIC, Money.ZERO, Money.ZERO),
            new IncomeLine(IncomeKind.THIS_GRANT, Money.of("650000.00"), null)));
    GrantFigures figures =
        new GrantFigures(
            grant, Money.of("3000.00"), eligible("2025-01-01", "3000.00"), List.of(), TODAY);

    assertThat(figures.plannedIncomeTotal()).isEqualTo(Money.of("1000000.00"));
    assertThat(figures.income())
        .extracting(GrantFigures.IncomeFigures::kind, GrantFigures.IncomeFigures::actual)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(IncomeKind.OWN_SHARE, Money.of("1050.00")),
            org.assertj.core.groups.Tuple.tuple(IncomeKind.THIRD_PARTY, Money.ZERO),
            org.assertj.core.groups.Tuple.tuple(IncomeKind.OTHER_PUBLIC, Money.ZERO),
            org.assertj.core.groups.Tuple.tuple(IncomeKind.THIS_GRANT, Money.of("1950.00")));
    assertThat(figures.income().get(3).plannedPercent()).isEqualByComparingTo("65.00");
    assertThat(figures.income().get(3).actualPercent()).isEqualByComparingTo("65.00");
    assertThat(figures.fundingRate()).isEqualByComparingTo(BigDecimal.valueOf(65));
  }

  @Test
  void shouldStateABudgetYearWithThePlanInProportionAndTheRemainingCentInTheOwnShare() {
    grant.replaceIncomePlan(
        List.of(
            new IncomeLine(IncomeKind.OWN_SHARE, Money.of("3333.33"), null),
            new IncomeLine(IncomeKind.THIRD_PARTY, Money.of("1000.00"), Money.of("100.00")),
            new IncomeLine(IncomeKind.THIS_GRANT, Money.of("6666.67"), null)));

    GrantFigures year =
        GrantFigures.ofBudgetYear(
            grant,
            2024,
            Money.of("1000.00"),
            Money.of("3000.00"),
            Money.of("600.00"),
            Money.of("1200.00"),
            eligible("2023-12-31", "7.00", "2024-05-01", "500.00", "2025-01-01", "90.00"),
            List.of(
                call("2024-02-01", "100.00", "100.00", 42), call("2025-01-02", "50.00", "0", 42)),
            TODAY);

    // a third of 11,000.00 = 3,666.666.. -> 3,666.67; third parties 333.33, this grant
    // 2,222.2233.. -> 2,222.22; own share takes the rest: 3,666.67 - 333.33 - 2,222.22 = 1,111.12
    assertThat(year.plannedIncomeTotal()).isEqualTo(Money.of("3666.67"));
    assertThat(year.income())
        .extracting(GrantFigures.IncomeFigures::planned)
        .containsExactly(Money.of("1111.12"), Money.of("333.33"), Money.ZERO, Money.of("2222.22"));
    // only 2024's eligible 500.00: 65 % = 325.00; third parties 100.00 x 600 / 1,200 = 50.00
    assertThat(year.eligibleCosts()).isEqualTo(Money.of("500.00"));
    assertThat(year.grantShare()).isEqualTo(Money.of("325.00"));
    assertThat(year.ownShare()).isEqualTo(Money.of("225.00"));
    assertThat(year.called()).isEqualTo(Money.of("100.00"));
  }

  @Test
  void shouldSumTheCallsBeforeAGivenOneAndWhatItsPaymentsJustify() {
    GrantFigures figures =
        new GrantFigures(
            grant,
            Money.ZERO,
            eligible(),
            List.of(call("2024-06-01", "70.00", "0", 42), call("2024-03-01", "30.00", "0", 42)),
            TODAY);

    assertThat(figures.calledBefore(1)).isEqualTo(Money.ZERO);
    assertThat(figures.calledBefore(2)).isEqualTo(Money.of("30.00"));
    // 65 % of 100.10 = 65.065 -> 65.07
    GrantFigures.DuePayments due =
        figures.duePayments(
            List.of(Money.of("100.10"), Money.of("50.00")),
            List.of(Money.of("100.10"), Money.ZERO));
    assertThat(due.total()).isEqualTo(Money.of("150.10"));
    assertThat(due.justified()).isEqualTo(Money.of("65.07"));
  }

  @Test
  void shouldSplitCalledAndSpentIntoQuartersThatAddUpToTheTotals() {
    // Q1/2025: 1,000.00 eligible -> share 650.00; Q2 none; Q3: 0.77 more -> share 650.50 (+0.50)
    GrantFigures figures =
        new GrantFigures(
            grant,
            Money.of("1200.00"),
            eligible("2025-02-10", "999.99", "2025-03-31", "0.01", "2025-07-01", "0.77"),
            List.of(
                call("2024-12-20", "500.00", "500.00", 42), call("2025-05-02", "200.00", "0", 42)),
            TODAY);

    assertThat(figures.quarters())
        .extracting(q -> q.quarter().toString(), q -> q.called(), q -> q.spent())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Q4/2024", Money.of("500.00"), Money.ZERO),
            org.assertj.core.groups.Tuple.tuple("Q1/2025", Money.ZERO, Money.of("650.00")),
            org.assertj.core.groups.Tuple.tuple("Q2/2025", Money.of("200.00"), Money.ZERO),
            org.assertj.core.groups.Tuple.tuple("Q3/2025", Money.ZERO, Money.of("0.50")));
    assertThat(
            figures.quarters().stream().map(GrantFigures.QuarterFlow::spent).collect(Money.sum()))
        .isEqualTo(figures.grantShare());
  }

  @Test
  void shouldSettleTheGrantAsReceivedAgainstItsShareAndLetTheOwnShareBalanceTheCosts() {
    grant.replaceIncomePlan(
        List.of(new IncomeLine(IncomeKind.THIRD_PARTY, Money.of("100.00"), Money.of("100.00"))));
    GrantFigures figures =
        new GrantFigures(
            grant,
            Money.of("1500.00"),
            eligible("2024-01-10", "1234.57", "2024-02-01", "0.10"),
            List.of(),
            TODAY);

    GrantFigures.Settlement settlement = figures.settlement(Money.of("900.00"));

    // eligible 1,234.67; 65 % = 802.5355 -> 802.54; received 900.00: 97.46 over-paid.
    assertThat(settlement.grantShare()).isEqualTo(Money.of("802.54"));
    assertThat(settlement.overpaid()).isEqualTo(Money.of("97.46"));
    // own share 1,500.00 - 900.00 - 100.00 = 500.00 (33.33 % of 1,500.00), so income 1,500.00
    assertThat(settlement.income())
        .extracting(GrantFigures.IncomeFigures::actual)
        .containsExactly(Money.of("500.00"), Money.of("100.00"), Money.ZERO, Money.of("900.00"));
    assertThat(settlement.income().get(0).actualPercent()).isEqualByComparingTo("33.33");
    assertThat(settlement.income().get(3).actualPercent()).isEqualByComparingTo("60.00");
    // own share of the eligible costs 1,234.67 - 900.00 - 100.00 = 234.67 = 19.0067 % -> 19.01 %
    assertThat(settlement.ownShareOfEligible()).isEqualTo(Money.of("234.67"));
    assertThat(settlement.ownShareOfEligiblePercent()).isEqualByComparingTo("19.01");
    // less received than the share: under-payment, negative
    assertThat(figures.settlement(Money.of("800.00")).overpaid()).isEqualTo(Money.of("-2.54"));
  }

  @Test
  void shouldCountPayoutsByTheDayTheyArrivedNotTheDayOfTheCall() {
    Payouts payouts =
        new Payouts(
            List.of(
                new Payouts.Payout(LocalDate.of(2023, 12, 31), Money.of("100.00")),
                new Payouts.Payout(LocalDate.of(2024, 1, 1), Money.of("20.00")),
                new Payouts.Payout(LocalDate.of(2024, 12, 31), Money.of("3.00")),
                new Payouts.Payout(LocalDate.of(2025, 1, 1), Money.of("0.40"))));

    // 2024 counts 20.00 + 3.00; up to its end also 2023's 100.00; 2025's 0.40 in neither
    assertThat(payouts.receivedBetween(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)))
        .isEqualTo(Money.of("23.00"));
    assertThat(payouts.receivedUpTo(LocalDate.of(2024, 12, 31))).isEqualTo(Money.of("123.00"));
    assertThat(payouts.receivedUpTo(LocalDate.of(2025, 1, 1))).isEqualTo(Money.of("123.40"));
  }
}
