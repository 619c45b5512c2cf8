package de.smartcity.portfolio.reports.portfolio;

import de.smartcity.portfolio.reports.excel.ExcelWorkbook;
import de.smartcity.portfolio.reports.excel.SheetWriter;
import de.smartcity.portfolio.reports.excel.WorkbookRenderer;
import de.smartcity.portfolio.reports.text.ReportTexts;
import java.util.List;

/**
 * The portfolio's list as one sheet: the caption with the number of projects, the headings of the
 * shown columns, one row per project. Dates are Excel dates and amounts numbers in the euro format,
 * so that the reader can sort, filter and add them up.
 */
public final class ProjectListWorkbook extends WorkbookRenderer<ProjectListReport> {

  @Override
  protected void fill(ExcelWorkbook workbook, ProjectListReport report, ReportTexts texts) {
    SheetWriter sheet = workbook.addSheet(texts.get("projectList.sheet"), true);
    List<ProjectListColumn> columns = report.columns();
    sheet.columnWidths(columns.stream().mapToInt(ProjectListWorkbook::width).toArray());
    sheet.title(report.caption(texts));
    int header =
        sheet.headerRow(
            columns.stream()
                .map(column -> texts.get("projectList.column." + column.name()))
                .toList());
    for (ProjectListRow row : report.rows()) {
      sheet.newRow();
      for (int index = 0; index < columns.size(); index++) {
        write(sheet, index, columns.get(index), row, texts);
      }
    }
    sheet.freezeRowsAbove(header + 1);
    if (!columns.isEmpty()) {
      sheet.autoFilter(header, Math.max(header, sheet.nextRowIndex() - 1), columns.size() - 1);
    }
  }

  private static void write(
      SheetWriter sheet,
      int index,
      ProjectListColumn column,
      ProjectListRow row,
      ReportTexts texts) {
    switch (column) {
      case CODE -> sheet.text(index, row.code());
      case TITLE -> sheet.wrappedText(index, row.title());
      case THEME -> sheet.wrappedText(index, row.theme());
      case FIELD -> sheet.wrappedText(index, row.field());
      case ORGANISATION -> sheet.wrappedText(index, row.organisation());
      case MANAGER -> sheet.text(index, row.manager());
      case STATUS -> sheet.text(index, texts.label(row.status()));
      case HEALTH -> sheet.health(index, row.health(), texts.label(row.health()));
      case START -> sheet.date(index, row.start());
      case END -> sheet.date(index, row.end());
      case GRANT -> sheet.text(index, row.grant());
      case PLANNED -> sheet.money(index, row.planned());
      case SPENT -> sheet.money(index, row.spent());
      case REMAINING -> sheet.money(index, row.remaining());
    }
  }

  private static int width(ProjectListColumn column) {
    return switch (column) {
      case CODE, STATUS, HEALTH, START, END -> 12;
      case TITLE -> 44;
      case THEME, FIELD, ORGANISATION -> 30;
      case MANAGER, GRANT -> 22;
      case PLANNED, SPENT, REMAINING -> 16;
    };
  }
}
