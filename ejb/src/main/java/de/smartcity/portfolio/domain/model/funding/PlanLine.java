package de.smartcity.portfolio.domain.model.funding;

import de.smartcity.portfolio.domain.model.budget.CostCategory;
import de.smartcity.portfolio.domain.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of the financing plan a notice approves, kept with the notice's date: either the
 * expenditure of a cost category (total and eligible part) or the income of a source.
 */
@Embeddable
public class PlanLine implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  @Column(name = "notice_date", nullable = false)
  private LocalDate noticeDate;

  @ManyToOne(fetch = FetchType.EAGER)
  @JoinColumn(name = "cost_category_id")
  private CostCategory category;

  @Enumerated(EnumType.STRING)
  @Column(name = "income_kind", length = 20)
  private IncomeKind incomeKind;

  @Column(nullable = false, precision = 15, scale = 2)
  private BigDecimal amount;

  @Column(name = "eligible_amount", precision = 15, scale = 2)
  private BigDecimal eligibleAmount;

  protected PlanLine() {}

  private PlanLine(
      LocalDate noticeDate,
      CostCategory category,
      IncomeKind incomeKind,
      BigDecimal amount,
      BigDecimal eligibleAmount) {
    this.noticeDate = noticeDate;
    this.category = category;
    this.incomeKind = incomeKind;
    this.amount = amount;
    this.eligibleAmount = eligibleAmount;
  }

  static PlanLine expenditure(
      LocalDate noticeDate, CostCategory category, Money total, Money eligible) {
    return new PlanLine(noticeDate, category, null, total.amount(), eligible.amount());
  }

  static PlanLine income(LocalDate noticeDate, IncomeKind kind, Money amount) {
    return new PlanLine(noticeDate, null, kind, amount.amount(), null);
  }

  public LocalDate getNoticeDate() {
    return noticeDate;
  }

  /** The cost category of an expenditure line, {@code null} for an income line. */
  public CostCategory getCategory() {
    return category;
  }

  /** The source of an income line, {@code null} for an expenditure line. */
  public IncomeKind getIncomeKind() {
    return incomeKind;
  }

  public Money getAmount() {
    return Money.of(amount);
  }

  public Money getEligibleAmount() {
    return eligibleAmount == null ? Money.ZERO : Money.of(eligibleAmount);
  }

  @Override
  public String toString() {
    return noticeDate
        + " "
        + (category != null ? category.getCode() : incomeKind)
        + " "
        + amount.toPlainString();
  }
}
