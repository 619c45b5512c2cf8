package de.smartcity.portfolio.reports.proofofuse;

import de.smartcity.portfolio.reports.pdf.PdfBody;
import de.smartcity.portfolio.reports.pdf.PdfFrame;
import de.smartcity.portfolio.reports.pdf.PdfRenderer;
import de.smartcity.portfolio.reports.text.ReportTexts;

/**
 * The proof of use as the signed document: in the order of the federal form, on A4 landscape so the
 * receipt list fits, closing with the confirmation and a place to sign.
 */
public final class ProofOfUsePdf extends PdfRenderer<ProofOfUseReport> {

  @Override
  protected PdfFrame frame(ProofOfUseReport report, ReportTexts texts) {
    return new PdfFrame(texts, report.issuer(), report.title(texts), report.issuedOn(), true);
  }

  @Override
  protected void content(PdfBody body, ProofOfUseReport report, ReportTexts texts) {
    body.title(report.title(texts), report.grant().grant().measure());
    body.facts(ProofOfUseFacts.grant(report, texts));
    if (!report.lateChanges().isEmpty()) {
      body.subheading(texts.get("proof.lateChanges.heading"));
      report.lateChangeNotes(texts).forEach(body::paragraph);
    }
    body.subheading(texts.get("proof.notices"));
    body.table(ProofOfUsePdfTables.notices(report.grant(), texts));

    body.heading(texts.get("proof.narrative.heading"));
    body.facts(ProofOfUseFacts.narrative(report.narrative(), texts));

    body.newPage();
    body.heading(texts.get("proof.numbers.heading"));
    body.subheading(texts.get("proof.income.heading"));
    body.table(ProofOfUsePdfTables.income(report.income(), texts));
    if (report.income().settlement() != null) {
      body.subheading(texts.get("proof.settlement.heading"));
      body.table(ProofOfUsePdfTables.settlement(report.income().settlement(), texts));
    }
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
