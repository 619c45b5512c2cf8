package de.smartcity.portfolio.domain.model.project;

/**
 * The project manager's traffic light next to the life-cycle status. Amber and red say that
 * something needs attention, so they need a reason.
 */
public enum Health {
  GREEN,
  AMBER,
  RED;

  public boolean needsReason() {
    return this != GREEN;
  }
}
