package de.smartcity.portfolio.domain.model.project;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * A key performance indicator in the four fields of the city's public dashboard, plus the value
 * measured. Target and value are text, because indicators count sensors, percentages or visits.
 */
@Embeddable
public class Kpi implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  @NotBlank
  @Size(max = 200)
  @Column(nullable = false, length = 200)
  private String measure;

  @Size(max = 1000)
  @Column(length = 1000)
  private String rationale;

  @Size(max = 100)
  @Column(length = 100)
  private String target;

  @Size(max = 100)
  @Column(name = "measured_value", length = 100)
  private String measuredValue;

  @Column(name = "measured_on")
  private LocalDate measuredOn;

  protected Kpi() {}

  public Kpi(
      String measure, String rationale, String target, String measuredValue, LocalDate measuredOn) {
    this.measure = measure;
    this.rationale = rationale;
    this.target = target;
    this.measuredValue = measuredValue;
    this.measuredOn = measuredOn;
  }

  public String getMeasure() {
    return measure;
  }

  public String getRationale() {
    return rationale;
  }

  public String getTarget() {
    return target;
  }

  public String getMeasuredValue() {
    return measuredValue;
  }

  public LocalDate getMeasuredOn() {
    return measuredOn;
  }

  @Override
  public String toString() {
    return measure + ": " + measuredValue + " / " + target;
  }
}
