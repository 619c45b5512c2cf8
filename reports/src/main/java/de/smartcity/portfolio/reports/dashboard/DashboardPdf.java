package de.smartcity.portfolio.reports.dashboard;

import de.smartcity.portfolio.reports.common.Health;
import de.smartcity.portfolio.reports.common.ProjectStatus;
import de.smartcity.portfolio.reports.dashboard.DashboardReport.FundsQuarter;
import de.smartcity.portfolio.reports.dashboard.DashboardReport.GrantLine;
import de.smartcity.portfolio.reports.dashboard.DashboardReport.HealthQuarter;
import de.smartcity.portfolio.reports.dashboard.DashboardReport.MilestoneDue;
import de.smartcity.portfolio.reports.dashboard.DashboardReport.Slice;
import de.smartcity.portfolio.reports.pdf.BarChart;
import de.smartcity.portfolio.reports.pdf.Fact;
import de.smartcity.portfolio.reports.pdf.PdfBody;
import de.smartcity.portfolio.reports.pdf.PdfFrame;
import de.smartcity.portfolio.reports.pdf.PdfRenderer;
import de.smartcity.portfolio.reports.pdf.PdfTable;
import de.smartcity.portfolio.reports.text.ReportTexts;
import java.util.List;

/**
 * The dashboard as a handout for a council session: the tiles as tables, each plan-against-actual
 * chart drawn as bars with its table below, and the milestones to watch.
 */
public final class DashboardPdf extends PdfRenderer<DashboardReport> {

  @Override
  protected PdfFrame frame(DashboardReport report, ReportTexts texts) {
    return new PdfFrame(texts, report.issuer(), report.title(texts), report.asOf(), false);
  }

  @Override
  protected void content(PdfBody body, DashboardReport report, ReportTexts texts) {
    body.title(report.title(texts), report.subtitle(texts));
    body.heading(texts.get("dashboard.projects"));
    body.table(projects(report, texts));
    body.heading(texts.get("dashboard.budget"));
    body.facts(
        List.of(
            new Fact(texts.get("dashboard.planned"), texts.money(report.planned())),
            new Fact(texts.get("dashboard.spent"), texts.money(report.spent())),
            new Fact(texts.get("dashboard.remaining"), texts.money(report.remaining())),
            new Fact(
                texts.get("dashboard.overdue"),
                texts.format(
                    "dashboard.overdueValue",
                    report.overdueMilestones(),
                    report.projectsWithOverdueMilestones()))));
    if (!report.grants().isEmpty()) {
      body.heading(texts.get("dashboard.grants"));
      body.table(grants(report, texts));
    }
    slices(body, texts, "dashboard.byTheme", "dashboard.theme", report.byTheme());
    slices(
        body, texts, "dashboard.byOrganisation", "dashboard.organisation", report.byOrganisation());
    slices(body, texts, "dashboard.byYear", "dashboard.year", report.yearsWithFigures());
    body.heading(texts.get("dashboard.healthOverTime"));
    body.paragraph(texts.get("dashboard.healthOverTime.note"));
    body.table(health(report, texts));
    body.heading(texts.get("dashboard.calledAndSpent"));
    body.table(funds(report, texts));
    body.heading(texts.get("dashboard.milestones"));
    body.table(milestones(report, texts));
  }

  private static PdfTable projects(DashboardReport report, ReportTexts texts) {
    var table =
        new PdfTable(texts, 3f, 1f, 3f, 1f)
            .header(texts.get("dashboard.status"))
            .figureHeader(texts.get("dashboard.count"))
            .header(texts.get("dashboard.health"))
            .figureHeader(texts.get("dashboard.count"))
            .body();
    ProjectStatus[] statuses = ProjectStatus.values();
    Health[] healths = Health.values();
    for (int i = 0; i < statuses.length; i++) {
      table.text(texts.label(statuses[i])).number(report.byStatus().get(statuses[i]));
      if (i < healths.length) {
        table.health(healths[i]).number(report.byHealth().get(healths[i]));
      } else {
        table.text("").text("");
      }
    }
    long projects = report.byStatus().values().stream().mapToLong(Long::longValue).sum();
    return table
        .totalLabel(texts.get("dashboard.total"), 1)
        .totalNumber(projects)
        .totalLabel(texts.get("dashboard.total"), 1)
        .totalNumber(projects);
  }

