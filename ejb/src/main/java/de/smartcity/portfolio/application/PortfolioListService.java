package de.smartcity.portfolio.application;

import de.smartcity.portfolio.domain.model.budget.BudgetFigures;
import de.smartcity.portfolio.domain.model.project.ProjectFilter;
import de.smartcity.portfolio.domain.model.project.ProjectSort;
import de.smartcity.portfolio.reports.portfolio.ProjectListColumn;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the portfolio's list shows beyond the search's own columns (the grant and the money of each
 * project), and the list as the reader filtered it as an Excel file.
 */
public interface PortfolioListService {

  /**
   * A project's grant and budget figures as the list shows them.
   *
   * @param grant the reference of the grant that funds the project, or {@code null}
   * @param budget planned and spent, the same figures the portfolio report adds up
   */
  record ListingFigures(String grant, BudgetFigures budget) implements Serializable {}

  /** The grant and money of each of the given projects; a project without either has empty ones. */
  Map<Long, ListingFigures> figures(@NotNull Collection<Long> projectIds);

  /**
   * Every project the filter finds (not only the page shown), in the given order, with the given
   * columns: dates as dates, amounts as numbers.
   */
  Download export(
      @NotNull ProjectFilter filter,
      @NotNull ProjectSort sort,
      boolean ascending,
      @NotNull List<ProjectListColumn> columns,
      @NotNull Locale locale);
}
