package de.smartcity.portfolio.domain.model.funding;

import de.smartcity.portfolio.domain.shared.BusinessRuleViolation;
import de.smartcity.portfolio.domain.shared.Money;
import de.smartcity.portfolio.domain.shared.Quarter;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Every figure of a grant in one place: actual costs, the grant's share of them, the own share,
 * what was called and received, what remains, and called money that sat unspent too long. Pages and
 * reports read these numbers and compute none of their own.
 *
 * <p>The grant's share is the funding rate applied to the eligible costs, capped by the approved
 * grant and by what other public funding leaves of the eligible costs: public funding in total
 * never exceeds the eligible costs.
 */
public final class GrantFigures implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  /**
   * A call as the figures need it.
   *
   * @param callDate when the money was called
   * @param requested what was called
   * @param received what arrived so far
   * @param receivedOn when it arrived; {@code null} while nothing arrived
   * @param spendBy by when the money paid out had to be spent (payout plus the grant's window);
   *     {@code null} while nothing arrived
   * @param confirmed whether a second finance user confirmed the call: only confirmed calls count
   */
  public record Call(
      LocalDate callDate,
      Money requested,
      Money received,
      LocalDate receivedOn,
      LocalDate spendBy,
      boolean confirmed)
      implements Serializable {}

  /**
   * A payout whose window has passed while part of its money is still unspent.
   *
   * @param call the call that was paid out
   * @param unspent how much of this payout the spending so far does not cover (spending covers the
   *     payouts in the order they arrived)
   * @param daysSinceWindowClosed days from the window's last day ({@link Call#spendBy()}) to today
   */
  public record UnspentPayout(Call call, Money unspent, long daysSinceWindowClosed)
      implements Serializable {}

  /**
   * One line of the income side, plan against actual, with shares of the respective totals.
   *
   * @param kind the source of income
   * @param planned according to the grant notice
   * @param plannedPercent share of the planned total
   * @param actual according to the accounts
   * @param actualPercent share of the actual total
   */
  public record IncomeFigures(
      IncomeKind kind,
      Money planned,
      BigDecimal plannedPercent,
      Money actual,
      BigDecimal actualPercent)
      implements Serializable {}

  /**
   * The grant's money in one quarter.
   *
   * @param quarter the calendar quarter
   * @param called what was called for funds in it
   * @param spent the grant's share of the eligible costs paid in it; the quarters add up to {@link
   *     GrantFigures#grantShare()}, because each is the growth of that share over the quarter
   */
  public record QuarterFlow(Quarter quarter, Money called, Money spent) implements Serializable {}

  private final BigDecimal fundingRate;
  private final Money approvedGrant;
  private final Money actualCosts;
  private final Money eligibleCosts;
  private final Money thirdParty;
  private final Money otherPublic;
  private final Money grantShare;
  private final Money called;
  private final Money pendingCalled;
  private final Money received;
  private final Money eligibleDue;
  private final LocalDate dueUntil;
  private final FinancingPlan plan;
  private final Map<IncomeKind, Money> plannedIncome;
  private final List<UnspentPayout> unspentPayouts;
  private final List<Call> calls;
  private final List<QuarterFlow> quarters;

  /**
   * @param grant the grant with its approved figures and income plan
   * @param actualCosts the sum of all receipts booked to the grant
   * @param eligibleByPaymentDate the eligible part of those receipts, summed per payment date
   * @param calls the calls for funds, in any order
   * @param today the day the figures are for
   */
  public GrantFigures(
      Grant grant,
      Money actualCosts,
      NavigableMap<LocalDate, Money> eligibleByPaymentDate,
      List<Call> calls,
      LocalDate today) {
    this(
        grant,
        actualCosts,
        eligibleByPaymentDate,
        calls,
        today,
        planInForce(grant, grant.effectiveFundingEnd()),
        actualReceived(grant.incomePlan(), IncomeKind.THIRD_PARTY),
        actualReceived(grant.incomePlan(), IncomeKind.OTHER_PUBLIC));
  }

  private GrantFigures(
      Grant grant,
      Money actualCosts,
      NavigableMap<LocalDate, Money> eligibleByPaymentDate,
      List<Call> calls,
      LocalDate today,
      FinancingPlan plan,
      Money thirdParty,
      Money otherPublic) {
    this.fundingRate = grant.getFundingRate();
    this.approvedGrant = grant.getApprovedGrant();
    this.actualCosts = actualCosts;
    this.eligibleCosts = eligibleByPaymentDate.values().stream().collect(Money.sum());
    this.thirdParty = thirdParty;
    this.otherPublic = otherPublic;
    this.grantShare = grantShareOf(eligibleCosts);
    List<Call> inOrder = new ArrayList<>(calls);
    inOrder.sort((a, b) -> a.callDate().compareTo(b.callDate()));
    this.calls = List.copyOf(inOrder);
    List<Call> confirmed = inOrder.stream().filter(Call::confirmed).toList();
    this.called = confirmed.stream().map(Call::requested).collect(Money.sum());
    this.pendingCalled =
        inOrder.stream()
            .filter(call -> !call.confirmed())
            .map(Call::requested)
            .collect(Money.sum());
    this.received = confirmed.stream().map(Call::received).collect(Money.sum());
    this.plan = plan;
    this.plannedIncome = plan.income();
    this.unspentPayouts = unspentPayouts(confirmed, today);
    this.quarters = quarters(confirmed, eligibleByPaymentDate);
    this.dueUntil = today.plusDays(grant.getCallWindowDays());
    this.eligibleDue =
        eligibleByPaymentDate.headMap(dueUntil, true).values().stream().collect(Money.sum());
  }

  private List<QuarterFlow> quarters(
      List<Call> calls, NavigableMap<LocalDate, Money> eligibleByDate) {
    NavigableMap<Quarter, Money> calledIn = new TreeMap<>();
    for (Call call : calls) {
      calledIn.merge(Quarter.of(call.callDate()), call.requested(), Money::plus);
    }
    NavigableMap<Quarter, Money> eligibleIn = new TreeMap<>();
    eligibleByDate.forEach((day, amount) -> eligibleIn.merge(Quarter.of(day), amount, Money::plus));
    if (calledIn.isEmpty() && eligibleIn.isEmpty()) {
      return List.of();
    }
    Quarter first = min(calledIn, eligibleIn);
    Quarter last = max(calledIn, eligibleIn);
    List<QuarterFlow> flows = new ArrayList<>();
    Money eligibleSoFar = Money.ZERO;
    Money shareSoFar = Money.ZERO;
    for (Quarter quarter = first; quarter.compareTo(last) <= 0; quarter = quarter.next()) {
      eligibleSoFar = eligibleSoFar.plus(eligibleIn.getOrDefault(quarter, Money.ZERO));
      Money share = grantShareOf(eligibleSoFar);
      flows.add(
          new QuarterFlow(
              quarter, calledIn.getOrDefault(quarter, Money.ZERO), share.minus(shareSoFar)));
      shareSoFar = share;
    }
    return List.copyOf(flows);
  }

  private static Quarter min(NavigableMap<Quarter, Money> a, NavigableMap<Quarter, Money> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return a.isEmpty() ? b.firstKey() : a.firstKey();
    }
    return a.firstKey().compareTo(b.firstKey()) <= 0 ? a.firstKey() : b.firstKey();
  }

  private static Quarter max(NavigableMap<Quarter, Money> a, NavigableMap<Quarter, Money> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return a.isEmpty() ? b.lastKey() : a.lastKey();
    }
    return a.lastKey().compareTo(b.lastKey()) >= 0 ? a.lastKey() : b.lastKey();
  }

  /**
   * The figures of one budget year, as an interim proof (Zwischennachweis) states them: the
   * receipts paid and the calls made in that year. The finance plan is agreed for the whole grant,
   * not per year, so the year's income plan is the whole plan in proportion to the year's planned
   * costs, and third-party and other public contributions (entered as totals) count in proportion
   * to the year's actual costs; each source is rounded half up to the cent and the own share takes
   * the remaining cent, so that the year's plan adds up.
   *
   * @param year the budget year
   * @param plannedCostsOfYear the cost plan of the year (all categories)
   * @param plannedCostsOfGrant the cost plan of the whole grant
   * @param actualCostsOfYear the receipts paid in the year
   * @param actualCostsOfGrant all receipts of the grant
   * @param eligibleByPaymentDate the eligible part of all receipts per payment date
   * @param calls all calls for funds of the grant
   * @param today the day the figures are for
   */
  public static GrantFigures ofBudgetYear(
      Grant grant,
      int year,
      Money plannedCostsOfYear,
      Money plannedCostsOfGrant,
      Money actualCostsOfYear,
      Money actualCostsOfGrant,
      NavigableMap<LocalDate, Money> eligibleByPaymentDate,
      List<Call> calls,
      LocalDate today) {
    Map<IncomeKind, IncomeLine> plan = grant.incomePlan();
    FinancingPlan ofYear =
        planInForce(grant, LocalDate.of(year, 12, 31))
            .share(plannedCostsOfYear, plannedCostsOfGrant);
    LocalDate first = LocalDate.of(year, 1, 1);
    LocalDate last = LocalDate.of(year, 12, 31);
    return new GrantFigures(
        grant,
        actualCostsOfYear,
        new TreeMap<>(eligibleByPaymentDate.subMap(first, true, last, true)),
        calls.stream().filter(call -> call.callDate().getYear() == year).toList(),
        today,
        ofYear,
        prorate(
            actualReceived(plan, IncomeKind.THIRD_PARTY), actualCostsOfYear, actualCostsOfGrant),
        prorate(
            actualReceived(plan, IncomeKind.OTHER_PUBLIC), actualCostsOfYear, actualCostsOfGrant));
  }

  /** {@code amount * part / whole}, rounded half up to the cent; zero when there is no whole. */
  private static Money prorate(Money amount, Money part, Money whole) {
    return FinancingPlan.prorate(amount, part, whole);
  }

  /**
   * The financing plan of the notice in force on the day; for a grant whose notices carry no plan
   * (recorded before they did), its income plan, without expenditure.
   */
  private static FinancingPlan planInForce(Grant grant, LocalDate day) {
    return grant
        .financingPlanOn(day)
        .orElseGet(() -> new FinancingPlan(Map.of(), plannedIncome(grant.incomePlan())));
  }

  private static Money actualReceived(Map<IncomeKind, IncomeLine> plan, IncomeKind kind) {
    IncomeLine line = plan.get(kind);
    return line == null ? Money.ZERO : line.getActualReceived();
  }

  private static Map<IncomeKind, Money> plannedIncome(Map<IncomeKind, IncomeLine> plan) {
    Map<IncomeKind, Money> planned = new EnumMap<>(IncomeKind.class);
    for (IncomeKind kind : IncomeKind.values()) {
      IncomeLine line = plan.get(kind);
      planned.put(kind, line == null ? Money.ZERO : line.getPlanned());
    }
    return planned;
  }

  /** The grant's share of the given eligible costs, with both caps applied. */
  private Money grantShareOf(Money eligible) {
    Money byRate = eligible.percent(fundingRate);
    Money leftByOtherPublicFunding = eligible.minus(otherPublic).atLeastZero();
    return byRate.min(approvedGrant).min(leftByOtherPublicFunding);
  }

  /**
   * Spending covers the payouts in the order they arrived: a payout is still unspent by what the
   * payouts up to it brought in beyond the grant's share of the eligible costs paid so far, at most
   * its own amount. Flagged are those whose window closed before today.
   */
  private List<UnspentPayout> unspentPayouts(List<Call> confirmed, LocalDate today) {
    List<Call> payouts =
        new ArrayList<>(confirmed.stream().filter(call -> call.receivedOn() != null).toList());
    payouts.sort(Comparator.comparing(Call::receivedOn).thenComparing(Call::callDate));
    List<UnspentPayout> flagged = new ArrayList<>();
    Money arrived = Money.ZERO;
    for (Call payout : payouts) {
      arrived = arrived.plus(payout.received());
      Money unspent = arrived.minus(grantShare).atLeastZero().min(payout.received());
      if (today.isAfter(payout.spendBy()) && unspent.isGreaterThan(Money.ZERO)) {
        flagged.add(
            new UnspentPayout(payout, unspent, ChronoUnit.DAYS.between(payout.spendBy(), today)));
      }
    }
    return List.copyOf(flagged);
  }

  /**
   * Refuses a call for more than the approved grant minus what was called already, calls awaiting
   * confirmation included (they count once confirmed).
   */
  public void requireCallable(Money request) {
    if (request.isGreaterThan(remainingToCall())) {
      throw new BusinessRuleViolation(
          "call.above.remaining",
          "requested",
          request,
          remainingToCall(),
          approvedGrant,
          called.plus(pendingCalled));
    }
  }

  /**
   * What may be called now: the grant's share of the eligible payments paid or falling due up to
   * {@link #dueUntil()} (today plus the grant's window), less what every call so far asked for
   * (those awaiting confirmation included, so that nothing is called twice), never more than the
   * grant has left and never below zero.
   */
  public Money proposedCall() {
    Money outstanding = called.plus(pendingCalled);
    return grantShareOf(eligibleDue).minus(outstanding).min(remainingToCall()).atLeastZero();
  }

  /** The eligible payments paid or falling due up to {@link #dueUntil()}. */
  public Money eligibleDue() {
    return eligibleDue;
  }

  /** The last day whose payments a call made today may cover: today plus the grant's window. */
  public LocalDate dueUntil() {
    return dueUntil;
  }

  /** What the calls awaiting a second finance user's confirmation ask for; not yet called. */
  public Money pendingCalled() {
    return pendingCalled;
  }

  public BigDecimal fundingRate() {
    return fundingRate;
  }

  public Money approvedGrant() {
    return approvedGrant;
  }

  public Money actualCosts() {
    return actualCosts;
  }

  public Money eligibleCosts() {
    return eligibleCosts;
  }

  public Money grantShare() {
    return grantShare;
  }

  /** What the city carries itself: the costs less the grant and the other contributions. */
  public Money ownShare() {
    return actualCosts.minus(grantShare).minus(thirdParty).minus(otherPublic);
  }

  public Money called() {
    return called;
  }

  public Money received() {
    return received;
  }

  /**
   * The calls for funds in date order (calls of the same day in the order given), those awaiting
   * confirmation included; {@link #called()} and {@link #received()} count only confirmed ones.
   */
  public List<Call> calls() {
    return calls;
  }

  /** What the confirmed calls before the given one (1 for the first) requested together. */
  public Money calledBefore(int callNumber) {
    return calls.subList(0, Math.max(0, Math.min(callNumber - 1, calls.size()))).stream()
        .filter(Call::confirmed)
        .map(Call::requested)
        .collect(Money.sum());
  }

  /**
   * What payments falling due justify calling: their total, their eligible part, and the funding
   * rate's share of that part, rounded half up to the cent.
   *
   * @param total the payments' amounts added up
   * @param eligible their eligible parts added up
   * @param justified the funding rate applied to the eligible part
   */
  public record DuePayments(Money total, Money eligible, Money justified) implements Serializable {}

  /**
   * @param amounts the amounts of the payments due
   * @param eligibleAmounts their eligible parts
   */
  public DuePayments duePayments(List<Money> amounts, List<Money> eligibleAmounts) {
    Money eligible = eligibleAmounts.stream().collect(Money.sum());
    return new DuePayments(
        amounts.stream().collect(Money.sum()), eligible, eligible.percent(fundingRate));
  }

  /** The approved grant less every call so far, those awaiting confirmation included. */
  public Money remainingToCall() {
    return approvedGrant.minus(called).minus(pendingCalled);
  }

  /** Money called but not yet covered by spending. */
  public Money unspentCalled() {
    return called.minus(grantShare).atLeastZero();
  }

  /**
   * The payouts whose spending window (from the payout, Nr. 1.4 ANBest-P) has closed with money
   * still unspent, oldest first; a payout drops out once spending covers it.
   */
  public List<UnspentPayout> unspentPayouts() {
    return unspentPayouts;
  }

  /** The money of {@link #unspentPayouts()} together. */
  public Money overdueUnspent() {
    return unspentPayouts.stream().map(UnspentPayout::unspent).collect(Money.sum());
  }

  /** Called and spent per quarter, from the first quarter with either to the last, none skipped. */
  public List<QuarterFlow> quarters() {
    return quarters;
  }

  /** Income plan against actual, in the order of the proof of use, without the total line. */
  public List<IncomeFigures> income() {
    Map<IncomeKind, Money> actual = new EnumMap<>(IncomeKind.class);
    actual.put(IncomeKind.OWN_SHARE, ownShare());
    actual.put(IncomeKind.THIRD_PARTY, thirdParty);
    actual.put(IncomeKind.OTHER_PUBLIC, otherPublic);
    actual.put(IncomeKind.THIS_GRANT, grantShare);
    Money plannedTotal = plannedIncomeTotal();
    List<IncomeFigures> lines = new ArrayList<>();
    for (IncomeKind kind : IncomeKind.values()) {
      Money planned = plannedIncome.get(kind);
      Money done = actual.get(kind);
      lines.add(
          new IncomeFigures(
              kind, planned, planned.percentOf(plannedTotal), done, done.percentOf(actualCosts)));
    }
    return lines;
  }

  /**
   * The approved financing plan of the figures' period: for the whole grant, the plan in force at
   * the end of the funding period; for a budget year, that year's share of the plan in force at its
   * end. Without expenditure for a grant whose notices carry no plan.
   */
  public FinancingPlan plan() {
    return plan;
  }

  public Money plannedIncomeTotal() {
    return plannedIncome.values().stream().collect(Money.sum());
  }

  /**
   * Part II.1 "lt. Abrechnung" as a proof of use states it: this grant as the money actually
   * received in the period, the own share as what the costs leave after it and the other sources
   * (so that income equals expenditure), and beside it what the grant's share of the eligible costs
   * comes to ({@link #grantShare()}), the difference as over- (positive) or under-payment
   * (negative), and the own share of the eligible costs as a check.
   *
   * @param income plan against actual, with this grant and the own share as received and left
   * @param received the payouts of the period
   * @param grantShare the funding rate's share of the eligible costs, capped
   * @param overpaid received minus grant share; negative when less was paid than the costs justify
   * @param ownShareOfEligible the eligible costs less this grant as received and the other sources
   * @param ownShareOfEligiblePercent that as a share of the eligible costs
   */
  public record Settlement(
      List<IncomeFigures> income,
      Money received,
      Money grantShare,
      Money overpaid,
      Money ownShareOfEligible,
      BigDecimal ownShareOfEligiblePercent)
      implements Serializable {}

  /**
   * @param received what the funder paid out in the period (see {@link Payouts})
   */
  public Settlement settlement(Money received) {
    Money others = thirdParty.plus(otherPublic);
    Money ownShare = actualCosts.minus(received).minus(others);
    Money ownOfEligible = eligibleCosts.minus(received).minus(others);
    List<IncomeFigures> lines =
        income().stream()
            .map(
                line -> {
                  Money actual =
                      switch (line.kind()) {
                        case OWN_SHARE -> ownShare;
                        case THIS_GRANT -> received;
                        default -> line.actual();
                      };
                  return new IncomeFigures(
                      line.kind(),
                      line.planned(),
                      line.plannedPercent(),
                      actual,
                      actual.percentOf(actualCosts));
                })
            .toList();
    return new Settlement(
        lines,
        received,
        grantShare,
        received.minus(grantShare),
        ownOfEligible,
        ownOfEligible.percentOf(eligibleCosts));
  }
}
