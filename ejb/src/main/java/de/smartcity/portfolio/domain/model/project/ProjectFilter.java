package de.smartcity.portfolio.domain.model.project;

import de.smartcity.portfolio.domain.shared.Quarter;
import java.io.Serial;
import java.io.Serializable;

/**
 * What the portfolio list is narrowed to; every part is optional ({@code null} or {@code false}
 * means "all").
 *
 * @param themeCode projects of this strategic theme
 * @param fieldOfActionCode projects of this field of action
 * @param organisation projects this organisation (short name) leads or is a partner in
 * @param status projects in this life-cycle status
 * @param health projects with this traffic light
 * @param managerId projects this person (id) manages
 * @param text words to find in code, title or summary, case-insensitive
 * @param mine only the projects the signed-in user manages or deputises for
 * @param overdue only projects with a milestone past its due date and not done
 * @param year projects "in" this year: with a cost plan line for the year or a receipt paid in it,
 *     the two sources of the dashboard's plan and actual bars of that year
 * @param quarter projects "in" this quarter: with a status report dated in it, the reports the
 *     dashboard's health bar of that quarter counts
 * @param grantId projects funded by this grant (id)
 */
public record ProjectFilter(
    String themeCode,
    String fieldOfActionCode,
    String organisation,
    ProjectStatus status,
    Health health,
    Long managerId,
    String text,
    boolean mine,
    boolean overdue,
    Integer year,
    Quarter quarter,
    Long grantId)
    implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  /** No narrowing: the whole portfolio. */
  public static final ProjectFilter ALL =
      new ProjectFilter(null, null, null, null, null, null, null, false, false);

  /** A filter without year, quarter or grant. */
  public ProjectFilter(
      String themeCode,
      String fieldOfActionCode,
      String organisation,
      ProjectStatus status,
      Health health,
      Long managerId,
      String text,
      boolean mine,
      boolean overdue) {
    this(
        themeCode,
        fieldOfActionCode,
        organisation,
        status,
        health,
        managerId,
        text,
        mine,
        overdue,
        null,
        null,
        null);
  }

  /** This filter, narrowed to the projects in one year (see {@link #year}). */
  public ProjectFilter inYear(int inYear) {
    return new ProjectFilter(
        themeCode,
        fieldOfActionCode,
        organisation,
        status,
        health,
        managerId,
        text,
        mine,
        overdue,
        inYear,
        quarter,
        grantId);
  }

  /** This filter, narrowed to the projects that reported in one quarter. */
  public ProjectFilter inQuarter(Quarter inQuarter) {
    return new ProjectFilter(
        themeCode,
        fieldOfActionCode,
        organisation,
        status,
        health,
        managerId,
        text,
        mine,
        overdue,
        year,
        inQuarter,
        grantId);
  }

  /** This filter, narrowed to the projects one grant funds. */
  public ProjectFilter fundedBy(long grant) {
    return new ProjectFilter(
        themeCode,
        fieldOfActionCode,
        organisation,
        status,
        health,
        managerId,
        text,
        mine,
        overdue,
        year,
        quarter,
        grant);
  }
}
