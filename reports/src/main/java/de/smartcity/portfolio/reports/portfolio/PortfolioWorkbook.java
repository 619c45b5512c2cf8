package de.smartcity.portfolio.reports.portfolio;

import static de.smartcity.portfolio.reports.excel.Formulas.cell;
import static de.smartcity.portfolio.reports.excel.Formulas.sum;

import de.smartcity.portfolio.reports.excel.ExcelWorkbook;
import de.smartcity.portfolio.reports.excel.SheetWriter;
import de.smartcity.portfolio.reports.excel.WorkbookRenderer;
import de.smartcity.portfolio.reports.text.ReportTexts;
import java.util.ArrayList;
import java.util.List;

/**
 * The portfolio as one sheet. Every row names its theme, so filtering by theme keeps the theme's
 * subtotal row with its projects; the grand total adds up the subtotals.
 */
public final class PortfolioWorkbook extends WorkbookRenderer<PortfolioReport> {

  private static final int THEME = 0;
  private static final int PLANNED = 10;
  private static final int ACTUAL = 11;
  private static final int REMAINING = 12;

  @Override
  protected void fill(ExcelWorkbook workbook, PortfolioReport report, ReportTexts texts) {
    SheetWriter sheet = workbook.addSheet(texts.get("portfolio.sheet"), true);
    sheet.columnWidths(34, 10, 44, 14, 9, 30, 24, 12, 12, 22, 16, 16, 16);
    sheet.title(report.title(texts) + " – " + report.subtitle(texts));
    List<String> headings = new ArrayList<>(List.of(texts.get("portfolio.theme")));
    headings.addAll(report.headings(texts));
    int header = sheet.headerRow(headings);
    List<Integer> subtotals = new ArrayList<>();
    for (ThemeGroup group : report.themes()) {
      subtotals.add(writeGroup(sheet, group, texts));
    }
    int last = sheet.nextRowIndex() - 1;
    sheet.newRow();
    sheet.totalLabel(THEME, texts.get("portfolio.grandTotal"));
    for (int column = THEME + 1; column < PLANNED; column++) {
      sheet.totalLabel(column, "");
    }
    sheet.totalMoneyFormula(PLANNED, addUp(subtotals, PLANNED), report.plannedTotal());
    sheet.totalMoneyFormula(ACTUAL, addUp(subtotals, ACTUAL), report.actualTotal());
    sheet.totalMoneyFormula(REMAINING, addUp(subtotals, REMAINING), report.remainingTotal());
    sheet.freezeRowsAbove(header + 1);
    sheet.autoFilter(header, last, REMAINING);
    sheet.repeatRowsOnEachPage(header, header);
  }

  /** Writes the theme's projects and subtotal; returns the subtotal's row. */
  private static int writeGroup(SheetWriter sheet, ThemeGroup group, ReportTexts texts) {
    int first = sheet.nextRowIndex();
    for (PortfolioLine line : group.projects()) {
      sheet.newRow();
      sheet.wrappedText(THEME, group.theme());
      sheet.text(1, line.code());
      sheet.wrappedText(2, line.title());
      sheet.text(3, texts.label(line.status()));
      sheet.health(4, line.health(), texts.label(line.health()));
      sheet.wrappedText(5, line.leadOrganisation());
      sheet.wrappedText(6, line.manager());
      sheet.date(7, line.start());
      sheet.date(8, line.end());
      sheet.text(9, line.grant());
      sheet.money(PLANNED, line.planned());
      sheet.money(ACTUAL, line.actual());
      int row = sheet.nextRowIndex() - 1;
      sheet.moneyFormula(REMAINING, cell(row, PLANNED) + "-" + cell(row, ACTUAL), line.remaining());
    }
    int last = sheet.nextRowIndex() - 1;
    int subtotal = sheet.newRow();
    sheet.totalLabel(THEME, group.theme());
    sheet.totalLabel(1, "");
    sheet.totalLabel(2, texts.get("portfolio.subtotal"));
    for (int column = 3; column < PLANNED; column++) {
      sheet.totalLabel(column, "");
    }
    sheet.totalMoneyFormula(PLANNED, sum(first, last, PLANNED), group.plannedSubtotal());
    sheet.totalMoneyFormula(ACTUAL, sum(first, last, ACTUAL), group.actualSubtotal());
    sheet.totalMoneyFormula(REMAINING, sum(first, last, REMAINING), group.remainingSubtotal());
    return subtotal;
  }

  private static String addUp(List<Integer> rows, int column) {
    if (rows.isEmpty()) {
      return "0";
    }
    return String.join("+", rows.stream().map(row -> cell(row, column)).toList());
  }
}
