package de.smartcity.portfolio.domain.model.project;

import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A key figure with its measurements, oldest first, and where it stands: the latest measurement
 * with a value against the target. The project page, its chart and the one-pager read it from here.
 */
public record KpiStanding(Kpi kpi, List<KpiMeasurement> measurements) implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  private static final Comparator<KpiMeasurement> RECORDED =
      Comparator.comparing(KpiMeasurement::getMeasuredOn)
          .thenComparing(KpiMeasurement::getRecordedAt)
          .thenComparing(KpiMeasurement::getId, Comparator.nullsLast(Comparator.naturalOrder()));

  public KpiStanding {
    measurements = measurements.stream().sorted(RECORDED).toList();
  }

  /** Each of the project's key figures, in its order, with its measurements. */
  public static List<KpiStanding> of(Project project, List<KpiMeasurement> all) {
    List<KpiStanding> standings = new ArrayList<>();
    for (Kpi kpi : project.getKpis()) {
      standings.add(
          new KpiStanding(kpi, all.stream().filter(m -> m.getKpiKey() == kpi.getKey()).toList()));
    }
    return standings;
  }

  /** The measurements that hold a number, oldest first: what the chart draws. */
  public List<KpiMeasurement> values() {
    return measurements.stream().filter(m -> m.getValue() != null).toList();
  }

  /** The latest measurement with a value: on the latest day, and of that day the last recorded. */
  public Optional<KpiMeasurement> latest() {
    List<KpiMeasurement> values = values();
    return values.isEmpty() ? Optional.empty() : Optional.of(values.get(values.size() - 1));
  }

  public BigDecimal latestValue() {
    return latest().map(KpiMeasurement::getValue).orElse(null);
  }

  public Optional<BigDecimal> attainedPercent() {
    return kpi.attainedPercent(latestValue());
  }

  public Optional<Boolean> reached() {
    return kpi.reached(latestValue());
  }
}
