package de.smartcity.portfolio.reports.portfolio;

/**
 * The columns of the portfolio's list, in the page's order; the export of "this view" writes those
 * the reader shows, each with its label from the report bundle ({@code projectList.column.*}).
 */
public enum ProjectListColumn {
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
  GRANT,
  PLANNED,
  SPENT,
  REMAINING
}
