package de.smartcity.portfolio.reports.proofofuse;

import de.smartcity.portfolio.reports.excel.ExcelWorkbook;
import de.smartcity.portfolio.reports.excel.SheetWriter;
import de.smartcity.portfolio.reports.excel.WorkbookRenderer;
import de.smartcity.portfolio.reports.text.ReportTexts;

/**
 * The proof of use as one workbook with a sheet per part: overview, I. Sachbericht, II.1 income,
 * II.2 expenditure and the receipt list. Totals and shares are formulas, so finance can audit them.
 */
public final class ProofOfUseWorkbook extends WorkbookRenderer<ProofOfUseReport> {

  @Override
  protected void fill(ExcelWorkbook workbook, ProofOfUseReport report, ReportTexts texts) {
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
  }
}
