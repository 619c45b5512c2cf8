package de.smartcity.portfolio.domain.model.project;

import java.io.Serializable;

/**
 * A project as lists show it, read in one query without loading the entity graph.
 *
 * @param id the project's id
 * @param code the unique project code
 * @param title the title
 * @param themeName the strategic theme's name
 * @param leadOrganisationName the lead organisation's name
 * @param status the life-cycle status
 * @param health the traffic light
 */
public record ProjectSummary(
    Long id,
    String code,
    String title,
    String themeName,
    String leadOrganisationName,
    ProjectStatus status,
    Health health)
    implements Serializable {}
