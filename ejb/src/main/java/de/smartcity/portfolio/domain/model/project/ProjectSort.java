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
  END
}
