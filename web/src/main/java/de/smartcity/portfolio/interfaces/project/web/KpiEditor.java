package de.smartcity.portfolio.interfaces.project.web;

import de.smartcity.portfolio.application.ProjectService;
import de.smartcity.portfolio.domain.model.project.Kpi;
import de.smartcity.portfolio.domain.model.project.KpiDirection;
import de.smartcity.portfolio.interfaces.shared.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The key figures of a project as its manager defines them: what we measure, why it matters, the
 * unit, baseline, target and which way is better, saved together. Their values are measurements,
 * entered on the key-figures tab ({@link KpisTab}).
 */
@Named
@ViewScoped
public class KpiEditor implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  /** One key figure while it is being edited; the key ties it to its measurements. */
  public static class Line implements Serializable {
    @Serial private static final long serialVersionUID = 1L;

    private int key;
    private String targetNote;
    private String measure;
    private String rationale;
    private String unit;
    private BigDecimal baseline;
    private BigDecimal target;
    private KpiDirection direction = KpiDirection.HIGHER;

    Line() {}

    Line(Kpi kpi) {
      key = kpi.getKey();
      targetNote = kpi.getTargetNote();
      measure = kpi.getMeasure();
      rationale = kpi.getRationale();
      unit = kpi.getUnit();
      baseline = kpi.getBaseline();
      target = kpi.getTarget();
      direction = kpi.getDirection();
    }

    Kpi toKpi() {
      return new Kpi(measure, rationale, unit, baseline, target, direction)
          .editing(key, targetNote);
    }

    public String getTargetNote() {
      return targetNote;
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

    public String getUnit() {
      return unit;
    }

    public void setUnit(String unit) {
      this.unit = unit;
    }

    public BigDecimal getBaseline() {
      return baseline;
    }

    public void setBaseline(BigDecimal baseline) {
      this.baseline = baseline;
    }

    public BigDecimal getTarget() {
      return target;
    }

    public void setTarget(BigDecimal target) {
      this.target = target;
    }

    public KpiDirection getDirection() {
      return direction;
    }

    public void setDirection(KpiDirection direction) {
      this.direction = direction;
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

  public KpiDirection[] getDirections() {
    return KpiDirection.values();
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
