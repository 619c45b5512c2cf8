package de.smartcity.portfolio.interfaces.dashboard.web;

import de.smartcity.portfolio.application.DashboardService;
import de.smartcity.portfolio.domain.model.dashboard.Dashboard;
import de.smartcity.portfolio.domain.model.dashboard.Dashboard.HealthQuarter;
import de.smartcity.portfolio.domain.model.dashboard.Dashboard.MilestoneLine;
import de.smartcity.portfolio.domain.model.dashboard.Dashboard.PlanActual;
import de.smartcity.portfolio.domain.model.funding.GrantFigures.QuarterFlow;
import de.smartcity.portfolio.interfaces.shared.web.ChartJson;
import de.smartcity.portfolio.interfaces.shared.web.ChartJson.Series;
import de.smartcity.portfolio.interfaces.shared.web.Downloads;
import de.smartcity.portfolio.interfaces.shared.web.Formats;
import de.smartcity.portfolio.interfaces.shared.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import org.primefaces.event.ItemSelectEvent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.timeline.TimelineEvent;
import org.primefaces.model.timeline.TimelineGroup;
import org.primefaces.model.timeline.TimelineModel;
import org.primefaces.util.EscapeUtils;

/**
 * The council's dashboard: tiles, charts with their tables, the milestone timeline and the handout.
 * Every tile and chart segment leads to the portfolio filtered the same way.
 */
