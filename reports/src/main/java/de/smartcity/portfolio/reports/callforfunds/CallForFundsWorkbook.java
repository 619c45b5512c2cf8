package de.smartcity.portfolio.reports.callforfunds;

import static de.smartcity.portfolio.reports.excel.Formulas.cell;
import static de.smartcity.portfolio.reports.excel.Formulas.onSheet;

import de.smartcity.portfolio.reports.excel.ExcelWorkbook;
import de.smartcity.portfolio.reports.excel.ListSheet;
import de.smartcity.portfolio.reports.excel.SheetWriter;
import de.smartcity.portfolio.reports.excel.WorkbookRenderer;
import de.smartcity.portfolio.reports.pdf.Fact;
import de.smartcity.portfolio.reports.text.ReportTexts;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The call for funds as a workbook: the calculation, whose every step is a formula over the list of
 * payments due, and that list on a second sheet.
 */
public final class CallForFundsWorkbook extends WorkbookRenderer<CallForFundsReport> {

  private static final int AMOUNT = 5;
  private static final int ELIGIBLE = 6;
  private static final int VALUE = 1;

  @Override
  protected void fill(ExcelWorkbook workbook, CallForFundsReport report, ReportTexts texts) {
    SheetWriter summary = workbook.addSheet(texts.get("call.sheet.summary"), false);
    SheetWriter payments = workbook.addSheet(texts.get("call.sheet.payments"), true);
    ListSheet.Rows rows = writePayments(payments, report, texts);
    String eligibleDue = onSheet(payments.name(), cell(rows.total(), ELIGIBLE));
    writeSummary(summary, report, texts, eligibleDue);
  }

  private static ListSheet.Rows writePayments(
      SheetWriter sheet, CallForFundsReport report, ReportTexts texts) {
    sheet.columnWidths(8, 11, 30, 44, 16, 15, 15);
    return ListSheet.write(
        sheet,
        texts.get("call.payments"),
        CallForFundsFacts.paymentHeadings(texts),
        report.payments(),
        (row, payment, number) -> {
          row.number(0, number);
          row.date(1, payment.dueDate());
          row.wrappedText(2, payment.payee());
          row.wrappedText(3, payment.purpose());
          row.text(4, payment.reference());
          row.money(AMOUNT, payment.amount());
          row.money(ELIGIBLE, payment.eligibleAmount());
        },
        texts.get("total"),
        new TreeMap<>(Map.of(AMOUNT, report.paymentsTotal(), ELIGIBLE, report.eligibleTotal())));
  }

  private static void writeSummary(
      SheetWriter sheet, CallForFundsReport report, ReportTexts texts, String eligibleDue) {
    FundsBalance balance = report.balance();
    sheet.columnWidths(46, 48);
    sheet.title(report.title(texts));
    for (Fact fact : CallForFundsFacts.of(report, texts)) {
      sheet.newRow();
      sheet.label(0, fact.label());
      sheet.wrappedText(VALUE, fact.value());
    }
    sheet.skipRows(1);
    sheet.headerRow(List.of(texts.get("call.calculation"), texts.get("call.amount")));
    int eligible = line(sheet, texts.get("call.eligibleDue"));
    sheet.moneyFormula(VALUE, eligibleDue, report.eligibleTotal());
    int rate = line(sheet, texts.get("call.fundingRate"));
    sheet.percent(VALUE, report.fundingRatePercent());
    int justified = line(sheet, texts.get("call.justified"));
    sheet.moneyFormula(
        VALUE,
        "ROUND(" + cell(eligible, VALUE) + "*" + cell(rate, VALUE) + ",2)",
        report.justified());
    int requested = sheet.newRow();
    sheet.totalLabel(0, texts.get("call.requested"));
    sheet.money(VALUE, balance.requested());
    line(sheet, texts.get("call.excess"));
    sheet.moneyFormula(
        VALUE, cell(requested, VALUE) + "-" + cell(justified, VALUE), report.excess());
    sheet.skipRows(1);
    sheet.headerRow(List.of(texts.get("call.balance"), texts.get("call.amount")));
    int approved = line(sheet, texts.get("call.approved"));
    sheet.money(VALUE, balance.approved());
    int before = line(sheet, texts.get("call.calledBefore"));
    sheet.money(VALUE, balance.calledBefore());
    int now = line(sheet, texts.get("call.requestedNow"));
    sheet.moneyFormula(VALUE, cell(requested, VALUE), balance.requested());
    int after = line(sheet, texts.get("call.calledAfter"));
    sheet.moneyFormula(VALUE, cell(before, VALUE) + "+" + cell(now, VALUE), balance.calledAfter());
    sheet.newRow();
    sheet.totalLabel(0, texts.get("call.remaining"));
    sheet.totalMoneyFormula(
        VALUE, cell(approved, VALUE) + "-" + cell(after, VALUE), balance.remaining());
    if (!report.overduePayouts().isEmpty()) {
      sheet.skipRows(1);
      sheet.headerRow(List.of(texts.get("call.overdue"), texts.get("call.amount")));
      for (OverduePayout payout : report.overduePayouts()) {
        sheet.newRow();
        sheet.wrappedText(0, CallForFundsPdf.overdue(payout, texts));
        sheet.money(VALUE, payout.unspent());
      }
    }
  }

  private static int line(SheetWriter sheet, String label) {
    int row = sheet.newRow();
    sheet.text(0, label);
    return row;
  }
}
