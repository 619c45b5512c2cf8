package de.smartcity.portfolio.domain.model.statusreport;

import java.util.List;
import java.util.Optional;

/** Where status reports are kept. */
public interface StatusReportRepository {

  /** The project's reports, newest first. */
  List<StatusReport> findByProject(long projectId);

  Optional<StatusReport> findLatest(long projectId);

  void store(StatusReport report);
}
