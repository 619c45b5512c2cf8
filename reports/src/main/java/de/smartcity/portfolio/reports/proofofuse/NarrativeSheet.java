package de.smartcity.portfolio.reports.proofofuse;

import de.smartcity.portfolio.reports.excel.SheetWriter;
import de.smartcity.portfolio.reports.pdf.Fact;
import de.smartcity.portfolio.reports.text.ReportTexts;
import java.util.List;

/** Part I, the Sachbericht, and the facts of the grant: a label column beside a text column. */
final class NarrativeSheet {

  private NarrativeSheet() {}

  static void write(SheetWriter sheet, String title, List<Fact> facts) {
    sheet.title(title);
    for (Fact fact : facts) {
      sheet.newRow();
      sheet.label(0, fact.label());
      sheet.wrappedText(1, fact.value());
    }
  }

  static void writeNarrative(SheetWriter sheet, ProofOfUseReport report, ReportTexts texts) {
    sheet.columnWidths(34, 100);
    write(
        sheet,
        texts.get("proof.narrative.heading"),
        ProofOfUseFacts.narrative(report.narrative(), texts));
  }
}
