package de.smartcity.portfolio.reports.proofofuse;

import static de.smartcity.portfolio.reports.excel.Formulas.cell;
import static de.smartcity.portfolio.reports.excel.Formulas.columnRange;
import static de.smartcity.portfolio.reports.excel.Formulas.exactMatch;
import static de.smartcity.portfolio.reports.excel.Formulas.onSheet;
import static de.smartcity.portfolio.reports.excel.Formulas.sum;
import static de.smartcity.portfolio.reports.proofofuse.PlanActualHeader.ACTUAL_FIRST;
import static de.smartcity.portfolio.reports.proofofuse.PlanActualHeader.ACTUAL_SECOND;
import static de.smartcity.portfolio.reports.proofofuse.PlanActualHeader.LABEL;
import static de.smartcity.portfolio.reports.proofofuse.PlanActualHeader.PLAN_FIRST;
import static de.smartcity.portfolio.reports.proofofuse.PlanActualHeader.PLAN_SECOND;

import de.smartcity.portfolio.reports.excel.SheetWriter;
import de.smartcity.portfolio.reports.text.ReportTexts;

/**
 * Part II.2: expenditure per cost category. The actual figures are SUMIFS over the receipt list, so
 * an auditor can see that each category is exactly the sum of its receipts.
 */
final class ExpenditureSheet {

  private ExpenditureSheet() {}

  static void write(
      SheetWriter sheet,
      ExpenditureStatement expenditure,
      String receiptSheet,
      ReceiptList receipts,
      ReportTexts texts) {
    sheet.columnWidths(36, 17, 17, 17, 17);
    sheet.title(texts.get("proof.expenditure.heading"));
    int header =
        PlanActualHeader.write(
            sheet,
            texts,
            texts.get("proof.expenditure.category"),
            texts.get("proof.expenditure.total"),
            texts.get("proof.expenditure.eligible"));
    var sums = new ReceiptSums(receiptSheet, receipts);
    for (CostCategoryLine line : expenditure.lines()) {
      sheet.newRow();
      sheet.wrappedText(LABEL, line.category());
      sheet.money(PLAN_FIRST, line.planned());
      sheet.money(PLAN_SECOND, line.plannedEligible());
      sheet.moneyFormula(
          ACTUAL_FIRST, sums.of(ReceiptSheet.AMOUNT, line.category()), line.actual());
      sheet.moneyFormula(
          ACTUAL_SECOND, sums.of(ReceiptSheet.ELIGIBLE, line.category()), line.actualEligible());
    }
    int first = header + 1;
    int last = sheet.nextRowIndex() - 1;
    sheet.newRow();
    sheet.totalLabel(LABEL, texts.get("total"));
    sheet.totalMoneyFormula(PLAN_FIRST, sum(first, last, PLAN_FIRST), expenditure.plannedTotal());
    sheet.totalMoneyFormula(
        PLAN_SECOND, sum(first, last, PLAN_SECOND), expenditure.plannedEligibleTotal());
    sheet.totalMoneyFormula(
        ACTUAL_FIRST, sum(first, last, ACTUAL_FIRST), expenditure.actualTotal());
    sheet.totalMoneyFormula(
        ACTUAL_SECOND, sum(first, last, ACTUAL_SECOND), expenditure.actualEligibleTotal());
    int total = sheet.nextRowIndex() - 1;
    sheet.newRow();
    sheet.wrappedText(LABEL, texts.get("proof.expenditure.nonEligible"));
    sheet.moneyFormula(
        PLAN_FIRST,
        cell(total, PLAN_FIRST) + "-" + cell(total, PLAN_SECOND),
        expenditure.plannedNonEligibleTotal());
    sheet.moneyFormula(
        ACTUAL_FIRST,
        cell(total, ACTUAL_FIRST) + "-" + cell(total, ACTUAL_SECOND),
        expenditure.actualNonEligibleTotal());
  }

  /** SUMIFS over one amount column of the receipt list, for one category. */
  private record ReceiptSums(String sheet, ReceiptList receipts) {

    String of(int amountColumn, String category) {
      if (receipts.receipts().isEmpty()) {
        return "0";
      }
      int first = ReceiptSheet.FIRST_RECEIPT_ROW;
      int last = ReceiptSheet.lastReceiptRow(receipts);
      return "SUMIFS("
          + onSheet(sheet, columnRange(first, last, amountColumn))
          + ","
          + onSheet(sheet, columnRange(first, last, ReceiptSheet.CATEGORY))
          + ","
          + exactMatch(category)
          + ")";
    }
  }
}
