package de.smartcity.portfolio.application.internal;

import de.smartcity.portfolio.domain.model.project.Health;
import de.smartcity.portfolio.domain.model.project.ProjectStatus;

/**
 * The one mapping of a project's status and health into the reports' records. The reports name
 * their constants as the domain does, so the mapping is by name; the labels come from the reports'
 * bundle, which a test keeps equal to the pages'.
 */
final class ReportEnums {

  private ReportEnums() {}

  static de.smartcity.portfolio.reports.common.ProjectStatus status(ProjectStatus status) {
    return de.smartcity.portfolio.reports.common.ProjectStatus.valueOf(status.name());
  }

  static de.smartcity.portfolio.reports.common.Health health(Health health) {
    return de.smartcity.portfolio.reports.common.Health.valueOf(health.name());
  }
}
