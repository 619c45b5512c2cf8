package de.smartcity.portfolio.reports.proofofuse;

import static de.smartcity.portfolio.reports.excel.Formulas.cell;
import static de.smartcity.portfolio.reports.excel.Formulas.fixedCell;
import static de.smartcity.portfolio.reports.excel.Formulas.share;
import static de.smartcity.portfolio.reports.excel.Formulas.sum;
import static de.smartcity.portfolio.reports.proofofuse.PlanActualHeader.ACTUAL_FIRST;
import static de.smartcity.portfolio.reports.proofofuse.PlanActualHeader.ACTUAL_SECOND;
import static de.smartcity.portfolio.reports.proofofuse.PlanActualHeader.LABEL;
import static de.smartcity.portfolio.reports.proofofuse.PlanActualHeader.PLAN_FIRST;
import static de.smartcity.portfolio.reports.proofofuse.PlanActualHeader.PLAN_SECOND;

import de.smartcity.portfolio.reports.excel.SheetWriter;
import de.smartcity.portfolio.reports.text.ReportTexts;
import java.math.BigDecimal;

/** Part II.1: income by source, with each share recomputed from its total by a formula. */
final class IncomeSheet {

  private static final BigDecimal WHOLE = new BigDecimal("100.00");

  private IncomeSheet() {}

  static void write(SheetWriter sheet, IncomeStatement income, ReportTexts texts) {
    sheet.columnWidths(46, 17, 10, 17, 10);
    sheet.title(texts.get("proof.income.heading"));
    int header =
        PlanActualHeader.write(
            sheet,
            texts,
            texts.get("proof.income.source"),
            texts.get("proof.eur"),
            texts.get("proof.percent"));
    int first = header + 1;
    int totalRow = first + income.lines().size();
    for (IncomeLine line : income.lines()) {
      int row = sheet.newRow();
      sheet.wrappedText(LABEL, texts.label(line.source()));
      sheet.money(PLAN_FIRST, line.planned());
      sheet.shareFormula(
          PLAN_SECOND,
          share(cell(row, PLAN_FIRST), fixedCell(totalRow, PLAN_FIRST)),
          line.plannedPercent());
      sheet.money(ACTUAL_FIRST, line.actual());
      sheet.shareFormula(
          ACTUAL_SECOND,
          share(cell(row, ACTUAL_FIRST), fixedCell(totalRow, ACTUAL_FIRST)),
          line.actualPercent());
    }
    sheet.newRow();
    sheet.totalLabel(LABEL, texts.get("total"));
    sheet.totalMoneyFormula(
        PLAN_FIRST, sum(first, totalRow - 1, PLAN_FIRST), income.plannedTotal());
    sheet.totalShareFormula(
        PLAN_SECOND,
        share(cell(totalRow, PLAN_FIRST), cell(totalRow, PLAN_FIRST)),
        whole(income.plannedTotal()));
    sheet.totalMoneyFormula(
        ACTUAL_FIRST, sum(first, totalRow - 1, ACTUAL_FIRST), income.actualTotal());
    sheet.totalShareFormula(
        ACTUAL_SECOND,
        share(cell(totalRow, ACTUAL_FIRST), cell(totalRow, ACTUAL_FIRST)),
        whole(income.actualTotal()));
    if (income.settlement() != null) {
      int grantRow = first + grantLine(income);
      writeSettlement(sheet, income.settlement(), grantRow, texts);
    }
  }

  private static int grantLine(IncomeStatement income) {
    for (int i = 0; i < income.lines().size(); i++) {
      if (income.lines().get(i).source() == IncomeSource.THIS_GRANT) {
        return i;
      }
    }
    throw new IllegalArgumentException("II.1 has no line for this grant");
  }

  /**
   * The grant as received against its share of the eligible costs, below the table: the received
   * line and the difference are formulas over the cells they compare.
   */
  private static void writeSettlement(
      SheetWriter sheet, GrantSettlement settlement, int grantRow, ReportTexts texts) {
    sheet.skipRows(1);
    sheet.newRow();
    sheet.label(LABEL, texts.get("proof.settlement.heading"));
    int eligible = settlementRow(sheet, texts.get("proof.settlement.eligible"));
    sheet.money(ACTUAL_FIRST, settlement.eligibleCosts());
    int share = settlementRow(sheet, settlement.shareLabel(texts));
    sheet.money(ACTUAL_FIRST, settlement.grantShare());
    int received = settlementRow(sheet, settlement.receivedLabel(texts));
    sheet.moneyFormula(ACTUAL_FIRST, cell(grantRow, ACTUAL_FIRST), settlement.received());
    settlementRow(sheet, settlement.differenceLabel(texts));
    sheet.moneyFormula(
        ACTUAL_FIRST,
        "ABS(" + cell(received, ACTUAL_FIRST) + "-" + cell(share, ACTUAL_FIRST) + ")",
        settlement.difference());
    int own = settlementRow(sheet, texts.get("proof.settlement.ownShare"));
    sheet.money(ACTUAL_FIRST, settlement.ownShareOfEligible());
    sheet.shareFormula(
        ACTUAL_SECOND,
        share(cell(own, ACTUAL_FIRST), cell(eligible, ACTUAL_FIRST)),
        settlement.ownShareOfEligiblePercent());
  }

  private static int settlementRow(SheetWriter sheet, String label) {
    int row = sheet.newRow();
    sheet.wrappedText(LABEL, label);
    sheet.merge(LABEL, PLAN_SECOND);
    return row;
  }

  /** The total is 100 % of itself, unless there is nothing to share. */
  static BigDecimal whole(BigDecimal total) {
    return total.signum() == 0 ? BigDecimal.ZERO.setScale(2) : WHOLE;
  }
}
