package de.smartcity.portfolio.application;

import de.smartcity.portfolio.domain.model.project.KpiMeasurement;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A measurement of a key figure as a form enters it: the day, the value and an optional note. The
 * rules (a number, not in the future) are the domain's, in {@code Project.measure}.
 */
public record NewMeasurement(
    LocalDate measuredOn, BigDecimal value, @Size(max = KpiMeasurement.MAX_NOTE) String note)
    implements Serializable {}
