package de.smartcity.portfolio.reports.portfolio;

import de.smartcity.portfolio.reports.Report;
import de.smartcity.portfolio.reports.ReportFileNames;
import de.smartcity.portfolio.reports.ReportFormat;
import de.smartcity.portfolio.reports.common.Issuer;
import de.smartcity.portfolio.reports.text.ReportTexts;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The portfolio's list as the reader filtered it, with the columns they show: "this view as Excel".
 */
public record ProjectListReport(
    Issuer issuer, LocalDate asOf, List<ProjectListColumn> columns, List<ProjectListRow> rows)
    implements Report {

  public ProjectListReport {
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(asOf, "asOf");
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
  }

  /** E.g. {@code Projektliste_2026-12-03.xlsx}. */
  public String fileName(Locale locale) {
    return ReportFileNames.of(
        ReportTexts.of(locale).get("projectList.file"), List.of(), asOf, ReportFormat.XLSX);
  }

  @Override
  public String title(ReportTexts texts) {
    return texts.get("projectList.title");
  }

  /** "1 Projekt", "13 Projekte": the caption the page's table shows. */
  String caption(ReportTexts texts) {
    return texts.format("projectList.count", rows.size());
  }
}
