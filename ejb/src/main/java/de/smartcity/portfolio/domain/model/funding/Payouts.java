package de.smartcity.portfolio.domain.model.funding;

import de.smartcity.portfolio.domain.shared.Money;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The money the funder actually paid out on the grant's calls, by the day it arrived. A proof of
 * use states the grant as received, not as called: a call paid out after a period's end belongs to
 * the next period.
 */
public final class Payouts implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  /**
   * One payout.
   *
   * @param receivedOn the day the money arrived
   * @param amount what arrived
   */
  public record Payout(LocalDate receivedOn, Money amount) implements Serializable {}

  private final List<Payout> payouts;

  public Payouts(List<Payout> payouts) {
    this.payouts = List.copyOf(payouts);
  }

  /**
   * The payouts of the confirmed calls; a call still outstanding has none. A call that no second
   * finance user has confirmed yet does not count (four eyes), as in {@link
   * GrantFigures#received()}: otherwise a proof would state money as received that the calls page
   * does not.
   */
  public static Payouts of(List<FundsCall> calls) {
    return new Payouts(
        calls.stream()
            .filter(FundsCall::isConfirmed)
            .filter(call -> call.getReceivedOn().isPresent())
            .map(call -> new Payout(call.getReceivedOn().get(), call.getReceived()))
            .toList());
  }

  /** What arrived from {@code from} to {@code to}, both days included; {@code from} null: ever. */
  public Money receivedBetween(LocalDate from, LocalDate to) {
    return payouts.stream()
        .filter(p -> from == null || !p.receivedOn().isBefore(from))
        .filter(p -> !p.receivedOn().isAfter(to))
        .map(Payout::amount)
        .collect(Money.sum());
  }

  /** What arrived up to and including the day. */
  public Money receivedUpTo(LocalDate day) {
    return receivedBetween(null, day);
  }

  public List<Payout> all() {
    return payouts;
  }
}
