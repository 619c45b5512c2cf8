package de.smartcity.portfolio.reports.callforfunds;

import de.smartcity.portfolio.reports.pdf.PdfBody;
import de.smartcity.portfolio.reports.pdf.PdfFrame;
import de.smartcity.portfolio.reports.pdf.PdfRenderer;
import de.smartcity.portfolio.reports.pdf.PdfTable;
import de.smartcity.portfolio.reports.text.ReportTexts;
import java.util.List;

/** The call for funds as the signed request: calculation, balance, and the payments due. */
public final class CallForFundsPdf extends PdfRenderer<CallForFundsReport> {

  @Override
  protected PdfFrame frame(CallForFundsReport report, ReportTexts texts) {
    return new PdfFrame(texts, report.issuer(), report.title(texts), report.requestedOn(), false);
  }

  @Override
  protected void content(PdfBody body, CallForFundsReport report, ReportTexts texts) {
    FundsBalance balance = report.balance();
    body.title(report.title(texts), report.grant().measure());
    body.facts(CallForFundsFacts.of(report, texts));
    body.table(
        twoColumns(texts, "call.calculation")
            .text(texts.get("call.eligibleDue"))
            .amount(report.eligibleTotal())
            .text(texts.get("call.fundingRate"))
            .percent(report.fundingRatePercent())
            .text(texts.get("call.justified"))
            .amount(report.justified())
            .totalLabel(texts.get("call.requested"), 1)
            .totalAmount(balance.requested())
            .text(texts.get("call.excess"))
            .amount(report.excess()));
    if (report.excess().signum() > 0) {
      body.paragraph(texts.format("call.excess.note", texts.money(report.excess())));
    }
    body.table(
        twoColumns(texts, "call.balance")
            .text(texts.get("call.approved"))
            .amount(balance.approved())
            .text(texts.get("call.calledBefore"))
            .amount(balance.calledBefore())
            .text(texts.get("call.requestedNow"))
            .amount(balance.requested())
            .text(texts.get("call.calledAfter"))
            .amount(balance.calledAfter())
            .totalLabel(texts.get("call.remaining"), 1)
            .totalAmount(balance.remaining()));
    if (!report.overduePayouts().isEmpty()) {
      body.heading(texts.get("call.overdue"));
      for (OverduePayout payout : report.overduePayouts()) {
        body.paragraph(overdue(payout, texts));
      }
    }
    body.heading(texts.get("call.payments"));
    payments(body, report, texts);
    body.paragraph(texts.get("call.declaration"));
    body.signatureBlock(report.requestedOn(), report.signatory());
  }

  /** One sentence per payout, shared with the workbook. */
  static String overdue(OverduePayout payout, ReportTexts texts) {
    return texts.format(
        "call.overdue.line",
        texts.money(payout.received()),
        texts.date(payout.paidOn()),
        texts.date(payout.spendBy()),
        texts.money(payout.unspent()),
        Long.toString(payout.daysOverdue()));
  }

  private static PdfTable twoColumns(ReportTexts texts, String headingKey) {
    return new PdfTable(texts, 3f, 1.2f)
        .header(texts.get(headingKey))
        .figureHeader(texts.get("call.amount"))
        .body();
  }

  private static void payments(PdfBody body, CallForFundsReport report, ReportTexts texts) {
    List<String> headings = CallForFundsFacts.paymentHeadings(texts);
    var table =
        new PdfTable(texts, 0.7f, 1.2f, 2.4f, 2.7f, 1.4f, 1.5f, 1.9f)
            .header(headings.subList(0, 5).toArray(String[]::new))
            .figureHeader(headings.get(5))
            .figureHeader(headings.get(6))
            .body();
    int[] number = {0};
    body.longTable(
        table,
        report.payments(),
        (rows, payment) ->
            rows.number(++number[0])
                .date(payment.dueDate())
                .text(payment.payee())
                .text(payment.purpose())
                .text(payment.reference())
                .amount(payment.amount())
                .amount(payment.eligibleAmount()),
        rows ->
            rows.totalLabel(texts.get("total"), 5)
                .totalAmount(report.paymentsTotal())
                .totalAmount(report.eligibleTotal()));
  }
}
