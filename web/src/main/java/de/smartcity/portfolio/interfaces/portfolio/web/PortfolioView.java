package de.smartcity.portfolio.interfaces.portfolio.web;

import de.smartcity.portfolio.application.DashboardService;
import de.smartcity.portfolio.application.PortfolioListService;
import de.smartcity.portfolio.application.ProjectService;
import de.smartcity.portfolio.application.ReportService;
import de.smartcity.portfolio.domain.model.dashboard.Dashboard;
import de.smartcity.portfolio.domain.model.project.Health;
import de.smartcity.portfolio.domain.model.project.ProjectFilter;
import de.smartcity.portfolio.domain.model.project.ProjectStatus;
import de.smartcity.portfolio.domain.shared.Quarter;
import de.smartcity.portfolio.interfaces.portfolio.web.PortfolioChoices.Choices;
import de.smartcity.portfolio.interfaces.shared.web.Downloads;
import de.smartcity.portfolio.interfaces.shared.web.Messages;
import de.smartcity.portfolio.reports.ReportFormat;
import de.smartcity.portfolio.reports.portfolio.ProjectListColumn;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.primefaces.event.ToggleEvent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.Visibility;

/**
 * The portfolio page: every project in a table that the database pages, sorts and filters. The
 * filters are also the page's address ({@code ?theme=INF&status=IN_PROGRESS}), so a dashboard tile
 * or a bookmark opens the same view.
 */