  private static PdfTable grants(DashboardReport report, ReportTexts texts) {
    var table =
        new PdfTable(texts, 2.1f, 0.8f, 1.5f, 1.5f, 1.5f, 1.5f, 1.3f, 0.7f)
            .compact()
            .header(texts.get("dashboard.grant"), texts.get("dashboard.component"))
            .figureHeader(texts.get("dashboard.approved"))
            .figureHeader(texts.get("dashboard.called"))
            .figureHeader(texts.get("dashboard.grantSpent"))
            .figureHeader(texts.get("dashboard.unspentCalled"))
            .header(texts.get("dashboard.proofOfUseDue"))
            .figureHeader(texts.get("dashboard.days"))
            .body();
    for (GrantLine grant : report.grants()) {
      table
          .text(grant.reference())
          .text(grant.component())
          .amount(grant.approved())
          .amount(grant.called())
          .amount(grant.spent())
          .amount(grant.unspentCalled())
          .date(grant.proofOfUseDue())
          .number(grant.daysToProofOfUse());
    }
    return table;
  }

  private static void slices(
      PdfBody body, ReportTexts texts, String heading, String column, List<Slice> slices) {
    if (slices.isEmpty()) {
      body.heading(texts.get(heading));
      body.paragraph(texts.get("dashboard.none"));
      return;
    }
    body.barChart(
        texts.get(heading),
        new BarChart(
            texts.get("dashboard.planned"),
            texts.get("dashboard.actual"),
            slices.stream()
                .map(s -> new BarChart.Bar(s.label(), s.planned(), s.actual()))
                .toList()));
    var table =
        new PdfTable(texts, 4f, 1.6f, 1.6f, 1.6f)
            .header(texts.get(column))
            .figureHeader(texts.get("dashboard.planned"))
            .figureHeader(texts.get("dashboard.actual"))
            .figureHeader(texts.get("dashboard.remaining"))
            .body();
    for (Slice slice : slices) {
      table
          .text(slice.label())
          .amount(slice.planned())
          .amount(slice.actual())
          .amount(slice.planned().subtract(slice.actual()));
    }
    body.table(table);
  }

  private static PdfTable health(DashboardReport report, ReportTexts texts) {
    var table =
        new PdfTable(texts, 2f, 1f, 1f, 1f, 1f)
            .header(texts.get("dashboard.quarter"))
            .figureHeader(texts.label(Health.GREEN))
            .figureHeader(texts.label(Health.AMBER))
            .figureHeader(texts.label(Health.RED))
            .figureHeader(texts.get("dashboard.reports"))
            .body();
    for (HealthQuarter quarter : report.healthByQuarter()) {
      table
          .text(quarter.label())
          .number(quarter.green())
          .number(quarter.amber())
          .number(quarter.red())
          .number(quarter.green() + quarter.amber() + quarter.red());
    }
    return table;
  }

  private static PdfTable funds(DashboardReport report, ReportTexts texts) {
    var table =
        new PdfTable(texts, 2f, 1.6f, 1.6f)
            .header(texts.get("dashboard.quarter"))
            .figureHeader(texts.get("dashboard.called"))
            .figureHeader(texts.get("dashboard.grantSpent"))
            .body();
    for (FundsQuarter quarter : report.calledAndSpent()) {
      table.text(quarter.label()).amount(quarter.called()).amount(quarter.spent());
    }
    return table;
  }

  private static PdfTable milestones(DashboardReport report, ReportTexts texts) {
    var table =
        new PdfTable(texts, 1.1f, 1f, 3.2f, 3.3f)
            .header(
                texts.get("dashboard.due"),
                texts.get("dashboard.state"),
                texts.get("dashboard.project"),
                texts.get("dashboard.milestone"))
            .body();
    for (MilestoneDue milestone : report.milestones()) {
      table
          .date(milestone.dueDate())
          .text(texts.get(milestone.overdue() ? "dashboard.isOverdue" : "dashboard.isUpcoming"))
          .text(milestone.projectCode() + " – " + milestone.projectTitle())
          .text(milestone.title());
    }
    return table;
  }
}
