package de.smartcity.portfolio.application.internal.importing;

import de.smartcity.portfolio.domain.shared.BusinessRuleViolation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipInputStreamZipEntrySource;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The first sheet of an {@code .xlsx} workbook (or the sheets named, see {@link #readSheets}), read
 * by POI's streaming reader ({@link XSSFReader} and SAX): rows are handed on as they are parsed, so
 * memory does not grow with the sheet, and a large entry inflates into a temporary file rather than
 * the heap ({@link #ENTRY_IN_MEMORY_LIMIT}). POI's zip-bomb limits stay on (an entry may not
 * inflate more than 100-fold, nor beyond 200 MB).
 */
public final class XlsxTable implements ImportTable {

  /**
   * Above this size an entry of the workbook, once inflated, is kept in a temporary file
   * (encrypted, deleted when the workbook is closed) rather than in the heap: POI reads a workbook
   * from bytes by inflating every entry first, and a sheet inflates to many times the size of the
   * file.
   */
  static final int ENTRY_IN_MEMORY_LIMIT = 1024 * 1024;

  static {
    ZipSecureFile.setMinInflateRatio(0.01);
    ZipSecureFile.setMaxEntrySize(200L * 1024 * 1024);
    ZipInputStreamZipEntrySource.setThresholdBytesForTempFiles(ENTRY_IN_MEMORY_LIMIT);
    ZipInputStreamZipEntrySource.setEncryptTempFiles(true);
  }

  private final String fileName;

  public XlsxTable(String fileName) {
    this.fileName = fileName;
  }

  @Override
  public void read(byte[] content, RowHandler handler) {
    readChosen(content, (name, chosen) -> chosen.isEmpty() ? handler : null);
  }

  /**
   * Reads the workbook's sheets by their names: each sheet whose name (simplified as {@link
   * TableHeader#simplify} does) is a key of {@code handlers} goes to its handler, the others are
   * skipped.
   *
   * @return the simplified names of the sheets read
   */
  public Set<String> readSheets(byte[] content, Map<String, RowHandler> handlers) {
    Set<String> found = new LinkedHashSet<>();
    readChosen(
        content,
        (name, chosen) -> {
          RowHandler handler = handlers.get(TableHeader.simplify(name));
          if (handler != null) {
            found.add(TableHeader.simplify(name));
          }
          return handler;
        });
    return found;
  }

  /**
   * Offers each sheet in workbook order to {@code chooser}, which is told its name and the handlers
   * already chosen and answers the handler for this sheet, or {@code null} to skip it.
   */
  private void readChosen(
      byte[] content, BiFunction<String, List<RowHandler>, RowHandler> chooser) {
    try (InputStream in = new ByteArrayInputStream(content);
        OPCPackage workbook = OPCPackage.open(in)) {
      XSSFReader reader = new XSSFReader(workbook);
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook);
      StylesTable styles = reader.getStylesTable();
      XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
      if (!sheets.hasNext()) {
        throw new BusinessRuleViolation("import.file.empty", "file", fileName);
      }
      List<RowHandler> chosen = new ArrayList<>();
      while (sheets.hasNext()) {
        try (InputStream sheet = sheets.next()) {
          RowHandler handler = chooser.apply(sheets.getSheetName(), chosen);
          if (handler == null) {
            continue;
          }
          chosen.add(handler);
          XMLReader parser = XMLHelper.newXMLReader();
          parser.setContentHandler(new SheetHandler(strings, styles, handler));
          parser.parse(new InputSource(sheet));
        }
      }
    } catch (IOException
        | OpenXML4JException
        | SAXException
        | ParserConfigurationException
        | RuntimeException e) {
      if (e instanceof BusinessRuleViolation violation) {
        throw violation;
      }
      if (String.valueOf(e.getMessage()).contains("Zip bomb")
          || e.getCause() != null
              && String.valueOf(e.getCause().getMessage()).contains("Zip bomb")) {
        throw new BusinessRuleViolation("import.file.zip.bomb", "file", fileName);
      }
      throw new BusinessRuleViolation("import.file.unreadable", "file", fileName);
    }
  }

  /** Turns the sheet's XML into rows of cells, leaving out nothing between filled cells. */
  private static final class SheetHandler extends DefaultHandler {

    private final ReadOnlySharedStringsTable strings;
    private final StylesTable styles;
    private final RowHandler handler;

    private List<ImportCell> row;
    private int rowNumber;
    private int column;
    private String type;
    private int style;
    private boolean formula;
    private final StringBuilder value = new StringBuilder();
    private boolean inValue;

    SheetHandler(ReadOnlySharedStringsTable strings, StylesTable styles, RowHandler handler) {
      this.strings = strings;
      this.styles = styles;
      this.handler = handler;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
      switch (localName) {
        case "row" -> {
          row = new ArrayList<>();
          String r = attributes.getValue("r");
          rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
        }
        case "c" -> {
          String reference = attributes.getValue("r");
          column = reference == null ? row.size() : columnOf(reference);
          type = attributes.getValue("t");
          String s = attributes.getValue("s");
          style = s == null ? -1 : Integer.parseInt(s);
          formula = false;
          value.setLength(0);
        }
        case "f" -> formula = true;
        case "v", "t" -> inValue = true;
        default -> {
          // other elements carry nothing an import reads
        }
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (inValue) {
        value.append(ch, start, length);
      }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
      switch (localName) {
        case "v", "t" -> inValue = false;
        case "c" -> {
          while (row.size() < column) {
            row.add(ImportCell.EMPTY);
          }
          row.add(new ImportCell(text(), formula));
        }
        case "row" -> handler.row(rowNumber, row);
        default -> {
          // nothing to finish
        }
      }
    }

    private String text() {
      String raw = value.toString();
      if (raw.isEmpty()) {
        return "";
      }
      if ("s".equals(type)) {
        return strings.getItemAt(Integer.parseInt(raw)).getString().strip();
      }
      if (type == null || "n".equals(type)) {
        BigDecimal number = new BigDecimal(raw);
        if (style >= 0 && isDateStyle()) {
          return DateUtil.getLocalDateTime(number.doubleValue()).toLocalDate().toString();
        }
        return number.stripTrailingZeros().toPlainString();
      }
      return raw.strip();
    }

    private boolean isDateStyle() {
      XSSFCellStyle cellStyle = styles.getStyleAt(style);
      return cellStyle != null
          && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
    }

    /** The zero-based column of a cell reference such as {@code AB12}. */
    private static int columnOf(String reference) {
      int index = 0;
      for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
        index = index * 26 + (reference.charAt(i) - 'A' + 1);
      }
      return index - 1;
    }
  }
}
