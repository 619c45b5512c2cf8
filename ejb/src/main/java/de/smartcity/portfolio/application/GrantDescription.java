package de.smartcity.portfolio.application;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What a notice states about a grant beyond its figures.
 *
 * @param measureTitle the measure's title, which the proof of use prints as "Maßnahme"
 * @param recipient who receives the grant
 * @param earlyStart the day from which costs may count before the funding period starts, if the
 *     funder allowed an early start
 */
public record GrantDescription(
    @Size(max = 300) String measureTitle,
    @Size(max = 200) String recipient,
    LocalDate earlyStart) {}