@Named
@ViewScoped
public class PortfolioView implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  @Inject private ProjectService projectService;
  @Inject private PortfolioListService listService;
  @Inject private PortfolioChoices portfolioChoices;
  @Inject private ReportService reportService;
  @Inject private DashboardService dashboardService;
  @Inject private Messages messages;

  private String theme;
  private String field;
  private String organisation;
  private ProjectStatus status;
  private Health health;
  private Long manager;
  private String text;
  private boolean mine;
  private boolean overdue;
  private Integer year;
  private String quarter;
  private Long grant;

  /**
   * Which columns show (and go into the export), in the table's order ({@link ProjectListColumn}):
   * code, title, theme, field, organisation, manager, status, health, start, end, grant, planned,
   * spent, remaining.
   */
  private final List<Boolean> columns =
      new ArrayList<>(
          List.of(
              true, true, true, false, true, true, true, true, false, true, false, false, false,
              false));

  private Choices choices;
  private List<SelectItem> statuses;
  private List<SelectItem> healths;
  private ProjectTable projects;
  private transient Dashboard dashboard;

  @PostConstruct
  void load() {
    choices = portfolioChoices.choices();
    projects = new ProjectTable(projectService, listService, this::filter);
  }

  /** The filter as the form and the address state it now. */
  public ProjectFilter filter() {
    return new ProjectFilter(
        blankToNull(theme),
        blankToNull(field),
        blankToNull(organisation),
        status,
        health,
        manager,
        blankToNull(text),
        mine,
        overdue,
        year,
        Quarter.parse(quarter).orElse(null),
        grant);
  }

  /** Remembers a column the user showed or hid, so that the export has the same columns. */
  public void onToggle(ToggleEvent event) {
    if (event.getData() instanceof Integer index && index >= 0 && index < columns.size()) {
      columns.set(index, event.getVisibility() == Visibility.VISIBLE);
    }
  }

  public List<Boolean> getColumns() {
    return columns;
  }

  /** Clears every filter: the whole portfolio again. */
  public void reset() {
    theme = null;
    field = null;
    organisation = null;
    status = null;
    health = null;
    manager = null;
    text = null;
    mine = false;
    overdue = false;
    year = null;
    quarter = null;
    grant = null;
  }

  public boolean isFiltered() {
    return !filter().equals(ProjectFilter.ALL);
  }

  /** The fields of action of the chosen theme, or all when no theme is chosen. */
  public List<SelectItem> getFields() {
    return choices.fields().stream()
        .filter(f -> theme == null || theme.isBlank() || f.theme().equals(theme))
        .map(PortfolioChoices.FieldChoice::item)
        .toList();
  }

  /** The council's portfolio report as an Excel workbook, made once when the button is pressed. */
  public StreamedContent excel() {
    return report(ReportFormat.XLSX);
  }

  /** The council's portfolio report as a PDF, made once when the button is pressed. */
  public StreamedContent pdf() {
    return report(ReportFormat.PDF);
  }

  private StreamedContent report(ReportFormat format) {
    return messages
        .attemptReturning(() -> reportService.portfolioReport(format, locale()))
        .map(Downloads::of)
        .orElse(null);
  }

  /**
   * The list as the reader sees it (filter, order, shown columns; every page of it) as an Excel
   * workbook, made once when the button is pressed.
   */
  public StreamedContent exportView() {
    List<ProjectListColumn> shown = new ArrayList<>();
    for (int index = 0; index < columns.size(); index++) {
      if (columns.get(index)) {
        shown.add(ProjectListColumn.values()[index]);
      }
    }
    return messages
        .attemptReturning(
            () ->
                listService.export(
                    filter(), projects.sort(), projects.ascending(), shown, locale()))
        .map(Downloads::of)
        .orElse(null);
  }

  /**
   * The filter as the address states it ({@code ?status=IN_PROGRESS&mine=true}), empty when nothing
   * is filtered: the page writes it into the browser's address after every change (app.js, {@code
   * data-address}), so that the view can be bookmarked, shared and restored.
   */
  public String getAddress() {
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("theme", blankToNull(theme));
    parameters.put("field", blankToNull(field));
    parameters.put("organisation", blankToNull(organisation));
    parameters.put("status", status);
    parameters.put("health", health);
    parameters.put("manager", manager);
    parameters.put("q", blankToNull(text));
    parameters.put("mine", mine ? Boolean.TRUE : null);
    parameters.put("overdue", overdue ? Boolean.TRUE : null);
    parameters.put("year", year);
    parameters.put("quarter", quarter);
    parameters.put("grant", grant);
    String query =
        parameters.entrySet().stream()
            .filter(parameter -> parameter.getValue() != null)
            .map(
                parameter ->
                    parameter.getKey()
                        + "="
                        + URLEncoder.encode(
                            String.valueOf(parameter.getValue()), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return query.isEmpty() ? "" : "?" + query;
  }

  /** What the empty table says: nothing recorded yet, or nothing that matches the filters. */
  public String getEmptyMessage() {
    FacesContext context = FacesContext.getCurrentInstance();
    ResourceBundle labels = context.getApplication().getResourceBundle(context, "msg");
    return labels.getString(isFiltered() ? "portfolio.empty.filtered" : "portfolio.empty");
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  /**
   * The options of an enumeration, labelled in the page's language (asked for while the page
   * renders: when the view is created, its language is not set yet).
   */
  private static List<SelectItem> items(Enum<?>[] values, String prefix) {
    FacesContext context = FacesContext.getCurrentInstance();
    ResourceBundle labels = context.getApplication().getResourceBundle(context, "msg");
    return Arrays.stream(values)
        .map(value -> new SelectItem(value, labels.getString(prefix + value.name())))
        .toList();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  public ProjectTable getProjects() {
    return projects;
  }

  public List<SelectItem> getStatuses() {
    if (statuses == null) {
      statuses = items(ProjectStatus.values(), "project.status.");
    }
    return statuses;
  }

  public List<SelectItem> getHealths() {
    if (healths == null) {
      healths = items(Health.values(), "project.health.");
    }
    return healths;
  }

  /**
   * The years, quarters and grants the dashboard draws bars and tiles for: the options of the
   * filters those lead to.
   */
  public List<SelectItem> getYears() {
    return dashboard().byYear().stream()
        .map(y -> new SelectItem(Integer.valueOf(y.key()), y.label()))
        .toList();
  }

  public List<SelectItem> getQuarters() {
    return dashboard().healthByQuarter().stream()
        .map(q -> new SelectItem(q.quarter().code(), q.quarter().toString()))
        .toList();
  }

  public List<SelectItem> getGrants() {
    return dashboard().grants().stream()
        .map(g -> new SelectItem(g.id(), g.reference() + " (" + g.component() + ")"))
        .toList();
  }

  private Dashboard dashboard() {
    if (dashboard == null) {
      dashboard = dashboardService.dashboard();
    }
    return dashboard;
  }

  public List<SelectItem> getThemes() {
    return choices.themes();
  }

  public List<SelectItem> getOrganisations() {
    return choices.organisations();
  }

  public List<SelectItem> getPeople() {
    return choices.people();
  }

  public String getTheme() {
    return theme;
  }

  public void setTheme(String theme) {
    this.theme = theme;
  }

  public String getField() {
    return field;
  }

  public void setField(String field) {
    this.field = field;
  }

  public String getOrganisation() {
    return organisation;
  }

  public void setOrganisation(String organisation) {
    this.organisation = organisation;
  }

  public ProjectStatus getStatus() {
    return status;
  }

  public void setStatus(ProjectStatus status) {
    this.status = status;
  }

  public Health getHealth() {
    return health;
  }

  public void setHealth(Health health) {
    this.health = health;
  }

  public Long getManager() {
    return manager;
  }

  public void setManager(Long manager) {
    this.manager = manager;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public boolean isMine() {
    return mine;
  }

  public void setMine(boolean mine) {
    this.mine = mine;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  /** The quarter as the address names it ({@code 2025-Q3}). */
  public String getQuarter() {
    return quarter;
  }

  public void setQuarter(String quarter) {
    this.quarter = blankToNull(quarter);
  }

  public Long getGrant() {
    return grant;
  }

  public void setGrant(Long grant) {
    this.grant = grant;
  }

  public boolean isOverdue() {
    return overdue;
  }

  public void setOverdue(boolean overdue) {
    this.overdue = overdue;
  }
}
