package de.smartcity.portfolio.interfaces.portfolio.web;

import de.smartcity.portfolio.application.PortfolioListService;
import de.smartcity.portfolio.application.PortfolioListService.ListingFigures;
import de.smartcity.portfolio.application.ProjectService;
import de.smartcity.portfolio.domain.model.budget.BudgetFigures;
import de.smartcity.portfolio.domain.model.project.ProjectFilter;
import de.smartcity.portfolio.domain.model.project.ProjectListing;
import de.smartcity.portfolio.domain.model.project.ProjectPage;
import de.smartcity.portfolio.domain.model.project.ProjectSort;
import java.io.Serial;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The portfolio table's rows, one page at a time from the database. The page's own filter form
 * narrows it; the table's column headers sort it.
 */
public class ProjectTable extends LazyDataModel<ProjectListing> {

  @Serial private static final long serialVersionUID = 1L;

  /** Column fields of the table and the sort each one means. */
  private static final Map<String, ProjectSort> SORTS =
      Map.ofEntries(
          Map.entry("code", ProjectSort.CODE),
          Map.entry("title", ProjectSort.TITLE),
          Map.entry("themeName", ProjectSort.THEME),
          Map.entry("fieldName", ProjectSort.FIELD),
          Map.entry("leadOrganisationName", ProjectSort.ORGANISATION),
          Map.entry("managerName", ProjectSort.MANAGER),
          Map.entry("status", ProjectSort.STATUS),
          Map.entry("health", ProjectSort.HEALTH),
          Map.entry("startDate", ProjectSort.START),
          Map.entry("endDate", ProjectSort.END),
          Map.entry("planned", ProjectSort.PLANNED),
          Map.entry("spent", ProjectSort.SPENT),
          Map.entry("remaining", ProjectSort.REMAINING));

  /** The page size index.xhtml starts with ({@code rows="25"}). */
  private static final int ROWS_BEFORE_FIRST_LOAD = 25;

  private final ProjectService projects;
  private final PortfolioListService list;
  private final SerializableFilter filter;

  /** Where the current filter comes from; kept by the view bean, so it survives serialisation. */
  public interface SerializableFilter extends Supplier<ProjectFilter>, java.io.Serializable {}

  private ProjectPage lastPage;
  private ProjectFilter lastFilter;

  /**
   * The page that {@link #count} fetched: the table's first page in code order. {@link #load} asks
   * for exactly that page on every first visit, so it takes it from here instead of sending the
   * count and page queries a second time (the benchmark of issue 9 found the portfolio's first page
   * issuing both twice).
   */
  private ProjectPage countedPage;

  /** The grant and money of the rows of the page last loaded, read once per page. */
  private Map<Long, ListingFigures> figures = Map.of();

  private ProjectSort lastSort = ProjectSort.CODE;
  private boolean lastAscending = true;

  ProjectTable(ProjectService projects, PortfolioListService list, SerializableFilter filter) {
    this.projects = projects;
    this.list = list;
    this.filter = filter;
  }

  @Override
  public int count(Map<String, FilterMeta> ignored) {
    ProjectFilter current = filter.get();
    if (lastPage == null || !current.equals(lastFilter)) {
      lastPage = projects.searchProjects(current, ProjectSort.CODE, true, 0, firstPageSize());
      lastFilter = current;
      countedPage = lastPage;
    }
    return (int) lastPage.total();
  }

  @Override
  public List<ProjectListing> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> ignored) {
    ProjectSort sort = ProjectSort.CODE;
    boolean ascending = true;
    for (SortMeta meta : sortBy.values()) {
      sort = SORTS.getOrDefault(meta.getField(), ProjectSort.CODE);
      ascending = meta.getOrder() != SortOrder.DESCENDING;
    }
    ProjectFilter current = filter.get();
    boolean counted =
        countedPage != null
            && current.equals(lastFilter)
            && sort == ProjectSort.CODE
            && ascending
            && first == 0
            && Math.max(1, pageSize) == firstPageSize();
    lastPage =
        counted
            ? countedPage
            : projects.searchProjects(current, sort, ascending, first, Math.max(1, pageSize));
    countedPage = null;
    lastFilter = current;
    lastSort = sort;
    lastAscending = ascending;
    setRowCount((int) lastPage.total());
    figures = list.figures(lastPage.rows().stream().map(ProjectListing::id).toList());
    return lastPage.rows();
  }

  /** The grant and money of a row of the page shown; none for a row not on it. */
  public ListingFigures figures(ProjectListing project) {
    return figures.getOrDefault(project.id(), NO_FIGURES);
  }

  private static final ListingFigures NO_FIGURES = new ListingFigures(null, BudgetFigures.NONE);

  /** The order the reader sorted the table in last; the export keeps it. */
  ProjectSort sort() {
    return lastSort;
  }

  boolean ascending() {
    return lastAscending;
  }

  /** The table's page size; before its first load the table has not told it yet. */
  private int firstPageSize() {
    return getPageSize() > 0 ? getPageSize() : ROWS_BEFORE_FIRST_LOAD;
  }

  @Override
  public String getRowKey(ProjectListing project) {
    return String.valueOf(project.id());
  }

  @Override
  public ProjectListing getRowData(String rowKey) {
    return lastPage == null
        ? null
        : lastPage.rows().stream()
            .filter(row -> String.valueOf(row.id()).equals(rowKey))
            .findFirst()
            .orElse(null);
  }
}
