package de.smartcity.portfolio.application;

import de.smartcity.portfolio.domain.model.project.ProjectCode;
import de.smartcity.portfolio.domain.model.project.ProjectStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What it takes to register a project.
 *
 * @param code the unique code, such as {@code INF-01}
 * @param title the title
 * @param themeCode the code of its strategic theme
 * @param leadOrganisation the short name of its lead organisation
 * @param status its life-cycle status
 */
public record NewProject(
    @NotBlank
        @Size(max = 20)
        @Pattern(regexp = ProjectCode.PATTERN, message = "{project.code.pattern}")
        String code,
    @NotBlank @Size(max = 200) String title,
    @NotBlank String themeCode,
    @NotBlank String leadOrganisation,
    @NotNull ProjectStatus status) {}
