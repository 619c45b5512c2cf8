package de.smartcity.portfolio.domain.model.funding;

import de.smartcity.portfolio.domain.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A line of the grant's finance plan: how much of the costs a source was planned to carry, and, for
 * third parties and other public funders, how much they actually paid. The own share and this
 * grant's actual amounts follow from the receipts and are computed, not entered.
 */
@Embeddable
public class IncomeLine implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private IncomeKind kind;

  @Column(nullable = false, precision = 15, scale = 2)
  private BigDecimal planned;

  @Column(name = "actual_received", precision = 15, scale = 2)
  private BigDecimal actualReceived;

  protected IncomeLine() {}

  public IncomeLine(IncomeKind kind, Money planned, Money actualReceived) {
    this.kind = kind;
    this.planned = planned.requireEntry("planned").amount();
    this.actualReceived =
        actualReceived == null ? null : actualReceived.requireEntry("actualReceived").amount();
  }

  public IncomeKind getKind() {
    return kind;
  }

  public Money getPlanned() {
    return Money.of(planned);
  }

  /** What the source actually contributed, zero until entered. */
  public Money getActualReceived() {
    return actualReceived == null ? Money.ZERO : Money.of(actualReceived);
  }

  @Override
  public String toString() {
    return kind + " " + planned.toPlainString();
  }
}
