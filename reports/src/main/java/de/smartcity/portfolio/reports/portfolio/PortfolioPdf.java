package de.smartcity.portfolio.reports.portfolio;

import de.smartcity.portfolio.reports.pdf.PdfBody;
import de.smartcity.portfolio.reports.pdf.PdfFrame;
import de.smartcity.portfolio.reports.pdf.PdfRenderer;
import de.smartcity.portfolio.reports.pdf.PdfTable;
import de.smartcity.portfolio.reports.text.ReportTexts;
import java.util.List;

/**
 * The portfolio for the council: a summary per theme, then every project under its theme with
 * status, traffic light (coloured and named, so it also reads in black and white), who runs it, its
 * period, its grant and its budget.
 */
public final class PortfolioPdf extends PdfRenderer<PortfolioReport> {

  private static final int COLUMNS_BEFORE_FIGURES = 9;

  @Override
  protected PdfFrame frame(PortfolioReport report, ReportTexts texts) {
    return new PdfFrame(texts, report.issuer(), report.title(texts), report.asOf(), true);
  }

  @Override
  protected void content(PdfBody body, PortfolioReport report, ReportTexts texts) {
    body.title(report.title(texts), report.subtitle(texts));
    body.subheading(texts.get("portfolio.overview"));
    body.table(overview(report, texts));
    body.subheading(texts.get("portfolio.projects"));
    body.table(projects(report, texts));
  }

  private static PdfTable overview(PortfolioReport report, ReportTexts texts) {
    var table =
        new PdfTable(texts, 5f, 1f, 1.6f, 1.6f, 1.6f)
            .header(texts.get("portfolio.theme"))
            .figureHeader(texts.get("portfolio.count"))
            .figureHeader(texts.get("portfolio.planned"))
            .figureHeader(texts.get("portfolio.actual"))
            .figureHeader(texts.get("portfolio.remaining"))
            .body();
    int projects = 0;
    for (ThemeGroup group : report.themes()) {
      projects += group.projects().size();
      table
          .text(group.theme())
          .number(group.projects().size())
          .amount(group.plannedSubtotal())
          .amount(group.actualSubtotal())
          .amount(group.remainingSubtotal());
    }
    return table
        .totalLabel(texts.get("portfolio.grandTotal"), 1)
        .totalNumber(projects)
        .totalAmount(report.plannedTotal())
        .totalAmount(report.actualTotal())
        .totalAmount(report.remainingTotal());
  }

  private static PdfTable projects(PortfolioReport report, ReportTexts texts) {
    List<String> headings = report.headings(texts);
    var table =
        new PdfTable(texts, 40, 104, 52, 32, 74, 70, 48, 48, 80, 66, 66, 66)
            .compact()
            .header(headings.subList(0, COLUMNS_BEFORE_FIGURES).toArray(String[]::new));
    headings.subList(COLUMNS_BEFORE_FIGURES, headings.size()).forEach(table::figureHeader);
    table.body();
    for (ThemeGroup group : report.themes()) {
      table.group(group.theme(), headings.size());
      for (PortfolioLine line : group.projects()) {
        table
            .text(line.code())
            .text(line.title())
            .text(texts.label(line.status()))
            .health(line.health())
            .text(line.leadOrganisation())
            .text(line.manager())
            .date(line.start())
            .date(line.end())
            .text(line.grant())
            .amount(line.planned())
            .amount(line.actual())
            .amount(line.remaining());
      }
      table
          .totalLabel(texts.format("portfolio.subtotalOf", group.theme()), COLUMNS_BEFORE_FIGURES)
          .totalAmount(group.plannedSubtotal())
          .totalAmount(group.actualSubtotal())
          .totalAmount(group.remainingSubtotal());
    }
    return table
        .totalLabel(texts.get("portfolio.grandTotal"), COLUMNS_BEFORE_FIGURES)
        .totalAmount(report.plannedTotal())
        .totalAmount(report.actualTotal())
        .totalAmount(report.remainingTotal());
  }
}
