package de.smartcity.portfolio.reports.common;

/** A project's place in its life cycle, labelled from the reports' own bundle. */
public enum ProjectStatus {
  IDEA,
  PLANNED,
  IN_PROGRESS,
  PAUSED,
  DONE,
  CANCELLED
}
