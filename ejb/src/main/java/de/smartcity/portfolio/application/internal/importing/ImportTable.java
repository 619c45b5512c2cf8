package de.smartcity.portfolio.application.internal.importing;

import de.smartcity.portfolio.domain.shared.BusinessRuleViolation;
import java.util.List;
import java.util.Locale;

/**
 * Reads an uploaded table (CSV or {@code .xlsx}) row by row, the header first, without holding the
 * whole of it as cells; refuses what is not a table it can read with a message that says why.
 */
public interface ImportTable {

  /** The largest file an import accepts, in bytes; the page's upload has the same limit. */
  long MAX_BYTES = 20L * 1024 * 1024;

  /** The most data rows a file may have: more than a year of the programme's bookkeeping. */
  int MAX_ROWS = 200_000;

  /** Receives the rows in order; the first is the header. */
  @FunctionalInterface
  interface RowHandler {
    /**
     * @param lineNumber the row's number as the user sees it in the file (1 is the header)
     * @param cells the row's cells, in column order
     */
    void row(int lineNumber, List<ImportCell> cells);
  }

  void read(byte[] content, RowHandler handler);

  /**
   * The reader for a file: a workbook when the name ends in {@code .xlsx}, CSV when in {@code
   * .csv}; any other file is refused, as is one too large or empty.
   */
  static ImportTable forFile(String fileName, byte[] content) {
    requireSize(fileName, content);
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".xlsx")) {
      return workbook(fileName, content);
    }
    boolean zip = content.length > 1 && content[0] == 'P' && content[1] == 'K';
    if (name.endsWith(".csv") || name.endsWith(".txt")) {
      if (zip || looksBinary(content)) {
        throw new BusinessRuleViolation("import.file.unreadable", "file", fileName);
      }
      return new CsvTable(fileName);
    }
    throw new BusinessRuleViolation("import.file.type", "file", fileName);
  }

  /**
   * The reader for an import that takes {@code .xlsx} workbooks only (its data spans several
   * sheets); any other file is refused, as is one too large or empty.
   */
  static XlsxTable workbookOnly(String fileName, byte[] content) {
    requireSize(fileName, content);
    if (!fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
      throw new BusinessRuleViolation("import.file.not.workbook", "file", fileName);
    }
    return workbook(fileName, content);
  }

  private static XlsxTable workbook(String fileName, byte[] content) {
    boolean zip = content.length > 1 && content[0] == 'P' && content[1] == 'K';
    if (!zip) {
      throw new BusinessRuleViolation("import.file.unreadable", "file", fileName);
    }
    return new XlsxTable(fileName);
  }

  private static void requireSize(String fileName, byte[] content) {
    if (content.length == 0) {
      throw new BusinessRuleViolation("import.file.empty", "file", fileName);
    }
    if (content.length > MAX_BYTES) {
      throw new BusinessRuleViolation(
          "import.file.too.large", "file", fileName, MAX_BYTES / (1024 * 1024));
    }
  }

  /** Text files carry no NUL bytes and few control characters; a binary file carries many. */
  private static boolean looksBinary(byte[] content) {
    int control = 0;
    int probe = Math.min(content.length, 8192);
    for (int i = 0; i < probe; i++) {
      int b = content[i] & 0xff;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\r' && b != '\n' && b != '\t') {
        control++;
      }
    }
    return control * 100 > probe;
  }
}
