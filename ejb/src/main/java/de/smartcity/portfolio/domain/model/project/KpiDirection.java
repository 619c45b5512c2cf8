package de.smartcity.portfolio.domain.model.project;

/** Which way a key figure should move: more visits are better, fewer complaints are. */
public enum KpiDirection {
  HIGHER,
  LOWER;

  /** Whether the value reaches the target in this direction. */
  public boolean reached(java.math.BigDecimal value, java.math.BigDecimal target) {
    int comparison = value.compareTo(target);
    return this == HIGHER ? comparison >= 0 : comparison <= 0;
  }
}
