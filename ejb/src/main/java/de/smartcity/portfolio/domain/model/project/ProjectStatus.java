package de.smartcity.portfolio.domain.model.project;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a project stands in its life cycle; labels come from the resource bundles. Only sensible
 * steps are allowed: a completed or cancelled project is closed, an idea is planned before it
 * starts, and a paused project resumes or stops.
 */
public enum ProjectStatus {
  IDEA,
  PLANNED,
  IN_PROGRESS,
  COMPLETED,
  PAUSED,
  CANCELLED;

  public Set<ProjectStatus> successors() {
    return switch (this) {
      case IDEA -> EnumSet.of(PLANNED, CANCELLED);
      case PLANNED -> EnumSet.of(IDEA, IN_PROGRESS, PAUSED, CANCELLED);
      case IN_PROGRESS -> EnumSet.of(COMPLETED, PAUSED, CANCELLED);
      case PAUSED -> EnumSet.of(PLANNED, IN_PROGRESS, CANCELLED);
      case COMPLETED, CANCELLED -> EnumSet.noneOf(ProjectStatus.class);
    };
  }

  public boolean canMoveTo(ProjectStatus next) {
    return this == next || successors().contains(next);
  }

  public boolean isClosed() {
    return this == COMPLETED || this == CANCELLED;
  }
}
