package de.smartcity.portfolio.domain.model.project;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * A key performance indicator in the fields of the city's public dashboard (what we measure, why it
 * matters, the target) plus its unit, the baseline it starts from and whether higher or lower is
 * better. What was measured is kept as {@link KpiMeasurement}s, each with its day, which name the
 * indicator by its {@link #getKey() key}: the key stays when the indicators are edited, so a
 * measurement never loses its indicator and a new one never overwrites an old one.
 */
@Embeddable
public class Kpi implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  /** Digits a figure may have before and after the decimal point (NUMERIC(19,4)). */
  public static final int INTEGER_DIGITS = 15;

  public static final int FRACTION_DIGITS = 4;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** The indicator's number within its project, unique there and never changed; 0 before saving. */
  @Column(name = "kpi_key", nullable = false)
  private int key;

  @NotBlank
  @Size(max = 200)
  @Column(nullable = false, length = 200)
  private String measure;

  @Size(max = 1000)
  @Column(length = 1000)
  private String rationale;

  @Size(max = 40)
  @Column(length = 40)
  private String unit;

  @Digits(integer = INTEGER_DIGITS, fraction = FRACTION_DIGITS)
  @Column(precision = 19, scale = 4)
  private BigDecimal baseline;

  @Digits(integer = INTEGER_DIGITS, fraction = FRACTION_DIGITS)
  @Column(name = "target_value", precision = 19, scale = 4)
  private BigDecimal target;

  /**
   * A target that was written as text before targets were numbers (migration V21), such as
   * "rechtzeitig"; kept readable until a numeric target replaces it.
   */
  @Size(max = 100)
  @Column(name = "target_note", length = 100)
  private String targetNote;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private KpiDirection direction = KpiDirection.HIGHER;

  protected Kpi() {}

  public Kpi(
      String measure,
      String rationale,
      String unit,
      BigDecimal baseline,
      BigDecimal target,
      KpiDirection direction) {
    this.measure = measure;
    this.rationale = rationale;
    this.unit = unit == null || unit.isBlank() ? null : unit.strip();
    this.baseline = baseline;
    this.target = target;
    this.direction = direction == null ? KpiDirection.HIGHER : direction;
  }

  /** An indicator with only what a new project's form asks: what is measured and the target. */
  public static Kpi of(String measure, BigDecimal target) {
    return new Kpi(measure, null, null, null, target, KpiDirection.HIGHER);
  }

  /** This indicator as an edit of the stored one with the given key (0: a new indicator). */
  public Kpi editing(int existingKey, String existingTargetNote) {
    this.key = existingKey;
    this.targetNote = target == null ? existingTargetNote : null;
    return this;
  }

  void assignKey(int newKey) {
    this.key = newKey;
  }

  public int getKey() {
    return key;
  }

  public String getMeasure() {
    return measure;
  }

  public String getRationale() {
    return rationale;
  }

  public String getUnit() {
    return unit;
  }

  public BigDecimal getBaseline() {
    return baseline;
  }

  public BigDecimal getTarget() {
    return target;
  }

  public String getTargetNote() {
    return targetNote;
  }

  public KpiDirection getDirection() {
    return direction;
  }

  /** Whether the value reaches the target; empty without a value or a target. */
  public Optional<Boolean> reached(BigDecimal value) {
    if (value == null || target == null) {
      return Optional.empty();
    }
    return Optional.of(direction.reached(value, target));
  }

  /**
   * How far the value has come towards the target, in percent, rounded half up: from the baseline
   * when there is one ((value − baseline) / (target − baseline), whichever way the target lies),
   * else the value as a share of the target, or for "lower is better" the target as a share of the
   * value. Empty without a value or a target, or when the division has no meaning (zero).
   */
  public Optional<BigDecimal> attainedPercent(BigDecimal value) {
    if (value == null || target == null) {
      return Optional.empty();
    }
    if (baseline != null && baseline.compareTo(target) != 0) {
      return Optional.of(share(value.subtract(baseline), target.subtract(baseline)));
    }
    BigDecimal part = direction == KpiDirection.HIGHER ? value : target;
    BigDecimal whole = direction == KpiDirection.HIGHER ? target : value;
    return whole.signum() == 0 ? Optional.empty() : Optional.of(share(part, whole));
  }

  private static BigDecimal share(BigDecimal part, BigDecimal whole) {
    return part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Kpi kpi
        && key == kpi.key
        && Objects.equals(measure, kpi.measure)
        && Objects.equals(rationale, kpi.rationale)
        && Objects.equals(unit, kpi.unit)
        && same(baseline, kpi.baseline)
        && same(target, kpi.target)
        && Objects.equals(targetNote, kpi.targetNote)
        && direction == kpi.direction;
  }

  private static boolean same(BigDecimal a, BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, measure);
  }

  /** As the audit trail writes the indicators: what is measured and the target. */
  @Override
  public String toString() {
    String goal =
        target != null
            ? target.stripTrailingZeros().toPlainString()
            : Objects.toString(targetNote, "–");
    return measure + " → " + goal + (unit == null ? "" : " " + unit);
  }
}
