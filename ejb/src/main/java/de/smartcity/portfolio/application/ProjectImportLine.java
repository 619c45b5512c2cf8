package de.smartcity.portfolio.application;

import de.smartcity.portfolio.application.ImportLine.Outcome;
import de.smartcity.portfolio.application.ImportLine.Problem;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One row of a project list's preview, from its sheet "Projekte" (a project) or "Kostenplan" (a
 * planned amount): what it says and what the import would do with it.
 *
 * @param sheet which sheet the row stands in
 * @param line the row's number in its sheet (1 is the header)
 * @param outcome added or refused ({@link Outcome#DUPLICATE} is not used: a code that exists is
 *     refused with its reason)
 * @param code the project code as the row writes it
 * @param title the project's title (project rows)
 * @param theme the theme as written (project rows)
 * @param leadOrganisation the lead organisation as written (project rows)
 * @param startDate the start, where it could be read (project rows)
 * @param endDate the end, where it could be read (project rows)
 * @param year the plan year, where it could be read (cost rows)
 * @param category the cost category as written (cost rows)
 * @param planned the planned amount, where it could be read (cost rows)
 * @param problem why the row is refused, for a refused row
 */
public record ProjectImportLine(
    Sheet sheet,
    int line,
    Outcome outcome,
    String code,
    String title,
    String theme,
    String leadOrganisation,
    LocalDate startDate,
    LocalDate endDate,
    Integer year,
    String category,
    BigDecimal planned,
    Problem problem)
    implements Previewed.Line, Serializable {

  @Serial private static final long serialVersionUID = 1L;

  /** The two sheets of a project list. */
  public enum Sheet {
    PROJECTS,
    COST_PLAN
  }
}
