package de.smartcity.portfolio.application.internal.importing;

import de.smartcity.portfolio.domain.shared.BusinessRuleViolation;
import java.text.Normalizer;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds the columns of a receipt export by their header names, German or English, whatever the
 * order, and ignores the columns an import does not read (an SAP export carries many more).
 */
public final class ReceiptColumns {

  /** What an import reads from a line, and the header names that mean it. */
  public enum Column {
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

    private final boolean required;
    private final Set<String> names;

    Column(boolean required, String... names) {
      this.required = required;
      this.names = Set.of(names);
    }

    public boolean isRequired() {
      return required;
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

  private final Map<Column, Integer> positions;

  private ReceiptColumns(Map<Column, Integer> positions) {
    this.positions = positions;
  }

  /**
   * Recognises the columns of a header row; refuses a header that lacks a required column (naming
   * all that are missing) or names one twice.
   */
  public static ReceiptColumns recognise(List<ImportCell> header) {
    Map<Column, Integer> positions = new EnumMap<>(Column.class);
    for (int i = 0; i < header.size(); i++) {
      Optional<Column> column = meaning(header.get(i).text());
      if (column.isPresent() && positions.putIfAbsent(column.get(), i) != null) {
        throw new BusinessRuleViolation("import.column.twice", "file", header.get(i).text());
      }
    }
    String missing =
        java.util.Arrays.stream(Column.values())
            .filter(c -> c.required && !positions.containsKey(c))
            .map(c -> TEMPLATE_HEADER.get(c.ordinal()))
            .collect(Collectors.joining(", "));
    if (!missing.isEmpty()) {
      throw new BusinessRuleViolation("import.columns.missing", "file", missing);
    }
    return new ReceiptColumns(positions);
  }

  /** What a header name means, whatever its case, spaces, punctuation and umlauts. */
  public static Optional<Column> meaning(String headerName) {
    String key = simplify(headerName);
    for (Column column : Column.values()) {
      if (column.names.contains(key)) {
        return Optional.of(column);
      }
    }
    return Optional.empty();
  }

  private static String simplify(String name) {
    String folded =
        Normalizer.normalize(name.replace("ß", "ss"), Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT);
    return folded.replaceAll("[^a-z0-9]", "");
  }

  public boolean has(Column column) {
    return positions.containsKey(column);
  }

  /** The line's cell in that column; an empty cell where the line is shorter. */
  public ImportCell cell(List<ImportCell> cells, Column column) {
    Integer position = positions.get(column);
    return position == null || position >= cells.size() ? ImportCell.EMPTY : cells.get(position);
  }
}
