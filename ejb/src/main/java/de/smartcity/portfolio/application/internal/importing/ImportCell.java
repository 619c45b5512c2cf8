package de.smartcity.portfolio.application.internal.importing;

/**
 * One cell of an imported table as text, and whether the spreadsheet computed it by a formula
 * (whose result an import does not take: the file must carry values).
 *
 * @param text the value as written, dates of a spreadsheet as ISO days, numbers in plain notation
 * @param formula whether the cell holds a formula
 */
public record ImportCell(String text, boolean formula) {

  public static final ImportCell EMPTY = new ImportCell("", false);

  public boolean isBlank() {
    return text.isBlank();
  }
}
