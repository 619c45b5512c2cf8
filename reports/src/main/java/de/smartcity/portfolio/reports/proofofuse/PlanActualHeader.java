package de.smartcity.portfolio.reports.proofofuse;

import de.smartcity.portfolio.reports.excel.SheetWriter;
import de.smartcity.portfolio.reports.pdf.PdfTable;
import de.smartcity.portfolio.reports.text.ReportTexts;
import java.util.List;

/**
 * The two-row heading that parts II.1 and II.2 share: a label column, then two columns "lt.
 * Zuwendungsbescheid" and two columns "lt. Abrechnung".
 */
final class PlanActualHeader {

  static final int LABEL = 0;
  static final int PLAN_FIRST = 1;
  static final int PLAN_SECOND = 2;
  static final int ACTUAL_FIRST = 3;
  static final int ACTUAL_SECOND = 4;

  private PlanActualHeader() {}

  /** Returns the index of the lower header row; the figures start below it. */
  static int write(
      SheetWriter sheet, ReportTexts texts, String label, String first, String second) {
    int upper =
        sheet.headerRow(List.of("", texts.get("proof.plan"), "", texts.get("proof.actual"), ""));
    sheet.merge(PLAN_FIRST, PLAN_SECOND);
    sheet.merge(ACTUAL_FIRST, ACTUAL_SECOND);
    int lower = sheet.headerRow(List.of(label, first, second, first, second));
    sheet.freezeRowsAbove(lower + 1);
    sheet.repeatRowsOnEachPage(upper, lower);
    return lower;
  }

  static PdfTable table(ReportTexts texts, String label, String first, String second) {
    return new PdfTable(texts, 3.4f, 1.5f, 1.5f, 1.5f, 1.5f)
        .header("", 1)
        .header(texts.get("proof.plan"), 2)
        .header(texts.get("proof.actual"), 2)
        .header(label)
        .figureHeader(first)
        .figureHeader(second)
        .figureHeader(first)
        .figureHeader(second)
        .body();
  }
}
