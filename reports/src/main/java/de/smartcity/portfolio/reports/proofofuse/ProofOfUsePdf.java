package de.smartcity.portfolio.reports.proofofuse;

import de.smartcity.portfolio.reports.ReportFormat;
import de.smartcity.portfolio.reports.ReportRenderer;
import de.smartcity.portfolio.reports.pdf.PdfBody;
import de.smartcity.portfolio.reports.pdf.PdfFrame;
import de.smartcity.portfolio.reports.pdf.PdfReportWriter;
import de.smartcity.portfolio.reports.text.ReportTexts;
import java.io.OutputStream;
import java.util.Locale;

/**
 * The proof of use as the signed document: in the order of the federal form, on A4 landscape so the
 * receipt list fits, closing with the confirmation and a place to sign.
 */
public final class ProofOfUsePdf implements ReportRenderer<ProofOfUseReport> {

  @Override
  public ReportFormat format() {
    return ReportFormat.PDF;
  }

  @Override
  public void write(ProofOfUseReport report, Locale locale, OutputStream out) {
    ReportTexts texts = ReportTexts.of(locale);
    String title = report.title(texts);
    var frame = new PdfFrame(texts, report.issuer(), title, report.issuedOn(), true);
    PdfReportWriter.write(frame, out, body -> content(body, report, title, texts));
  }

  private static void content(
      PdfBody body, ProofOfUseReport report, String title, ReportTexts texts) {
    body.title(title, report.grant().grant().measure());
    body.facts(ProofOfUseFacts.grant(report, texts));
    body.subheading(texts.get("proof.notices"));
    body.table(ProofOfUsePdfTables.notices(report.grant(), texts));

    body.heading(texts.get("proof.narrative.heading"));
    body.facts(ProofOfUseFacts.narrative(report.narrative(), texts));

    body.newPage();
    body.heading(texts.get("proof.numbers.heading"));
    body.subheading(texts.get("proof.income.heading"));
    body.table(ProofOfUsePdfTables.income(report.income(), texts));
    body.subheading(texts.get("proof.expenditure.heading"));
    body.table(ProofOfUsePdfTables.expenditure(report.expenditure(), texts));

    body.newPage();
    body.heading(texts.get("proof.receipts.heading"));
    ProofOfUsePdfTables.receipts(body, report.receipts(), texts);

    body.heading(texts.get("proof.confirmation.heading"));
    body.paragraph(texts.get("proof.confirmation"));
    body.signatureBlock(report.issuedOn(), report.signatory());
  }
}
