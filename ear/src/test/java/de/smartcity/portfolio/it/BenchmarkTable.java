package de.smartcity.portfolio.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The benchmark's one table of figures, each with its target and verdict, printed for a reader and
 * written as JSON for comparing runs.
 */
final class BenchmarkTable {

  enum Verdict {
    PASS,
    MISS,
    NONE,
    NOT_AVAILABLE;

    static Verdict of(double value, double limit) {
      return Double.isNaN(value) ? MISS : value < limit ? PASS : MISS;
    }

    String label() {
      return switch (this) {
        case PASS -> "pass";
        case MISS -> "MISS";
        case NONE -> "";
        case NOT_AVAILABLE -> "not available";
      };
    }
  }

  /**
   * One line.
   *
   * @param measurement what was measured
   * @param figure the figure as a reader reads it
   * @param target the target as text, empty where there is none
   * @param verdict pass or miss against the target
   * @param values the figures as numbers, for the JSON file
   */
  record Row(
      String measurement,
      String figure,
      String target,
      Verdict verdict,
      Map<String, Object> values) {}

  private final List<Row> rows = new ArrayList<>();
  private final Map<String, String> context = new LinkedHashMap<>();

  /** Figures for the JSON file, in the order given: name, value, name, value, ... */
  static Map<String, Object> values(Object... namesAndValues) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      values.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return values;
  }

  void context(String key, String value) {
    context.put(key, value);
  }

  void add(Row row) {
    rows.add(row);
  }

  String print() {
    int width = rows.stream().mapToInt(r -> r.measurement().length()).max().orElse(10);
    int figures = rows.stream().mapToInt(r -> r.figure().length()).max().orElse(10);
    int targets = rows.stream().mapToInt(r -> r.target().length()).max().orElse(6);
    StringBuilder out = new StringBuilder();
    context.forEach((key, value) -> out.append(key).append(": ").append(value).append('\n'));
    String format = "| %-" + width + "s | %-" + figures + "s | %-" + targets + "s | %s%n";
    out.append(String.format(Locale.ROOT, format, "measurement", "figure", "target", "verdict"));
    for (Row row : rows) {
      out.append(
          String.format(
              Locale.ROOT,
              format,
              row.measurement(),
              row.figure(),
              row.target(),
              row.verdict().label()));
    }
    return out.toString();
  }

  void writeJson(Path file) throws IOException {
    StringBuilder json = new StringBuilder("{\n  \"taken\": ");
    json.append(quote(Instant.now().toString())).append(",\n  \"context\": {");
    json.append(
        context.entrySet().stream()
            .map(e -> "\n    " + quote(e.getKey()) + ": " + quote(e.getValue()))
            .collect(Collectors.joining(",")));
    json.append("\n  },\n  \"rows\": [");
    json.append(rows.stream().map(BenchmarkTable::json).collect(Collectors.joining(",")));
    json.append("\n  ]\n}\n");
    Files.createDirectories(file.getParent());
    Files.writeString(file, json, StandardCharsets.UTF_8);
  }

  private static String json(Row row) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("measurement", row.measurement());
    fields.putAll(row.values());
    fields.put("target", row.target());
    fields.put("verdict", row.verdict().name());
    return fields.entrySet().stream()
        .map(e -> quote(e.getKey()) + ": " + value(e.getValue()))
        .collect(Collectors.joining(", ", "\n    {", "}"));
  }

  private static String value(Object value) {
    if (value instanceof Integer || value instanceof Long) {
      return value.toString();
    }
    if (value instanceof Number number) {
      double d = number.doubleValue();
      return Double.isNaN(d) ? "null" : String.format(Locale.ROOT, "%.3f", d);
    }
    return value == null ? "null" : quote(value.toString());
  }

  private static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
