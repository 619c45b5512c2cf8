package de.smartcity.portfolio.domain.model.project;

/** Where a project stands in its life cycle; labels come from the resource bundles. */
public enum ProjectStatus {
  IDEA,
  PLANNED,
  IN_PROGRESS,
  COMPLETED,
  PAUSED,
  CANCELLED
}
