package de.smartcity.portfolio.reports.testing;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import javax.xml.parsers.SAXParserFactory;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads one sheet of a large workbook as a stream of XML, as fast as it was written: the count of
 * rows, the formulas, and the exact decimal sum of a column's numbers.
 */
public final class StreamedSheet extends DefaultHandler {

  private final int sumColumn;
  private final int sumFromRow;
  private final Map<String, String> formulas = new HashMap<>();
  private BigDecimal columnSum = BigDecimal.ZERO;
  private int rows;
  private String cell;
  private boolean inFormula;
  private boolean inValue;
  private final StringBuilder text = new StringBuilder();

  private StreamedSheet(int sumColumn, int sumFromRow) {
    this.sumColumn = sumColumn;
    this.sumFromRow = sumFromRow;
  }

  /**
   * @param sumColumn the column (from zero) whose plain numbers are summed
   * @param sumFromRow the first row (from zero) to sum
   */
  public static StreamedSheet read(byte[] xlsx, int sheetIndex, int sumColumn, int sumFromRow)
      throws Exception {
    var sheet = new StreamedSheet(sumColumn, sumFromRow);
    try (var pkg = OPCPackage.open(new ByteArrayInputStream(xlsx))) {
      var sheets = new XSSFReader(pkg).getSheetsData();
      for (int i = 0; i < sheetIndex; i++) {
        sheets.next().close();
      }
      try (var in = sheets.next()) {
        var factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.newSAXParser().parse(in, sheet);
      }
    }
    return sheet;
  }

  public int rows() {
    return rows;
  }

  public String formula(String address) {
    return formulas.get(address);
  }

  public BigDecimal columnSum() {
    return columnSum;
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes attributes) {
    switch (localName) {
      case "row" -> rows++;
      case "c" -> cell = attributes.getValue("r");
      case "f" -> start(true, false);
      case "v" -> start(false, true);
      default -> {}
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) {
    if (inFormula || inValue) {
      text.append(ch, start, length);
    }
  }

  @Override
  public void endElement(String uri, String localName, String qName) {
    if (inFormula && localName.equals("f")) {
      formulas.put(cell, text.toString());
    } else if (inValue && localName.equals("v") && !formulas.containsKey(cell)) {
      var reference = new CellReference(cell);
      if (reference.getCol() == sumColumn && reference.getRow() >= sumFromRow) {
        columnSum = columnSum.add(new BigDecimal(text.toString()));
      }
    }
    inFormula = false;
    inValue = false;
  }

  private void start(boolean formula, boolean value) {
    inFormula = formula;
    inValue = value;
    text.setLength(0);
  }
}
