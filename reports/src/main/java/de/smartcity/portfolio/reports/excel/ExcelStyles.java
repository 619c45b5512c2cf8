package de.smartcity.portfolio.reports.excel;

import de.smartcity.portfolio.reports.common.Health;
import de.smartcity.portfolio.reports.text.ReportTexts;
import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The few cell styles a report needs, created once per workbook: Excel allows only about 64,000
 * styles per file, so a style per cell would break large receipt lists.
 */
final class ExcelStyles {

  final CellStyle title;
  final CellStyle header;
  final CellStyle text;
  final CellStyle wrapped;
  final CellStyle quotedText;
  final CellStyle quotedWrapped;
  final CellStyle label;
  final CellStyle totalLabel;
  final CellStyle money;
  final CellStyle moneyTotal;
  final CellStyle percent;
  final CellStyle percentTotal;
  final CellStyle date;
  final CellStyle number;
  private final Map<Health, CellStyle> health = new EnumMap<>(Health.class);

  ExcelStyles(Workbook workbook, ReportTexts texts) {
    Font bold = workbook.createFont();
    bold.setBold(true);
    Font large = workbook.createFont();
    large.setBold(true);
    large.setFontHeightInPoints((short) 14);
    var formats = workbook.createDataFormat();

    title = style(workbook);
    title.setFont(large);
    header = style(workbook);
    header.setFont(bold);
    header.setWrapText(true);
    header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    header.setBorderBottom(BorderStyle.THIN);
    text = style(workbook);
    wrapped = style(workbook);
    wrapped.setWrapText(true);
    // The quote prefix keeps text that starts like a formula inert even when a user edits the
    // cell or saves the sheet as CSV and opens it again.
    quotedText = style(workbook);
    quotedText.setQuotePrefixed(true);
    quotedWrapped = style(workbook);
    quotedWrapped.cloneStyleFrom(wrapped);
    quotedWrapped.setQuotePrefixed(true);
    label = style(workbook);
    label.setFont(bold);
    label.setWrapText(true);
    totalLabel = total(workbook, bold);
    money = style(workbook);
    money.setDataFormat(formats.getFormat(texts.excelMoneyFormat()));
    moneyTotal = total(workbook, bold);
    moneyTotal.setDataFormat(money.getDataFormat());
    percent = style(workbook);
    percent.setDataFormat(formats.getFormat(texts.excelPercentFormat()));
    percentTotal = total(workbook, bold);
    percentTotal.setDataFormat(percent.getDataFormat());
    date = style(workbook);
    date.setDataFormat(formats.getFormat(texts.excelDateFormat()));
    number = style(workbook);
    number.setDataFormat(formats.getFormat("0"));
    health.put(Health.GREEN, filled(workbook, IndexedColors.LIGHT_GREEN));
    health.put(Health.AMBER, filled(workbook, IndexedColors.LIGHT_ORANGE));
    health.put(Health.RED, filled(workbook, IndexedColors.ROSE));
  }

  CellStyle health(Health value) {
    return health.get(value);
  }

  private static CellStyle style(Workbook workbook) {
    CellStyle style = workbook.createCellStyle();
    style.setVerticalAlignment(VerticalAlignment.TOP);
    return style;
  }

  private static CellStyle total(Workbook workbook, Font bold) {
    CellStyle style = style(workbook);
    style.setFont(bold);
    style.setBorderTop(BorderStyle.THIN);
    style.setBorderBottom(BorderStyle.DOUBLE);
    return style;
  }

  private static CellStyle filled(Workbook workbook, IndexedColors colour) {
    CellStyle style = style(workbook);
    style.setFillForegroundColor(colour.getIndex());
    style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    return style;
  }
}
