package de.smartcity.portfolio.reports.callforfunds;

import de.smartcity.portfolio.reports.pdf.Fact;
import de.smartcity.portfolio.reports.pdf.GrantFacts;
import de.smartcity.portfolio.reports.text.ReportTexts;
import java.util.ArrayList;
import java.util.List;

/** Labels and facts that the call's workbook and PDF share. */
final class CallForFundsFacts {

  private CallForFundsFacts() {}

  static List<Fact> of(CallForFundsReport report, ReportTexts texts) {
    List<Fact> facts = new ArrayList<>(GrantFacts.of(report.grant(), texts));
    facts.add(new Fact(texts.get("call.requestedOn"), texts.date(report.requestedOn())));
    facts.add(
        new Fact(
            texts.get("call.window"),
            texts.format(
                "call.window.value",
                texts.date(report.windowStart()),
                texts.date(report.windowEnd()))));
    return facts;
  }

  static List<String> paymentHeadings(ReportTexts texts) {
    return List.of(
        texts.get("call.payments.number"),
        texts.get("call.payments.dueDate"),
        texts.get("call.payments.payee"),
        texts.get("call.payments.purpose"),
        texts.get("call.payments.reference"),
        texts.get("call.payments.amount"),
        texts.get("call.payments.eligible"));
  }
}
