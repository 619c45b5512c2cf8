package de.smartcity.portfolio.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A milestone as a form states it.
 *
 * @param title what is to be reached
 * @param dueDate by when
 */
public record MilestoneInput(@NotBlank @Size(max = 200) String title, @NotNull LocalDate dueDate) {}
