package de.smartcity.portfolio.reports.excel;

import de.smartcity.portfolio.reports.common.Issuer;
import de.smartcity.portfolio.reports.text.ReportTexts;
import de.smartcity.portfolio.reports.text.SafeText;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A streaming workbook with the city's print layout on every sheet.
 *
 * <p>It streams (POI's SXSSF) so that a receipt list of any length needs only a window of rows in
 * memory; the small sheets pay nothing for that.
 */
public final class ExcelWorkbook implements AutoCloseable {

  private static final int ROWS_IN_MEMORY = 200;

  private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
  private final ExcelStyles styles;
  private final ReportTexts texts;
  private final String headerLeft;
  private final String headerRight;

  /**
   * @param documentTitle printed in each page's header, next to the issuer
   */
  public ExcelWorkbook(ReportTexts texts, Issuer issuer, String documentTitle) {
    this.texts = texts;
    this.headerLeft = headerText(issuer.name());
    this.headerRight = headerText(documentTitle);
    // The cached results are the record's figures; Excel recalculates anyway when it opens the
    // file.
    workbook.setForceFormulaRecalculation(true);
    styles = new ExcelStyles(workbook, texts);
  }

  /**
   * Adds a sheet set up for printing on A4, fitted to the page width. Create all sheets before
   * filling any when formulas refer across sheets.
   */
  public SheetWriter addSheet(String name, boolean landscape) {
    Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(SafeText.clean(name)));
    PrintSetup print = sheet.getPrintSetup();
    print.setPaperSize(PrintSetup.A4_PAPERSIZE);
    print.setLandscape(landscape);
    print.setFitWidth((short) 1);
    print.setFitHeight((short) 0);
    sheet.setFitToPage(true);
    sheet.setHorizontallyCenter(true);
    sheet.getHeader().setLeft(headerLeft);
    sheet.getHeader().setRight(headerRight);
    // &P and &N are Excel's codes for the page number and the page count.
    sheet.getFooter().setRight(texts.format("page.ofTotal", "&P", "&N"));
    return new SheetWriter(sheet, styles);
  }

  public void writeTo(OutputStream out) {
    try {
      workbook.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the workbook", e);
    }
  }

  /**
   * Deletes the temporary files the streamed rows were parked in: since POI 5.4 the workbook's
   * {@code close()} does that itself ({@code dispose()} is deprecated).
   */
  @Override
  public void close() {
    try {
      workbook.close();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not close the workbook", e);
    }
  }

  /** In header and footer texts "&" starts a control code, so a literal one is doubled. */
  private static String headerText(String text) {
    return SafeText.clean(text).replace("&", "&&");
  }
}
