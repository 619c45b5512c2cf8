package de.smartcity.portfolio.domain.model.funding;

import de.smartcity.portfolio.domain.shared.Money;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The financing plan a notice approves: expenditure per cost category (in total and its eligible
 * part) and income per source. Its two sides add up to the same total, and the grant's line is the
 * notice's grant amount; {@link Grant#enterNotice} refuses a plan that breaks either rule.
 */
public final class FinancingPlan implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  /**
   * The plan of one cost category.
   *
   * @param total what the category may cost in all
   * @param eligible the part of it that is eligible for the grant
   */
  public record Expenditure(Money total, Money eligible) implements Serializable {}

  /** A plan of nothing, for a grant whose notices carry no plan. */
  public static final FinancingPlan NONE = new FinancingPlan(Map.of(), Map.of());

  private final Map<String, Expenditure> expenditure;
  private final Map<IncomeKind, Money> income;

  /**
   * @param expenditure per cost category's code, in the order the plan lists them
   * @param income per source; a source missing plans nothing
   */
  public FinancingPlan(Map<String, Expenditure> expenditure, Map<IncomeKind, Money> income) {
    this.expenditure = Collections.unmodifiableMap(new LinkedHashMap<>(expenditure));
    Map<IncomeKind, Money> all = new EnumMap<>(IncomeKind.class);
    for (IncomeKind kind : IncomeKind.values()) {
      all.put(kind, income.getOrDefault(kind, Money.ZERO));
    }
    this.income = Collections.unmodifiableMap(all);
  }

  /** Expenditure per cost category's code. */
  public Map<String, Expenditure> expenditure() {
    return expenditure;
  }

  /** The plan of one category; nothing planned when the plan does not name it. */
  public Expenditure expenditure(String categoryCode) {
    return expenditure.getOrDefault(categoryCode, new Expenditure(Money.ZERO, Money.ZERO));
  }

  /** Income per source, every source present. */
  public Map<IncomeKind, Money> income() {
    return income;
  }

  public Money income(IncomeKind kind) {
    return income.get(kind);
  }

  public Money expenditureTotal() {
    return expenditure.values().stream().map(Expenditure::total).collect(Money.sum());
  }

  public Money eligibleTotal() {
    return expenditure.values().stream().map(Expenditure::eligible).collect(Money.sum());
  }

  public Money incomeTotal() {
    return income.values().stream().collect(Money.sum());
  }

  /** Whether the plan states any expenditure at all (a plan entered with a notice does). */
  public boolean hasExpenditure() {
    return !expenditure.isEmpty();
  }

  /**
   * The share {@code part / whole} of the plan, as an interim proof states one budget year of it:
   * every line rounded half up to the cent; the own share and the last category take the remaining
   * cents, so that both sides still add up to the same total.
   */
  public FinancingPlan share(Money part, Money whole) {
    Money total = prorate(incomeTotal(), part, whole);
    Map<IncomeKind, Money> sharedIncome = new EnumMap<>(IncomeKind.class);
    Money others = Money.ZERO;
    for (IncomeKind kind : IncomeKind.values()) {
      if (kind != IncomeKind.OWN_SHARE) {
        Money line = prorate(income.get(kind), part, whole);
        sharedIncome.put(kind, line);
        others = others.plus(line);
      }
    }
    sharedIncome.put(IncomeKind.OWN_SHARE, total.minus(others));
    Money eligible = prorate(eligibleTotal(), part, whole);
    Map<String, Expenditure> sharedExpenditure = new LinkedHashMap<>();
    List<String> codes = new ArrayList<>(expenditure.keySet());
    Money totalSoFar = Money.ZERO;
    Money eligibleSoFar = Money.ZERO;
    for (int i = 0; i < codes.size(); i++) {
      Expenditure line = expenditure.get(codes.get(i));
      boolean last = i == codes.size() - 1;
      Money lineTotal = last ? total.minus(totalSoFar) : prorate(line.total(), part, whole);
      Money lineEligible =
          last ? eligible.minus(eligibleSoFar) : prorate(line.eligible(), part, whole);
      sharedExpenditure.put(codes.get(i), new Expenditure(lineTotal, lineEligible));
      totalSoFar = totalSoFar.plus(lineTotal);
      eligibleSoFar = eligibleSoFar.plus(lineEligible);
    }
    return new FinancingPlan(sharedExpenditure, sharedIncome);
  }

  /** {@code amount * part / whole}, rounded half up to the cent; zero when there is no whole. */
  static Money prorate(Money amount, Money part, Money whole) {
    if (whole.isZero()) {
      return Money.ZERO;
    }
    return Money.of(
        amount
            .amount()
            .multiply(part.amount())
            .divide(whole.amount(), Money.SCALE, Money.ROUNDING));
  }
}