@Named
@ViewScoped
public class DashboardView implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  /** The portfolio page and its filter parameters, as agreed with the portfolio page. */
  static final String PORTFOLIO = "/index.xhtml";

  @Inject private DashboardService service;
  @Inject private Formats formats;
  @Inject private Messages messages;

  private Dashboard dashboard;
  private int upcomingDays;
  private String themeFilter;
  private List<MilestoneLine> milestones;
  private TimelineModel<MilestoneLine, String> timeline;
  private TimelineWindow window;

  @PostConstruct
  void load() {
    dashboard = service.dashboard();
    upcomingDays = service.upcomingDays();
    loadMilestones();
  }

  /** Reloads the milestones for the theme chosen. */
  public void filterMilestones() {
    loadMilestones();
  }

  private void loadMilestones() {
    // By date, so the overdue ones (all before today) come first, oldest first.
    milestones =
        service.milestones(themeFilter).stream()
            .sorted(
                Comparator.comparing(MilestoneLine::dueDate)
                    .thenComparing(MilestoneLine::projectCode)
                    .thenComparing(MilestoneLine::id))
            .toList();
    window = TimelineWindow.of(milestones, dashboard.asOf(), upcomingDays);
    timeline = new TimelineModel<>();
    for (PlanActual theme : dashboard.byTheme()) {
      if (milestones.stream().anyMatch(m -> m.themeCode().equals(theme.key()))) {
        // The group's name goes into the widget's script as it is and becomes HTML there.
        timeline.addGroup(new TimelineGroup<>(theme.key(), EscapeUtils.forHtml(theme.label())));
      }
    }
    for (MilestoneLine milestone : milestones) {
      timeline.add(
          TimelineEvent.<MilestoneLine>builder()
              .id("milestone-" + milestone.id())
              .data(milestone)
              .group(milestone.themeCode())
              .startDate(milestone.dueDate())
              .title(EscapeUtils.forHtml(timelineTitle(milestone)))
              .editable(false)
              .styleClass(milestone.overdue() ? "milestone-overdue" : "milestone-upcoming")
              .build());
    }
  }

  /** The period the timeline shows first and may be moved within. */
  public TimelineWindow getWindow() {
    return window;
  }

  public Dashboard getDashboard() {
    return dashboard;
  }

  public List<MilestoneLine> getMilestones() {
    return milestones;
  }

  public int getUpcomingDays() {
    return upcomingDays;
  }

  public TimelineModel<MilestoneLine, String> getTimeline() {
    return timeline;
  }

  /**
   * The text of a milestone's timeline item, project above milestone, escaped for HTML here.
   * PrimeFaces renders the item inside its widget script, where Faces' response writer does not
   * escape what components write (it is in "script" mode); the widget hands the text to
   * vis-timeline, which puts it into the page as HTML. Escaping once, here, with the OWASP encoder
   * PrimeFaces ships makes it text in any case; only the line break between the two is markup.
   */
  public String timelineText(MilestoneLine milestone) {
    return "<b>"
        + EscapeUtils.forHtml(milestone.projectCode() + " " + milestone.projectTitle())
        + "</b><br>"
        + EscapeUtils.forHtml(milestone.title());
  }

  private String timelineTitle(MilestoneLine milestone) {
    String state = text(milestone.overdue() ? "dashboard.isOverdue" : "dashboard.isUpcoming");
    return state + " " + formats.date(milestone.dueDate());
  }

  public String getThemeFilter() {
    return themeFilter;
  }

  public void setThemeFilter(String themeFilter) {
    this.themeFilter = themeFilter;
  }

  /** The link to the portfolio with one filter, e.g. {@code /ctx/index.xhtml?theme=INF}. */
  public String portfolioUrl(String parameter, String value) {
    return external().getRequestContextPath()
        + PORTFOLIO
        + "?"
        + parameter
        + "="
        + URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /**
   * A grant's calls and payouts for those who may read them (finance, administrators, council
   * members); the grant's projects for project managers.
   */
  public String callsUrl(long grantId) {
    ExternalContext context = external();
    if (context.isUserInRole("FINANCE")
        || context.isUserInRole("ADMIN")
        || context.isUserInRole("COUNCIL")) {
      return context.getRequestContextPath() + "/finance/calls.xhtml?grant=" + grantId;
    }
    return portfolioUrl("grant", Long.toString(grantId));
  }

  /** The whole portfolio, for tiles that sum over all of it. */
  public String getPortfolioUrl() {
    return external().getRequestContextPath() + PORTFOLIO;
  }

  public void themeSelected(ItemSelectEvent event) {
    drillDown("theme", dashboard.byTheme(), event.getItemIndex());
  }

  public void organisationSelected(ItemSelectEvent event) {
    drillDown("organisation", dashboard.byOrganisation(), event.getItemIndex());
  }

  /** A year's bar leads to the projects with plan or spending in that year. */
  public void yearSelected(ItemSelectEvent event) {
    drillDown("year", dashboard.byYear(), event.getItemIndex());
  }

  /**
   * A quarter's bar of the health chart leads to the projects that reported in that quarter, as
   * many as its "projects" column counts (the health filter means today's health, not a report's).
   */
  public void healthSelected(ItemSelectEvent event) {
    List<HealthQuarter> quarters = dashboard.healthByQuarter();
    int index = event.getItemIndex();
    if (index >= 0 && index < quarters.size()) {
      redirect(portfolioUrl("quarter", quarters.get(index).quarter().code()));
    }
  }

  private void drillDown(String parameter, List<PlanActual> slices, int index) {
    if (index >= 0 && index < slices.size()) {
      redirect(portfolioUrl(parameter, slices.get(index).key()));
    }
  }

  private void redirect(String url) {
    try {
      external().redirect(url);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String getThemeChart() {
    return planActualChart(dashboard.byTheme());
  }

  public String getOrganisationChart() {
    return planActualChart(dashboard.byOrganisation());
  }

  public String getYearChart() {
    return planActualChart(dashboard.byYear());
  }

  private String planActualChart(List<PlanActual> slices) {
    return ChartJson.bars(
        slices.stream().map(PlanActual::label).toList(),
        List.of(
            new Series(
                text("dashboard.planned"),
                ChartJson.PLAN,
                slices.stream().map(s -> s.planned().amount()).toList()),
            new Series(
                text("dashboard.actual"),
                ChartJson.ACTUAL,
                slices.stream().map(s -> s.actual().amount()).toList())),
        false);
  }

  public String getHealthChart() {
    List<HealthQuarter> quarters = dashboard.healthByQuarter();
    return ChartJson.bars(
        quarters.stream().map(q -> q.quarter().toString()).toList(),
        List.of(
            new Series(
                text("dashboard.health.GREEN"),
                ChartJson.GREEN,
                quarters.stream().map(HealthQuarter::green).toList()),
            new Series(
                text("dashboard.health.AMBER"),
                ChartJson.AMBER,
                quarters.stream().map(HealthQuarter::amber).toList()),
            new Series(
                text("dashboard.health.RED"),
                ChartJson.RED,
                quarters.stream().map(HealthQuarter::red).toList())),
        true);
  }

  public String getFundsChart() {
    List<QuarterFlow> quarters = dashboard.calledAndSpent();
    return ChartJson.lines(
        quarters.stream().map(q -> q.quarter().toString()).toList(),
        List.of(
            new Series(
                text("dashboard.called"),
                ChartJson.PLAN,
                quarters.stream().map(q -> q.called().amount()).toList()),
            new Series(
                text("dashboard.grantSpent"),
                ChartJson.ACTUAL,
                quarters.stream().map(q -> q.spent().amount()).toList())));
  }

  /** The slice with the largest plan, for the chart's text summary. */
  public Optional<PlanActual> largest(List<PlanActual> slices) {
    return slices.stream().max(Comparator.comparing(PlanActual::planned));
  }

  /** The latest quarter with status reports, for the health chart's text summary. */
  public Optional<HealthQuarter> getLatestHealthQuarter() {
    List<HealthQuarter> quarters = dashboard.healthByQuarter();
    return quarters.isEmpty() ? Optional.empty() : Optional.of(quarters.get(quarters.size() - 1));
  }

  /** The dashboard as a PDF handout, made once when the button is pressed. */
  public StreamedContent handout() {
    return messages
        .attemptReturning(
            () -> service.handout(FacesContext.getCurrentInstance().getViewRoot().getLocale()))
        .map(Downloads::of)
        .orElse(null);
  }

  private static ExternalContext external() {
    return FacesContext.getCurrentInstance().getExternalContext();
  }

  private static String text(String key) {
    FacesContext context = FacesContext.getCurrentInstance();
    ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
    return bundle.getString(key);
  }
}
