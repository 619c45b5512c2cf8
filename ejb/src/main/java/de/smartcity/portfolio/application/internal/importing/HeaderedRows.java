package de.smartcity.portfolio.application.internal.importing;

import de.smartcity.portfolio.domain.shared.BusinessRuleViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Collects a table's rows as an import reads them: blank rows are skipped, the first other row is
 * the header, each further row is read as it comes, and a table of more than {@link
 * ImportTable#MAX_ROWS} rows is refused.
 *
 * @param <H> the recognised header
 * @param <R> a row as read
 */
public final class HeaderedRows<H, R> implements ImportTable.RowHandler {

  /** Reads one data row under the recognised header. */
  @FunctionalInterface
  public interface RowReader<H, R> {
    R read(int lineNumber, H header, List<ImportCell> cells);
  }

  private final String fileName;
  private final Function<List<ImportCell>, H> recognise;
  private final RowReader<H, R> reader;
  private final List<R> rows = new ArrayList<>();
  private final Consumer<R> each;
  private int count;
  private H header;

  /** Collects the rows read, for {@link #rows()} and {@link #requireRows()}. */
  public HeaderedRows(
      String fileName, Function<List<ImportCell>, H> recognise, RowReader<H, R> reader) {
    this.fileName = fileName;
    this.recognise = recognise;
    this.reader = reader;
    this.each = rows::add;
  }

  /**
   * Hands each row to {@code each} as it is read and keeps none, so that a pass over a large file
   * holds one row at a time; {@link #requireSome()} then says whether there were any.
   */
  public HeaderedRows(
      String fileName,
      Function<List<ImportCell>, H> recognise,
      RowReader<H, R> reader,
      Consumer<R> each) {
    this.fileName = fileName;
    this.recognise = recognise;
    this.reader = reader;
    this.each = each;
  }

  @Override
  public void row(int lineNumber, List<ImportCell> cells) {
    if (cells.stream().allMatch(ImportCell::isBlank)) {
      return;
    }
    if (header == null) {
      header = recognise.apply(cells);
      return;
    }
    if (count >= ImportTable.MAX_ROWS) {
      throw new BusinessRuleViolation(
          "import.file.too.many.rows", "file", fileName, ImportTable.MAX_ROWS);
    }
    count++;
    each.accept(reader.read(lineNumber, header, cells));
  }

  /** The rows read, whether or not there were any; none when each row was handed on. */
  public List<R> rows() {
    return rows;
  }

  /** The rows read; refused when the table had no header or no rows under it. */
  public List<R> requireRows() {
    requireSome();
    return rows;
  }

  /** How many rows were read; refused when the table had no header or no rows under it. */
  public int requireSome() {
    if (header == null) {
      throw new BusinessRuleViolation("import.file.empty", "file", fileName);
    }
    if (count == 0) {
      throw new BusinessRuleViolation("import.file.no.lines", "file", fileName);
    }
    return count;
  }
}
