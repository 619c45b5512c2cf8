package de.smartcity.portfolio.domain.model.project;

import java.util.List;

/** Where the measurements of key figures are kept; they are added, never changed. */
public interface KpiMeasurementRepository {

  /** The project's measurements, by indicator, then by day and in the order they were recorded. */
  List<KpiMeasurement> findByProject(long projectId);

  void store(KpiMeasurement measurement);

  /** Removes the measurements of indicators the project no longer has. */
  void removeAllBut(long projectId, java.util.Collection<Integer> keptKeys);
}
