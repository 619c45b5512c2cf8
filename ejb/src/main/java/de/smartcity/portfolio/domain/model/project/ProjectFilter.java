package de.smartcity.portfolio.domain.model.project;

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
    boolean overdue)
    implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  /** No narrowing: the whole portfolio. */
  public static final ProjectFilter ALL =
      new ProjectFilter(null, null, null, null, null, null, null, false, false);
}
