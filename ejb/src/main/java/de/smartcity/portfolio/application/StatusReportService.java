package de.smartcity.portfolio.application;

import de.smartcity.portfolio.domain.model.statusreport.StatusReport;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;

/** Writes and reads the status reports of a project. */
public interface StatusReportService {

  /** The history, newest first. */
  List<StatusReport> reports(long projectId);

  Optional<StatusReport> latestReport(long projectId);

  /**
   * Adds a report and sets the project's health from it.
   *
   * @param projectVersion the version of the project the author saw
   */
  StatusReport addReport(
      long projectId, long projectVersion, @NotNull @Valid NewStatusReport report);
}
