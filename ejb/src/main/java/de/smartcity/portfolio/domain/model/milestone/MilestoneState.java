package de.smartcity.portfolio.domain.model.milestone;

/** Derived from the dates of a milestone on a given day; never stored. */
public enum MilestoneState {
  OPEN,
  DONE,
  OVERDUE
}
