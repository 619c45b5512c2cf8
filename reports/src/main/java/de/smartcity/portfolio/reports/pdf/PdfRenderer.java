package de.smartcity.portfolio.reports.pdf;

import de.smartcity.portfolio.reports.ReportFormat;
import de.smartcity.portfolio.reports.ReportRenderer;
import de.smartcity.portfolio.reports.text.ReportTexts;
import java.io.OutputStream;
import java.util.Locale;

/** A report rendered as PDF: subclasses say how its pages are framed and what they contain. */
public abstract class PdfRenderer<R> implements ReportRenderer<R> {

  @Override
  public final ReportFormat format() {
    return ReportFormat.PDF;
  }

  @Override
  public final void write(R report, Locale locale, OutputStream out) {
    ReportTexts texts = ReportTexts.of(locale);
    PdfReportWriter.write(frame(report, texts), out, body -> content(body, report, texts));
  }

  protected abstract PdfFrame frame(R report, ReportTexts texts);

  protected abstract void content(PdfBody body, R report, ReportTexts texts);
}
