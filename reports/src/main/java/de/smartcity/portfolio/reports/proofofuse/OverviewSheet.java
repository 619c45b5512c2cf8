package de.smartcity.portfolio.reports.proofofuse;

import static de.smartcity.portfolio.reports.excel.Formulas.sum;

import de.smartcity.portfolio.reports.excel.SheetWriter;
import de.smartcity.portfolio.reports.text.ReportTexts;
import java.util.List;

/** The head of the proof: the grant, its notices, what was approved and what was paid out. */
final class OverviewSheet {

  private static final int AMOUNT = 2;

  private OverviewSheet() {}

  static void write(SheetWriter sheet, ProofOfUseReport report, ReportTexts texts) {
    GrantHeader grant = report.grant();
    sheet.columnWidths(32, 40, 18);
    NarrativeSheet.write(sheet, report.title(texts), ProofOfUseFacts.grant(report, texts));
    sheet.skipRows(1);
    int header =
        sheet.headerRow(
            List.of(
                texts.get("proof.notice.date"),
                texts.get("proof.notice.reference"),
                texts.get("proof.notice.amount")));
    for (GrantNotice notice : grant.notices()) {
      sheet.newRow();
      sheet.date(0, notice.date());
      sheet.text(1, notice.reference());
      sheet.money(AMOUNT, notice.amount());
    }
    int last = sheet.nextRowIndex() - 1;
    sheet.newRow();
    sheet.totalLabel(0, texts.get("proof.totalApproved"));
    sheet.totalLabel(1, "");
    sheet.totalMoneyFormula(AMOUNT, sum(header + 1, last, AMOUNT), grant.totalApproved());
    sheet.newRow();
    sheet.label(0, grant.paidOutLabel(texts));
    sheet.money(AMOUNT, grant.totalPaidOut());
    if (!report.lateChanges().isEmpty()) {
      sheet.skipRows(1);
      sheet.newRow();
      sheet.label(0, texts.get("proof.lateChanges.heading"));
      for (String note : report.lateChangeNotes(texts)) {
        sheet.newRow();
        sheet.wrappedText(0, note);
        sheet.merge(0, AMOUNT);
      }
    }
  }
}
