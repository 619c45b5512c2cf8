package de.smartcity.portfolio.reports.excel;

import de.smartcity.portfolio.reports.Report;
import de.smartcity.portfolio.reports.ReportFormat;
import de.smartcity.portfolio.reports.ReportRenderer;
import de.smartcity.portfolio.reports.text.ReportTexts;
import java.io.OutputStream;
import java.util.Locale;

/** A report rendered as a workbook: subclasses add and fill its sheets. */
public abstract class WorkbookRenderer<R extends Report> implements ReportRenderer<R> {

  @Override
  public final ReportFormat format() {
    return ReportFormat.XLSX;
  }

  @Override
  public final void write(R report, Locale locale, OutputStream out) {
    ReportTexts texts = ReportTexts.of(locale);
    try (var workbook = new ExcelWorkbook(texts, report.issuer(), report.title(texts))) {
      fill(workbook, report, texts);
      workbook.writeTo(out);
    }
  }

  protected abstract void fill(ExcelWorkbook workbook, R report, ReportTexts texts);
}
