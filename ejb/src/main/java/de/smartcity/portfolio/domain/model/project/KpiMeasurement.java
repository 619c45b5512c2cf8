package de.smartcity.portfolio.domain.model.project;

import de.smartcity.portfolio.domain.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One value of a key figure as measured on a day. Measurements are only ever added: none is changed
 * or overwritten, so the figure's history is what was recorded, with who recorded it and when. Made
 * by {@link Project#measure}, which checks the rules. A measurement migrated from the former text
 * field (V21) may hold only a note, where the text was no number.
 */
@Entity
@Table(name = "kpi_measurement")
public class KpiMeasurement extends AbstractEntity {

  /** The most characters a measurement's note may have. */
  public static final int MAX_NOTE = 500;

  @NotNull
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "project_id", nullable = false, updatable = false)
  private Project project;

  @Column(name = "kpi_key", nullable = false, updatable = false)
  private int kpiKey;

  @NotNull
  @Column(name = "measured_on", nullable = false, updatable = false)
  private LocalDate measuredOn;

  @Column(name = "measured_value", precision = 19, scale = 4, updatable = false)
  private BigDecimal value;

  @Size(max = MAX_NOTE)
  @Column(length = MAX_NOTE, updatable = false)
  private String note;

  @NotNull
  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  @NotNull
  @Size(max = 120)
  @Column(name = "recorded_by", nullable = false, length = 120, updatable = false)
  private String recordedBy;

  protected KpiMeasurement() {}

  KpiMeasurement(
      Project project,
      int kpiKey,
      LocalDate measuredOn,
      BigDecimal value,
      String note,
      Instant recordedAt,
      String recordedBy) {
    this.project = Objects.requireNonNull(project, "project");
    this.kpiKey = kpiKey;
    this.measuredOn = Objects.requireNonNull(measuredOn, "measuredOn");
    this.value = value;
    this.note = note == null || note.isBlank() ? null : note.strip();
    this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
    this.recordedBy = Objects.requireNonNull(recordedBy, "recordedBy");
  }

  public Project getProject() {
    return project;
  }

  public int getKpiKey() {
    return kpiKey;
  }

  public LocalDate getMeasuredOn() {
    return measuredOn;
  }

  /** The value measured; {@code null} only for a migrated text that was no number. */
  public BigDecimal getValue() {
    return value;
  }

  public String getNote() {
    return note;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  /** The indicator's name, its day (ISO, which the history localises) and the value. */
  @Override
  public String auditLabel() {
    String measure =
        project.kpi(kpiKey).map(Kpi::getMeasure).orElse(project.getCode() + " #" + kpiKey);
    String shown =
        value == null ? Objects.toString(note, "") : value.stripTrailingZeros().toPlainString();
    return measure + ", " + measuredOn + ": " + shown;
  }

  @Override
  public Long auditProjectId() {
    return project.getId();
  }
}
