package de.smartcity.portfolio.reports.proofofuse;

import de.smartcity.portfolio.reports.ReportFormat;
import de.smartcity.portfolio.reports.ReportRenderer;
import de.smartcity.portfolio.reports.excel.ExcelWorkbook;
import de.smartcity.portfolio.reports.excel.SheetWriter;
import de.smartcity.portfolio.reports.text.ReportTexts;
import java.io.OutputStream;
import java.util.Locale;

/**
 * The proof of use as one workbook with a sheet per part: overview, I. Sachbericht, II.1 income,
 * II.2 expenditure and the receipt list. Totals and shares are formulas, so finance can audit them.
 */
public final class ProofOfUseWorkbook implements ReportRenderer<ProofOfUseReport> {

  @Override
  public ReportFormat format() {
    return ReportFormat.XLSX;
  }

  @Override
  public void write(ProofOfUseReport report, Locale locale, OutputStream out) {
    ReportTexts texts = ReportTexts.of(locale);
    try (var workbook = new ExcelWorkbook(texts, report.issuer(), report.title(texts))) {
      SheetWriter overview = workbook.addSheet(texts.get("proof.sheet.overview"), false);
      SheetWriter narrative = workbook.addSheet(texts.get("proof.sheet.narrative"), true);
      SheetWriter income = workbook.addSheet(texts.get("proof.sheet.income"), false);
      SheetWriter expenditure = workbook.addSheet(texts.get("proof.sheet.expenditure"), true);
      SheetWriter receipts = workbook.addSheet(texts.get("proof.sheet.receipts"), true);
      OverviewSheet.write(overview, report, texts);
      NarrativeSheet.writeNarrative(narrative, report, texts);
      IncomeSheet.write(income, report.income(), texts);
      ExpenditureSheet.write(
          expenditure, report.expenditure(), receipts.name(), report.receipts(), texts);
      ReceiptSheet.write(receipts, report.receipts(), texts);
      workbook.writeTo(out);
    }
  }
}
