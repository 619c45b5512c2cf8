package de.smartcity.portfolio.application.internal.importing;

import de.smartcity.portfolio.domain.shared.BusinessRuleViolation;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV export as the finance system writes it: UTF-8 (with or without byte order mark) or
 * Windows-1252, fields separated by semicolons or commas, whichever the header line uses more.
 * Apache Commons CSV does the quoting; a cell that starts with {@code =} is a formula.
 */
final class CsvTable implements ImportTable {

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /**
   * UTF-8 read as Windows-1252 leaves these pairs (Ã¤ for ä, Ã¼ for ü, Ã for ß): a file that has
   * them and is not valid UTF-8 mixes both encodings.
   */
  private static final Pattern UTF8_AS_1252 = Pattern.compile("Ã[\u0080-\u00bf\u2013-\u2122]");

  private final String fileName;

  CsvTable(String fileName) {
    this.fileName = fileName;
  }

  @Override
  public void read(byte[] content, RowHandler handler) {
    String text = decode(content);
    char delimiter = delimiter(text);
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(delimiter)
            // a blank line is a record too, so that a line's number is the row a spreadsheet shows
            // it in; HeaderedRows skips blank rows
            .setIgnoreEmptyLines(false)
            .setTrim(true)
            .get();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      for (CSVRecord csvRecord : parser) {
        List<ImportCell> cells = new ArrayList<>(csvRecord.size());
        for (String value : csvRecord) {
          cells.add(new ImportCell(value, value.startsWith("=")));
        }
        handler.row((int) csvRecord.getRecordNumber(), cells);
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw new BusinessRuleViolation("import.file.unreadable", "file", fileName);
    }
  }

  /** UTF-8 when the bytes are valid UTF-8, else Windows-1252; a mixture of both is refused. */
  String decode(byte[] content) {
    int start =
        content.length >= 3
                && (content[0] & 0xff) == 0xef
                && (content[1] & 0xff) == 0xbb
                && (content[2] & 0xff) == 0xbf
            ? 3
            : 0;
    ByteBuffer bytes = ByteBuffer.wrap(content, start, content.length - start);
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(bytes)
          .toString();
    } catch (CharacterCodingException notUtf8) {
      String text = new String(content, start, content.length - start, WINDOWS_1252);
      if (UTF8_AS_1252.matcher(text).find()) {
        throw new BusinessRuleViolation("import.file.mixed.encoding", "file", fileName);
      }
      return text;
    }
  }

  /** The separator the header line uses: semicolon or comma, whichever occurs more often. */
  private static char delimiter(String text) {
    int end = text.indexOf('\n');
    String header = end < 0 ? text : text.substring(0, end);
    long semicolons = header.chars().filter(c -> c == ';').count();
    long commas = header.chars().filter(c -> c == ',').count();
    return semicolons >= commas ? ';' : ',';
  }
}
