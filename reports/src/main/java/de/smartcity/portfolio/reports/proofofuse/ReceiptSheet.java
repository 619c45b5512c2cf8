package de.smartcity.portfolio.reports.proofofuse;

import static de.smartcity.portfolio.reports.excel.Formulas.sum;

import de.smartcity.portfolio.reports.excel.SheetWriter;
import de.smartcity.portfolio.reports.text.ReportTexts;
import java.util.List;

/**
 * The receipt list: one row per payment below a frozen, filterable header, the totals as sums
 * below. Part II.2 sums this sheet's columns per cost category.
 */
final class ReceiptSheet {

  static final int HEADER_ROW = 1;
  static final int FIRST_RECEIPT_ROW = HEADER_ROW + 1;
  static final int CATEGORY = 5;
  static final int AMOUNT = 6;
  static final int ELIGIBLE = 7;

  private ReceiptSheet() {}

  static int lastReceiptRow(ReceiptList receipts) {
    return FIRST_RECEIPT_ROW + receipts.receipts().size() - 1;
  }

  static void write(SheetWriter sheet, ReceiptList receipts, ReportTexts texts) {
    sheet.columnWidths(8, 11, 30, 44, 14, 20, 15, 15);
    sheet.title(texts.get("proof.receipts.heading"));
    sheet.headerRow(headings(texts));
    int number = 0;
    for (Receipt receipt : receipts.receipts()) {
      sheet.newRow();
      sheet.number(0, ++number);
      sheet.date(1, receipt.date());
      sheet.wrappedText(2, receipt.payee());
      sheet.wrappedText(3, receipt.purpose());
      sheet.text(4, receipt.reference());
      sheet.text(CATEGORY, receipt.costCategory());
      sheet.money(AMOUNT, receipt.amount());
      sheet.money(ELIGIBLE, receipt.eligibleAmount());
    }
    int last = lastReceiptRow(receipts);
    sheet.newRow();
    sheet.totalLabel(0, texts.get("proof.total"));
    for (int column = 1; column < AMOUNT; column++) {
      sheet.totalLabel(column, "");
    }
    sheet.totalMoneyFormula(AMOUNT, sum(FIRST_RECEIPT_ROW, last, AMOUNT), receipts.total());
    sheet.totalMoneyFormula(
        ELIGIBLE, sum(FIRST_RECEIPT_ROW, last, ELIGIBLE), receipts.eligibleTotal());
    sheet.freezeRowsAbove(FIRST_RECEIPT_ROW);
    sheet.autoFilter(HEADER_ROW, last, ELIGIBLE);
    sheet.repeatRowsOnEachPage(HEADER_ROW, HEADER_ROW);
  }

  static List<String> headings(ReportTexts texts) {
    return List.of(
        texts.get("proof.receipts.number"),
        texts.get("proof.receipts.date"),
        texts.get("proof.receipts.payee"),
        texts.get("proof.receipts.purpose"),
        texts.get("proof.receipts.reference"),
        texts.get("proof.receipts.category"),
        texts.get("proof.receipts.amount"),
        texts.get("proof.receipts.eligible"));
  }
}
