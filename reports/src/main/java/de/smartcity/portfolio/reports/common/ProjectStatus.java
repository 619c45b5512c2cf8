package de.smartcity.portfolio.reports.common;

/**
 * A project's place in its life cycle, with the domain's names and in its order, so that the one
 * mapping from the domain is by name; labelled from the reports' own bundle, whose names equal the
 * pages' (a test in the web module compares them).
 */
public enum ProjectStatus {
  IDEA,
  PLANNED,
  IN_PROGRESS,
  COMPLETED,
  PAUSED,
  CANCELLED
}
