package de.smartcity.portfolio.reports.proofofuse;

import de.smartcity.portfolio.reports.excel.ListSheet;
import de.smartcity.portfolio.reports.excel.SheetWriter;
import de.smartcity.portfolio.reports.text.ReportTexts;
import java.util.List;
import java.util.TreeMap;

/** The receipt list; part II.2 sums this sheet's amount columns per cost category. */
final class ReceiptSheet {

  static final int FIRST_RECEIPT_ROW = 2;
  static final int PROJECT = 5;
  static final int CATEGORY = 6;
  static final int AMOUNT = 7;
  static final int ELIGIBLE = 8;

  private ReceiptSheet() {}

  static int lastReceiptRow(ReceiptList receipts) {
    return FIRST_RECEIPT_ROW + receipts.receipts().size() - 1;
  }

  static void write(SheetWriter sheet, ReceiptList receipts, ReportTexts texts) {
    sheet.columnWidths(8, 11, 30, 44, 16, 10, 20, 15, 15);
    var totals =
        new TreeMap<>(
            java.util.Map.of(AMOUNT, receipts.total(), ELIGIBLE, receipts.eligibleTotal()));
    ListSheet.write(
        sheet,
        texts.get("proof.receipts.heading"),
        headings(texts),
        receipts.receipts(),
        (row, receipt, number) -> {
          row.number(0, number);
          row.date(1, receipt.date());
          row.wrappedText(2, receipt.payee());
          row.wrappedText(3, receipt.purpose());
          row.text(4, receipt.reference());
          row.text(PROJECT, receipt.project());
          row.text(CATEGORY, receipt.costCategory());
          row.money(AMOUNT, receipt.amount());
          row.money(ELIGIBLE, receipt.eligibleAmount());
        },
        texts.get("total"),
        totals);
  }

  static List<String> headings(ReportTexts texts) {
    return List.of(
        texts.get("proof.receipts.number"),
        texts.get("proof.receipts.date"),
        texts.get("proof.receipts.payee"),
        texts.get("proof.receipts.purpose"),
        texts.get("proof.receipts.reference"),
        texts.get("proof.receipts.project"),
        texts.get("proof.receipts.category"),
        texts.get("proof.receipts.amount"),
        texts.get("proof.receipts.eligible"));
  }
}
