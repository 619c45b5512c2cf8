package de.smartcity.portfolio.application.internal.importing;

import java.util.List;
import java.util.Optional;

/**
 * Finds the columns of a receipt export by their header names, German or English, whatever the
 * order, and ignores the columns an import does not read (an SAP export carries many more).
 */
public final class ReceiptColumns {

  /** What an import reads from a line, and the header names that mean it. */
  public enum Column implements TableHeader.Column {
    POSTING_DATE(
        true,
        "buchungsdatum",
        "zahlungsdatum",
        "zahldatum",
        "datum",
        "postingdate",
        "paymentdate",
        "date"),
    DOCUMENT_NUMBER(
        true,
        "belegnummer",
        "belegnr",
        "beleg",
        "documentnumber",
        "documentno",
        "docno",
        "document"),
    PAYEE(
        true,
        "kreditor",
        "kreditorname",
        "name",
        "zahlungsempfanger",
        "empfanger",
        "vendor",
        "vendorname",
        "payee"),
    TEXT(true, "text", "buchungstext", "verwendungszweck", "purpose", "description"),
    AMOUNT(true, "betrag", "betrageur", "betragineur", "amount", "amounteur", "amountineur"),
    ASSIGNMENT(
        true,
        "kontierung",
        "kostenstelle",
        "innenauftrag",
        "auftrag",
        "pspelement",
        "assignment",
        "accountassignment",
        "costcentre",
        "costcenter",
        "internalorder",
        "wbselement"),
    CATEGORY(false, "kostenkategorie", "kategorie", "costcategory", "category"),
    ELIGIBLE(
        false,
        "zuwendungsfahig",
        "zuwendungsfahigerbetrag",
        "davonzuwendungsfahig",
        "eligible",
        "eligibleamount");

    private final TableHeader.Spec spec;

    Column(boolean required, String... names) {
      // the label is the template's header name, read when needed (see label())
      this.spec = TableHeader.Spec.of("", required, names);
    }

    @Override
    public TableHeader.Spec spec() {
      return spec;
    }

    @Override
    public String label() {
      return TEMPLATE_HEADER.get(ordinal());
    }
  }

  /** The header names of the template, in the German export's words. */
  public static final List<String> TEMPLATE_HEADER =
      List.of(
          "Buchungsdatum",
          "Belegnummer",
          "Kreditor",
          "Text",
          "Betrag",
          "Kontierung",
          "Kostenkategorie",
          "Zuwendungsfähiger Betrag");

  private final TableHeader<Column> header;

  private ReceiptColumns(TableHeader<Column> header) {
    this.header = header;
  }

  /**
   * Recognises the columns of a header row; refuses a header that lacks a required column (naming
   * all that are missing) or names one twice.
   */
  public static ReceiptColumns recognise(List<ImportCell> header) {
    return new ReceiptColumns(TableHeader.recognise(Column.class, header));
  }

  /** What a header name means, whatever its case, spaces, punctuation and umlauts. */
  public static Optional<Column> meaning(String headerName) {
    return TableHeader.meaning(Column.class, headerName);
  }

  public boolean has(Column column) {
    return header.has(column);
  }

  /** The line's cell in that column; an empty cell where the line is shorter. */
  public ImportCell cell(List<ImportCell> cells, Column column) {
    return header.cell(cells, column);
  }
}
