package de.smartcity.portfolio.application;

import de.smartcity.portfolio.domain.model.project.Health;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A status report as its author writes it; it also sets the project's health.
 *
 * @param reportDate the day reported on
 * @param authorEmail who reports, optional
 * @param health the traffic light
 * @param healthReason why amber or red; required then
 * @param progress what was achieved
 * @param nextSteps what comes next
 * @param risks what could go wrong
 */
public record NewStatusReport(
    @NotNull LocalDate reportDate,
    String authorEmail,
    @NotNull Health health,
    @Size(max = 1000) String healthReason,
    @Size(max = 4000) String progress,
    @Size(max = 4000) String nextSteps,
    @Size(max = 4000) String risks) {}
