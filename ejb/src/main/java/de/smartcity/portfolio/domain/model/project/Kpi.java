package de.smartcity.portfolio.domain.model.project;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A key performance indicator in the four fields of the city's public dashboard, plus the value
 * measured. Target and value are text, because indicators count sensors, percentages or visits.
 */
@Embeddable
public class Kpi implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** A number at the start, then at most a unit or a percent sign. */
  private static final Pattern NUMBER = Pattern.compile("([0-9][0-9.,]*)\\s*[\\p{L}%]*");

  private static final Pattern GERMAN_THOUSANDS = Pattern.compile("[0-9]{1,3}(\\.[0-9]{3})+");

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

  /**
   * The value measured as a share of the target in percent (e.g. 62.50), rounded half up; empty
   * when either is not a plain number or the target is zero. Numbers may be written the German way
   * ("1.250", "12,5") or plainly ("1250", "12.5"), with a unit after them ("24 Sensoren").
   */
  public Optional<BigDecimal> attainedPercent() {
    Optional<BigDecimal> goal = number(target);
    Optional<BigDecimal> value = number(measuredValue);
    if (goal.isEmpty() || value.isEmpty() || goal.get().signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(value.get().multiply(HUNDRED).divide(goal.get(), 2, RoundingMode.HALF_UP));
  }

  private static Optional<BigDecimal> number(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher matcher = NUMBER.matcher(text.strip());
    if (!matcher.matches()) {
      return Optional.empty();
    }
    String digits = matcher.group(1);
    if (digits.contains(",")) {
      digits = digits.replace(".", "").replace(',', '.');
    } else if (GERMAN_THOUSANDS.matcher(digits).matches()) {
      digits = digits.replace(".", "");
    }
    try {
      return Optional.of(new BigDecimal(digits));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  @Override
  public String toString() {
    return measure + ": " + measuredValue + " / " + target;
  }
}
