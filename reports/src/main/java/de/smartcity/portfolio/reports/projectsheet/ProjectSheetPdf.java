package de.smartcity.portfolio.reports.projectsheet;

import de.smartcity.portfolio.reports.pdf.Fact;
import de.smartcity.portfolio.reports.pdf.PdfBody;
import de.smartcity.portfolio.reports.pdf.PdfFrame;
import de.smartcity.portfolio.reports.pdf.PdfRenderer;
import de.smartcity.portfolio.reports.pdf.PdfTable;
import de.smartcity.portfolio.reports.text.ReportTexts;
import java.util.List;

/** The project's profile on one portrait page: facts, traffic light, milestones, budget, news. */
public final class ProjectSheetPdf extends PdfRenderer<ProjectSheetReport> {

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
    body.facts(facts(project, texts));
    body.table(
        new PdfTable(texts, 1f, 4f)
            .header(texts.get("project.health"), texts.get("project.healthReason"))
            .body()
            .health(project.health())
            .text(project.healthReason()));
    body.subheading(texts.get("project.milestones"));
    if (report.milestones().isEmpty()) {
      body.paragraph(texts.get("project.milestones.none"));
    } else {
      body.table(milestones(report, texts));
    }
    body.subheading(texts.get("project.budget"));
    body.table(budget(report.budget(), texts));
    latestReport(body, report.latestReport(), texts);
  }

  private static List<Fact> facts(ProjectFacts project, ReportTexts texts) {
    String period =
        texts.format(
            "project.period.value", texts.date(project.start()), texts.date(project.end()));
    return List.of(
        new Fact(texts.get("project.theme"), project.theme()),
        new Fact(texts.get("project.fieldOfAction"), project.fieldOfAction()),
        new Fact(texts.get("project.lead"), project.leadOrganisation()),
        new Fact(texts.get("project.partners"), String.join(", ", project.partners())),
        new Fact(texts.get("project.manager"), project.projectManager()),
        new Fact(texts.get("project.status"), texts.label(project.status())),
        new Fact(texts.get("project.period"), period));
  }

  private static PdfTable milestones(ProjectSheetReport report, ReportTexts texts) {
    var table =
        new PdfTable(texts, 4f, 1.2f, 1.6f)
            .header(
                texts.get("project.milestone"),
                texts.get("project.milestone.due"),
                texts.get("project.milestone.state"))
            .body();
    for (Milestone milestone : report.milestones()) {
      table.text(milestone.title()).date(milestone.due()).text(state(milestone, report, texts));
    }
    return table;
  }

  private static String state(Milestone milestone, ProjectSheetReport report, ReportTexts texts) {
    if (milestone.achievedOn() != null) {
      return texts.format("project.milestone.achieved", texts.date(milestone.achievedOn()));
    }
    return milestone.due().isBefore(report.asOf())
        ? texts.get("project.milestone.overdue")
        : texts.get("project.milestone.open");
  }

  private static PdfTable budget(BudgetFigures budget, ReportTexts texts) {
    return new PdfTable(texts, 1f, 1f, 1f, 1f)
        .figureHeader(texts.get("project.budget.planned"))
        .figureHeader(texts.get("project.budget.actual"))
        .figureHeader(texts.get("project.budget.remaining"))
        .figureHeader(texts.get("project.budget.spent"))
        .body()
        .amount(budget.planned())
        .amount(budget.actual())
        .amount(budget.remaining())
        .percent(budget.spentPercent());
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
