package de.smartcity.portfolio.interfaces.project.web;

import de.smartcity.portfolio.application.ProjectService;
import de.smartcity.portfolio.domain.model.project.Kpi;
import de.smartcity.portfolio.interfaces.shared.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The key figures of a project as its manager edits them: the four fields of the city's public
 * dashboard (what we measure, why it matters, target, value and date measured), saved together.
 */
@Named
@ViewScoped
public class KpiEditor implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  /** One key figure while it is being edited. */
  public static class Line implements Serializable {
    @Serial private static final long serialVersionUID = 1L;

    private String measure;
    private String rationale;
    private String target;
    private String measuredValue;
    private LocalDate measuredOn;

    Line() {}

    Line(Kpi kpi) {
      measure = kpi.getMeasure();
      rationale = kpi.getRationale();
      target = kpi.getTarget();
      measuredValue = kpi.getMeasuredValue();
      measuredOn = kpi.getMeasuredOn();
    }

    Kpi toKpi() {
      return new Kpi(measure, rationale, target, measuredValue, measuredOn);
    }

    public String getMeasure() {
      return measure;
    }

    public void setMeasure(String measure) {
      this.measure = measure;
    }

    public String getRationale() {
      return rationale;
    }

    public void setRationale(String rationale) {
      this.rationale = rationale;
    }

    public String getTarget() {
      return target;
    }

    public void setTarget(String target) {
      this.target = target;
    }

    public String getMeasuredValue() {
      return measuredValue;
    }

    public void setMeasuredValue(String measuredValue) {
      this.measuredValue = measuredValue;
    }

    public LocalDate getMeasuredOn() {
      return measuredOn;
    }

    public void setMeasuredOn(LocalDate measuredOn) {
      this.measuredOn = measuredOn;
    }
  }

  @Inject private ProjectView page;
  @Inject private ProjectService projects;
  @Inject private Messages messages;

  private List<Line> lines;

  public List<Line> getLines() {
    if (lines == null) {
      lines = new ArrayList<>(page.getProject().getKpis().stream().map(Line::new).toList());
    }
    return lines;
  }

  public void add() {
    getLines().add(new Line());
  }

  public void remove(Line line) {
    getLines().remove(line);
  }

  public void save() {
    List<Kpi> kpis = getLines().stream().map(Line::toKpi).toList();
    if (page.after(
        messages.attempt(
            () ->
                projects.replaceKpis(
                    page.getProject().getId(), page.getProject().getVersion(), kpis)))) {
      messages.info("kpi.saved");
      page.changed();
      lines = null;
    }
  }
}
