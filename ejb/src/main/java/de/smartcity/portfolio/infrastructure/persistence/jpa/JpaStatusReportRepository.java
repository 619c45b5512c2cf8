package de.smartcity.portfolio.infrastructure.persistence.jpa;

import de.smartcity.portfolio.domain.model.statusreport.StatusReport;
import de.smartcity.portfolio.domain.model.statusreport.StatusReportRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaStatusReportRepository extends JpaRepository implements StatusReportRepository {

  private static final String NEWEST_FIRST =
      "SELECT r FROM StatusReport r WHERE r.project.id = :project"
          + " ORDER BY r.reportDate DESC, r.id DESC";

  @Override
  public List<StatusReport> findByProject(long projectId) {
    return list(NEWEST_FIRST, StatusReport.class, "project", projectId);
  }

  @Override
  public Optional<StatusReport> findLatest(long projectId) {
    return first(NEWEST_FIRST, StatusReport.class, "project", projectId);
  }

  @Override
  public void store(StatusReport report) {
    persist(report);
  }
}
