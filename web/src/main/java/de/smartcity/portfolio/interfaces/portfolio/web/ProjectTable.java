package de.smartcity.portfolio.interfaces.portfolio.web;

import de.smartcity.portfolio.application.ProjectService;
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
      Map.of(
          "code", ProjectSort.CODE,
          "title", ProjectSort.TITLE,
          "themeName", ProjectSort.THEME,
          "fieldName", ProjectSort.FIELD,
          "leadOrganisationName", ProjectSort.ORGANISATION,
          "managerName", ProjectSort.MANAGER,
          "status", ProjectSort.STATUS,
          "health", ProjectSort.HEALTH,
          "startDate", ProjectSort.START,
          "endDate", ProjectSort.END);

  private final ProjectService projects;
  private final SerializableFilter filter;

  /** Where the current filter comes from; kept by the view bean, so it survives serialisation. */
  public interface SerializableFilter extends Supplier<ProjectFilter>, java.io.Serializable {}

  private ProjectPage lastPage;
  private ProjectFilter lastFilter;

  ProjectTable(ProjectService projects, SerializableFilter filter) {
    this.projects = projects;
    this.filter = filter;
  }

  @Override
  public int count(Map<String, FilterMeta> ignored) {
    ProjectFilter current = filter.get();
    if (lastPage == null || !current.equals(lastFilter)) {
      lastPage = projects.searchProjects(current, ProjectSort.CODE, true, 0, 1);
      lastFilter = current;
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
    lastPage = projects.searchProjects(current, sort, ascending, first, Math.max(1, pageSize));
    lastFilter = current;
    setRowCount((int) lastPage.total());
    return lastPage.rows();
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
