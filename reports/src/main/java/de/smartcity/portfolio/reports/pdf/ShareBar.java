package de.smartcity.portfolio.reports.pdf;

import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPCellEvent;
import com.lowagie.text.pdf.PdfPTable;

/**
 * Draws a share as a bar behind the left part of a table cell, the share's figure being written
 * right-aligned beside it: a light track for 100 % and the filled part for the share.
 */
final class ShareBar implements PdfPCellEvent {

  private static final float HEIGHT = 6;
  private static final float LABEL = 44;

  private final float percent;

  ShareBar(float percent) {
    this.percent = Math.max(0, percent);
  }

  @Override
  public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
    PdfContentByte canvas = canvases[PdfPTable.BACKGROUNDCANVAS];
    float left = position.getLeft() + 3;
    float width = Math.max(0, position.getWidth() - LABEL - 6);
    float y = position.getTop() - 4 - HEIGHT - 1;
    canvas.saveState();
    canvas.setColorFill(PdfStyles.HEADER_FILL);
    canvas.rectangle(left, y, width, HEIGHT);
    canvas.fill();
    canvas.setColorFill(PdfStyles.ACCENT);
    canvas.rectangle(left, y, width * Math.min(percent, 100) / 100, HEIGHT);
    canvas.fill();
    canvas.restoreState();
  }
}
