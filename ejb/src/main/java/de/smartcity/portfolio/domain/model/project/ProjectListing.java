package de.smartcity.portfolio.domain.model.project;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * A project as a row of the portfolio list shows it, read in one query without loading the entity
 * graph.
 *
 * @param id the project's id
 * @param code the unique project code
 * @param title the title
 * @param themeName the strategic theme's name
 * @param fieldName the field of action's name, or {@code null}
 * @param leadOrganisationName the lead organisation's name
 * @param managerName the project manager's name, or {@code null}
 * @param status the life-cycle status
 * @param health the traffic light
 * @param startDate when it starts, or {@code null}
 * @param endDate when it ends, or {@code null}
 */
public record ProjectListing(
    Long id,
    String code,
    String title,
    String themeName,
    String fieldName,
    String leadOrganisationName,
    String managerName,
    ProjectStatus status,
    Health health,
    LocalDate startDate,
    LocalDate endDate)
    implements Serializable {

  @Serial private static final long serialVersionUID = 1L;
}
