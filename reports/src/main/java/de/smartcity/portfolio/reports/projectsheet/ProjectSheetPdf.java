package de.smartcity.portfolio.reports.projectsheet;

import de.smartcity.portfolio.reports.pdf.Fact;
import de.smartcity.portfolio.reports.pdf.PdfBody;
import de.smartcity.portfolio.reports.pdf.PdfFrame;
import de.smartcity.portfolio.reports.pdf.PdfRenderer;
import de.smartcity.portfolio.reports.pdf.PdfTable;
import de.smartcity.portfolio.reports.text.ReportTexts;
import java.util.ArrayList;
import java.util.List;

/**
 * The project's profile on one portrait page: what it does and who runs it, its grant, traffic
 * light, indicators against their targets, the milestones to watch, budget and the latest news.
 */
public final class ProjectSheetPdf extends PdfRenderer<ProjectSheetReport> {

  /** Upcoming milestones listed besides the overdue ones; the project page has the full list. */
  private static final int NEXT_MILESTONES = 3;

  @Override
  protected PdfFrame frame(ProjectSheetReport report, ReportTexts texts) {
    return new PdfFrame(texts, report.issuer(), texts.get("project.title"), report.asOf(), false);
  }

  @Override
  protected void content(PdfBody body, ProjectSheetReport report, ReportTexts texts) {
    ProjectFacts project = report.project();
    body.title(
        project.code() + " – " + project.title(),
        texts.format("project.subtitle", texts.date(report.asOf())));
    if (!project.description().isBlank()) {
      body.paragraph(project.description());
    }
    body.facts(facts(project, report.funding(), texts));
    body.table(
        new PdfTable(texts, 1f, 4f)
            .header(texts.get("project.health"), texts.get("project.healthReason"))
            .body()
            .health(project.health())
            .text(project.healthReason()));
    kpis(body, report, texts);
    milestones(body, report, texts);
    body.subheading(texts.get("project.budget"));
    body.table(budget(report.budget(), texts));
    latestReport(body, report.latestReport(), texts);
  }

  private static List<Fact> facts(ProjectFacts project, Funding funding, ReportTexts texts) {
    String period =
        texts.format(
            "project.period.value", texts.date(project.start()), texts.date(project.end()));
    List<Fact> facts = new ArrayList<>();
    facts.add(new Fact(texts.get("project.theme"), project.theme()));
    facts.add(new Fact(texts.get("project.fieldOfAction"), project.fieldOfAction()));
    facts.add(new Fact(texts.get("project.lead"), project.leadOrganisation()));
    facts.add(new Fact(texts.get("project.partners"), String.join(", ", project.partners())));
    facts.add(new Fact(texts.get("project.manager"), project.projectManager()));
    facts.add(new Fact(texts.get("project.deputies"), String.join(", ", project.deputies())));
    facts.add(new Fact(texts.get("project.status"), texts.label(project.status())));
    facts.add(new Fact(texts.get("project.period"), period));
    if (funding == null) {
      facts.add(new Fact(texts.get("project.grant"), texts.get("project.grant.none")));
    } else {
      facts.add(
          new Fact(
              texts.get("project.grant"),
              texts.format("project.grant.value", funding.programme(), funding.reference())));
      facts.add(
          new Fact(
              texts.get("project.funding"),
              texts.format(
                  "project.funding.value",
                  texts.percent(funding.ratePercent()),
                  texts.money(funding.plannedEligible()),
                  texts.money(funding.actualEligible()))));
    }
    return facts;
  }

  private static void kpis(PdfBody body, ProjectSheetReport report, ReportTexts texts) {
    body.subheading(texts.get("project.kpis"));
    if (report.kpis().isEmpty()) {
      body.paragraph(texts.get("project.kpis.none"));
      return;
    }
    var table =
        new PdfTable(texts, 3.2f, 1f, 1f, 1.4f, 1.8f)
            .header(texts.get("project.kpi.measure"))
            .figureHeader(texts.get("project.kpi.target"))
            .figureHeader(texts.get("project.kpi.value"))
            .header(texts.get("project.kpi.measuredOn"))
            .header(texts.get("project.kpi.attained"))
            .body();
    for (KpiLine kpi : report.kpis()) {
      table
          .text(kpi.measure())
          .figureText(kpi.target())
          .figureText(kpi.value())
          .date(kpi.measuredOn())
          .bar(kpi.attainedPercent(), texts.get("project.kpi.notComparable"));
    }
    body.table(table);
  }

  private static void milestones(PdfBody body, ProjectSheetReport report, ReportTexts texts) {
    long reached = report.milestones().stream().filter(m -> m.achievedOn() != null).count();
    body.subheading(
        texts.format("project.milestones.reached", reached, report.milestones().size()));
    List<Milestone> shown = new ArrayList<>(report.overdueMilestones());
    shown.addAll(report.nextMilestones(NEXT_MILESTONES));
    if (shown.isEmpty()) {
      body.paragraph(
          texts.get(
              report.milestones().isEmpty()
                  ? "project.milestones.none"
                  : "project.milestones.noneOpen"));
      return;
    }
    var table =
        new PdfTable(texts, 4f, 1.2f, 1.6f)
            .header(
                texts.get("project.milestone"),
                texts.get("project.milestone.due"),
                texts.get("project.milestone.state"))
            .body();
    for (Milestone milestone : shown) {
      table
          .text(milestone.title())
          .date(milestone.due())
          .text(
              texts.get(
                  milestone.due().isBefore(report.asOf())
                      ? "project.milestone.overdue"
                      : "project.milestone.open"));
    }
    body.table(table);
  }

  private static PdfTable budget(BudgetFigures budget, ReportTexts texts) {
    return new PdfTable(texts, 1f, 1f, 1f, 1.3f)
        .figureHeader(texts.get("project.budget.planned"))
        .figureHeader(texts.get("project.budget.actual"))
        .figureHeader(texts.get("project.budget.remaining"))
        .figureHeader(texts.get("project.budget.spent"))
        .body()
        .amount(budget.planned())
        .amount(budget.actual())
        .amount(budget.remaining())
        .bar(budget.spentPercent(), "");
  }

  private static void latestReport(PdfBody body, StatusReportExcerpt report, ReportTexts texts) {
    body.subheading(texts.get("project.report"));
    if (report == null) {
      body.paragraph(texts.get("project.report.none"));
      return;
    }
    body.paragraph(
        texts.format("project.report.meta", texts.date(report.reportedOn()), report.author()));
    body.paragraph(report.text());
    if (!report.nextSteps().isBlank()) {
      body.paragraph(texts.format("project.report.nextSteps", report.nextSteps()));
    }
    if (!report.risks().isBlank()) {
      body.paragraph(texts.format("project.report.risks", report.risks()));
    }
  }
}
