package de.smartcity.portfolio.reports.proofofuse;

import de.smartcity.portfolio.reports.pdf.PdfBody;
import de.smartcity.portfolio.reports.pdf.PdfTable;
import de.smartcity.portfolio.reports.text.ReportTexts;

/** The tables of the proof's PDF, with the same columns as the workbook's sheets. */
final class ProofOfUsePdfTables {

  private ProofOfUsePdfTables() {}

  static PdfTable notices(GrantHeader grant, ReportTexts texts) {
    var table =
        new PdfTable(texts, 1.2f, 3f, 1.5f)
            .header(texts.get("proof.notice.date"), texts.get("proof.notice.reference"))
            .figureHeader(texts.get("proof.notice.amount"))
            .body();
    for (GrantNotice notice : grant.notices()) {
      table.date(notice.date()).text(notice.reference()).amount(notice.amount());
    }
    table.totalLabel(texts.get("proof.totalApproved"), 2).totalAmount(grant.totalApproved());
    table.totalLabel(grant.paidOutLabel(texts), 2).totalAmount(grant.totalPaidOut());
    return table;
  }

  static PdfTable income(IncomeStatement income, ReportTexts texts) {
    var table =
        PlanActualHeader.table(
            texts,
            texts.get("proof.income.source"),
            texts.get("proof.eur"),
            texts.get("proof.percent"));
    for (IncomeLine line : income.lines()) {
      table
          .text(texts.label(line.source()))
          .amount(line.planned())
          .percent(line.plannedPercent())
          .amount(line.actual())
          .percent(line.actualPercent());
    }
    return table
        .totalLabel(texts.get("total"), 1)
        .totalAmount(income.plannedTotal())
        .totalPercent(IncomeSheet.whole(income.plannedTotal()))
        .totalAmount(income.actualTotal())
        .totalPercent(IncomeSheet.whole(income.actualTotal()));
  }

  static PdfTable expenditure(ExpenditureStatement expenditure, ReportTexts texts) {
    var table =
        PlanActualHeader.table(
            texts,
            texts.get("proof.expenditure.category"),
            texts.get("proof.expenditure.total"),
            texts.get("proof.expenditure.eligible"));
    for (CostCategoryLine line : expenditure.lines()) {
      table
          .text(line.category())
          .amount(line.planned())
          .amount(line.plannedEligible())
          .amount(line.actual())
          .amount(line.actualEligible());
    }
    return table
        .totalLabel(texts.get("total"), 1)
        .totalAmount(expenditure.plannedTotal())
        .totalAmount(expenditure.plannedEligibleTotal())
        .totalAmount(expenditure.actualTotal())
        .totalAmount(expenditure.actualEligibleTotal())
        .text(texts.get("proof.expenditure.nonEligible"))
        .amount(expenditure.plannedNonEligibleTotal())
        .figureText("")
        .amount(expenditure.actualNonEligibleTotal())
        .figureText("");
  }

  /** The grant as received against its share of the eligible costs, as the workbook states it. */
  static PdfTable settlement(GrantSettlement settlement, ReportTexts texts) {
    return new PdfTable(texts, 6.4f, 1.5f, 1.5f)
        .header("")
        .figureHeader(texts.get("proof.eur"))
        .figureHeader(texts.get("proof.percent"))
        .body()
        .text(texts.get("proof.settlement.eligible"))
        .amount(settlement.eligibleCosts())
        .figureText("")
        .text(settlement.shareLabel(texts))
        .amount(settlement.grantShare())
        .figureText("")
        .text(settlement.receivedLabel(texts))
        .amount(settlement.received())
        .figureText("")
        .text(settlement.differenceLabel(texts))
        .amount(settlement.difference())
        .figureText("")
        .text(texts.get("proof.settlement.ownShare"))
        .amount(settlement.ownShareOfEligible())
        .percent(settlement.ownShareOfEligiblePercent());
  }

  static void receipts(PdfBody body, ReceiptList receipts, ReportTexts texts) {
    var headings = ReceiptSheet.headings(texts);
    var table =
        // Widths in points of the 744 a landscape page has: the receipt number and the project
        // code fit on one line, so that a row is one line high unless a payee or purpose is long.
        new PdfTable(texts, 34, 44, 154, 150, 90, 62, 72, 64, 74)
            .compact()
            .header(headings.subList(0, ReceiptSheet.AMOUNT).toArray(String[]::new))
            .figureHeader(headings.get(ReceiptSheet.AMOUNT))
            .figureHeader(headings.get(ReceiptSheet.ELIGIBLE))
            .body();
    int[] number = {0};
    body.longTable(
        table,
        receipts.receipts(),
        (rows, receipt) ->
            rows.number(++number[0])
                .date(receipt.date())
                .text(receipt.payee())
                .text(receipt.purpose())
                .text(receipt.reference())
                .text(receipt.project())
                .text(receipt.costCategory())
                .amount(receipt.amount())
                .amount(receipt.eligibleAmount()),
        rows ->
            rows.totalLabel(texts.get("total"), ReceiptSheet.AMOUNT)
                .totalAmount(receipts.total())
                .totalAmount(receipts.eligibleTotal()));
  }
}
