package de.smartcity.portfolio.domain.model.budget;

/** What the finance system books a payment against. */
public enum AssignmentKind {
  /** Kostenstelle. */
  COST_CENTRE,
  /** Innenauftrag. */
  INTERNAL_ORDER,
  /** PSP-Element. */
  WBS_ELEMENT
}
