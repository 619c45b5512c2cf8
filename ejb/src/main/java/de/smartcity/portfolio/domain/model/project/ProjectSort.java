package de.smartcity.portfolio.domain.model.project;

/** The columns the portfolio list can be sorted by; ties are always broken by the code. */
public enum ProjectSort {
  CODE,
  TITLE,
  THEME,
  FIELD,
  ORGANISATION,
  MANAGER,
  STATUS,
  HEALTH,
  START,
  END,
  /** Approved planned costs, as the list's money column shows them. */
  PLANNED,
  SPENT,
  /** Planned less spent. */
  REMAINING;

  /** Whether the order is by a project's money, which the projects' own columns do not hold. */
  public boolean byMoney() {
    return this == PLANNED || this == SPENT || this == REMAINING;
  }
}
