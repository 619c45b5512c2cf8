package de.smartcity.portfolio.application;

import de.smartcity.portfolio.domain.model.project.ProjectCode;
import de.smartcity.portfolio.domain.model.project.ProjectStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What it takes to register a project.
 *
 * @param code the unique code, such as {@code INF-01}
 * @param status its life-cycle status to begin with
 * @param facts everything else a project states about itself
 */
public record NewProject(
    @NotBlank
        @Size(max = 20)
        @Pattern(regexp = ProjectCode.PATTERN, message = "{project.code.pattern}")
        String code,
    @NotNull ProjectStatus status,
    @NotNull @Valid ProjectFacts facts) {}
