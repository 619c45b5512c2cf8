package de.smartcity.portfolio.application.internal.importing;

import de.smartcity.portfolio.domain.shared.BusinessRuleViolation;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds the columns of an imported table by their header names, German or English, whatever the
 * order, case, spaces, punctuation and umlauts, and ignores the columns an import does not read.
 * Each import names its columns in an enum that implements {@link Column}.
 *
 * @param <C> the import's columns
 */
public final class TableHeader<C extends Enum<C> & TableHeader.Column> {

  /** A column an import reads: whether it must be there, and the header names that mean it. */
  public interface Column {
    Spec spec();

    default boolean isRequired() {
      return spec().required();
    }

    /** The header names, {@linkplain #simplify simplified}, that mean this column. */
    default Set<String> names() {
      return spec().names();
    }

    /** The column's name in the template, for messages. */
    default String label() {
      return spec().label();
    }
  }

  /**
   * What an import's column is: its name in the template, whether it is required, and the
   * simplified header names that mean it.
   */
  public record Spec(String label, boolean required, Set<String> names) {
    public static Spec of(String label, boolean required, String... names) {
      return new Spec(label, required, Set.of(names));
    }
  }

  private final Class<C> columns;
  private final Map<C, Integer> positions;

  private TableHeader(Class<C> columns, Map<C, Integer> positions) {
    this.columns = columns;
    this.positions = positions;
  }

  /**
   * Recognises the columns of a header row; refuses a header that lacks a required column (naming
   * all that are missing) or names one twice.
   */
  public static <C extends Enum<C> & Column> TableHeader<C> recognise(
      Class<C> columns, List<ImportCell> header) {
    Map<C, Integer> positions = new EnumMap<>(columns);
    for (int i = 0; i < header.size(); i++) {
      Optional<C> column = meaning(columns, header.get(i).text());
      if (column.isPresent() && positions.putIfAbsent(column.get(), i) != null) {
        throw new BusinessRuleViolation("import.column.twice", "file", header.get(i).text());
      }
    }
    String missing =
        Arrays.stream(columns.getEnumConstants())
            .filter(c -> c.isRequired() && !positions.containsKey(c))
            .map(Column::label)
            .collect(Collectors.joining(", "));
    if (!missing.isEmpty()) {
      throw new BusinessRuleViolation("import.columns.missing", "file", missing);
    }
    return new TableHeader<>(columns, positions);
  }

  /** What a header name means among the columns. */
  public static <C extends Enum<C> & Column> Optional<C> meaning(
      Class<C> columns, String headerName) {
    String key = simplify(headerName);
    return Arrays.stream(columns.getEnumConstants())
        .filter(c -> c.names().contains(key))
        .findFirst();
  }

  /**
   * A name without case, spaces, punctuation and umlauts: "Zuwendungsfähig" is "zuwendungsfahig".
   */
  public static String simplify(String name) {
    String folded =
        Normalizer.normalize(name.replace("ß", "ss"), Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT);
    return folded.replaceAll("[^a-z0-9]", "");
  }

  public boolean has(C column) {
    return positions.containsKey(column);
  }

  /** The line's cell in that column; an empty cell where the line is shorter. */
  public ImportCell cell(List<ImportCell> cells, C column) {
    Integer position = positions.get(column);
    return position == null || position >= cells.size() ? ImportCell.EMPTY : cells.get(position);
  }

  /**
   * A row's values by column, and its first problem: a formula in a column read, or a required
   * column left empty (in column order).
   *
   * @param values the text of each column, empty where the row has none
   * @param problem the first problem, or {@code null}
   */
  public record Values<C>(Map<C, String> values, BusinessRuleViolation problem) {
    public String get(C column) {
      return values.get(column);
    }
  }

  public Values<C> values(List<ImportCell> cells) {
    Map<C, String> values = new LinkedHashMap<>();
    BusinessRuleViolation problem = null;
    for (C column : columns.getEnumConstants()) {
      ImportCell cell = cell(cells, column);
      if (problem == null && cell.formula()) {
        problem = new BusinessRuleViolation("import.value.formula", column.name(), column.label());
      }
      if (problem == null && column.isRequired() && cell.isBlank()) {
        problem = new BusinessRuleViolation("import.value.missing", column.name(), column.label());
      }
      values.put(column, cell.text());
    }
    return new Values<>(values, problem);
  }
}
