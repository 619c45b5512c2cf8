package de.smartcity.portfolio.infrastructure.persistence.jpa;

import de.smartcity.portfolio.domain.model.project.KpiMeasurement;
import de.smartcity.portfolio.domain.model.project.KpiMeasurementRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class JpaKpiMeasurementRepository extends JpaRepository implements KpiMeasurementRepository {

  @Override
  public List<KpiMeasurement> findByProject(long projectId) {
    return list(
        "SELECT m FROM KpiMeasurement m WHERE m.project.id = :project"
            + " ORDER BY m.kpiKey, m.measuredOn, m.recordedAt, m.id",
        KpiMeasurement.class,
        "project",
        projectId);
  }

  @Override
  public void store(KpiMeasurement measurement) {
    persist(measurement);
  }

  /** One by one, so that the audit trail records each measurement that goes. */
  @Override
  public void removeAllBut(long projectId, Collection<Integer> keptKeys) {
    findByProject(projectId).stream()
        .filter(measurement -> !keptKeys.contains(measurement.getKpiKey()))
        .forEach(entityManager::remove);
  }
}
