package de.smartcity.portfolio.interfaces.project.web;

import de.smartcity.portfolio.application.NewMeasurement;
import de.smartcity.portfolio.application.ProjectService;
import de.smartcity.portfolio.domain.model.project.Kpi;
import de.smartcity.portfolio.domain.model.project.KpiDirection;
import de.smartcity.portfolio.domain.model.project.KpiMeasurement;
import de.smartcity.portfolio.domain.model.project.KpiStanding;
import de.smartcity.portfolio.domain.model.project.Project;
import de.smartcity.portfolio.interfaces.shared.web.ChartJson;
import de.smartcity.portfolio.interfaces.shared.web.ChartJson.Series;
import de.smartcity.portfolio.interfaces.shared.web.Formats;
import de.smartcity.portfolio.interfaces.shared.web.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;

/**
 * The key-figures tab: each figure's latest value against its target, a chart and a table of all
 * its measurements, and for the project's managers and administrators a form that adds a
 * measurement (never changing one).
 */
@Named
@ViewScoped
public class KpisTab implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  private static final String VALUE_COLOUR = ChartJson.PLAN;
  private static final String TARGET_COLOUR = ChartJson.ACTUAL;

  @Inject private ProjectView page;
  @Inject private ProjectService projects;
  @Inject private Messages messages;
  @Inject private Formats fmt;
  @Inject private Clock clock;

  private List<KpiStanding> standings;

  /** The project the standings were read for; the page reads it afresh after every change. */
  private Project standingsOf;

  private Integer kpiKey;
  private LocalDate measuredOn;
  private BigDecimal value;
  private String note;

  public List<KpiStanding> getStandings() {
    if (standings == null || standingsOf != page.getProject()) {
      standingsOf = page.getProject();
      standings =
          KpiStanding.of(page.getProject(), projects.measurements(page.getProject().getId()));
    }
    return standings;
  }

  /** Whether the signed-in user may add measurements: the project's managers and administrators. */
  public boolean isMayMeasure() {
    return page.isMayManage() || page.isAdministrator();
  }

  public void record() {
    if (kpiKey == null) {
      messages.errorAt("kpi", "kpi.choose");
      FacesContext.getCurrentInstance().validationFailed();
      return;
    }
    NewMeasurement entry = new NewMeasurement(measuredOn, value, note);
    int key = kpiKey;
    if (messages
        .attempt(() -> projects.recordMeasurement(page.getProject().getId(), key, entry))
        .saved()) {
      messages.info(
          "kpi.measurement.saved", page.getProject().kpi(key).map(Kpi::getMeasure).orElse(""));
      page.changed();
      value = null;
      note = null;
      measuredOn = LocalDate.now(clock);
    }
  }

  /** The target as the table shows it: which way is better, the number and the unit. */
  public String target(KpiStanding row) {
    Kpi kpi = row.kpi();
    if (kpi.getTarget() == null) {
      return kpi.getTargetNote() == null ? "–" : kpi.getTargetNote();
    }
    return (kpi.getDirection() == KpiDirection.HIGHER ? "≥ " : "≤ ")
        + fmt.number(kpi.getTarget())
        + unit(kpi);
  }

  public String baseline(KpiStanding row) {
    return row.kpi().getBaseline() == null
        ? "–"
        : fmt.number(row.kpi().getBaseline()) + unit(row.kpi());
  }

  /** The latest value with its unit; "–" before the first measurement. */
  public String latest(KpiStanding row) {
    return row.latestValue() == null ? "–" : fmt.number(row.latestValue()) + unit(row.kpi());
  }

  public String value(KpiStanding row, KpiMeasurement measurement) {
    return measurement.getValue() == null
        ? "–"
        : fmt.number(measurement.getValue()) + unit(row.kpi());
  }

  /** Reached, not yet reached, or nothing to say (no value or no numeric target). */
  public String standing(KpiStanding row) {
    ResourceBundle texts = bundle();
    return row.reached()
            .map(reached -> texts.getString(reached ? "kpi.reached" : "kpi.notReached"))
            .orElse("")
        + row.attainedPercent().map(p -> " (" + fmt.percent(p) + ")").orElse("");
  }

  /**
   * The figure's chart (Chart.js, as the dashboard's): its values by day and, where set, the target
   * as a second line, so that the reader sees the way to it.
   */
  public String chart(KpiStanding row) {
    List<String> days = new ArrayList<>();
    List<BigDecimal> values = new ArrayList<>();
    List<BigDecimal> targets = new ArrayList<>();
    for (KpiMeasurement measurement : row.values()) {
      days.add(fmt.date(measurement.getMeasuredOn()));
      values.add(measurement.getValue());
      targets.add(row.kpi().getTarget());
    }
    ResourceBundle texts = bundle();
    List<Series> series = new ArrayList<>();
    series.add(new Series(texts.getString("kpi.value"), VALUE_COLOUR, values));
    if (row.kpi().getTarget() != null) {
      series.add(new Series(texts.getString("kpi.target"), TARGET_COLOUR, targets));
    }
    return ChartJson.lines(days, series);
  }

  private static String unit(Kpi kpi) {
    return kpi.getUnit() == null ? "" : " " + kpi.getUnit();
  }

  private static ResourceBundle bundle() {
    FacesContext context = FacesContext.getCurrentInstance();
    return context.getApplication().getResourceBundle(context, "msg");
  }

  public Integer getKpiKey() {
    return kpiKey;
  }

  public void setKpiKey(Integer kpiKey) {
    this.kpiKey = kpiKey;
  }

  public LocalDate getMeasuredOn() {
    if (measuredOn == null) {
      measuredOn = LocalDate.now(clock);
    }
    return measuredOn;
  }

  public void setMeasuredOn(LocalDate measuredOn) {
    this.measuredOn = measuredOn;
  }

  public BigDecimal getValue() {
    return value;
  }

  public void setValue(BigDecimal value) {
    this.value = value;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
