package de.smartcity.portfolio.interfaces.shared.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Chart.js configurations for PrimeFaces' {@code p:chart}, which takes the raw JSON. Built with
 * JSON-P, so labels from the database are escaped and never become script. The palette keeps every
 * bar and line at a contrast of at least 3:1 against the white page (WCAG 1.4.11); the legend, the
 * text summary and the table beside each chart say the same without colour.
 */
public final class ChartJson {

  public static final String PLAN = "#1d4f91";
  public static final String ACTUAL = "#a85400";
  public static final String GREEN = "#2e7d32";
  public static final String AMBER = "#9a6700";
  public static final String RED = "#c62828";

  /**
   * One factory for every chart: {@code Json.createObjectBuilder()} looks the JSON-P provider up
   * through the service loader on every call, which was a fifth of the dashboard's render time.
   */
  private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

  private ChartJson() {}

  /** One series of a chart. */
  public record Series(String label, String colour, List<? extends Number> values) {}

  public static String bars(List<String> labels, List<Series> series, boolean stacked) {
    return chart("bar", labels, series, stacked);
  }

  public static String lines(List<String> labels, List<Series> series) {
    return chart("line", labels, series, false);
  }

  private static String chart(
      String type, List<String> labels, List<Series> series, boolean stacked) {
    JsonArrayBuilder datasets = JSON.createArrayBuilder();
    for (Series one : series) {
      JsonArrayBuilder values = JSON.createArrayBuilder();
      for (Number value : one.values()) {
        values.add(
            value instanceof BigDecimal amount ? amount : BigDecimal.valueOf(value.longValue()));
      }
      datasets.add(
          JSON.createObjectBuilder()
              .add("label", one.label())
              .add("data", values)
              .add("backgroundColor", one.colour())
              .add("borderColor", one.colour())
              .add("fill", false));
    }
    JsonArrayBuilder names = JSON.createArrayBuilder();
    labels.forEach(names::add);
    JsonObject config =
        JSON.createObjectBuilder()
            .add("type", type)
            .add("data", JSON.createObjectBuilder().add("labels", names).add("datasets", datasets))
            .add("options", options(stacked))
            .build();
    return config.toString();
  }

  private static JsonObjectBuilder options(boolean stacked) {
    return JSON.createObjectBuilder()
        .add("responsive", true)
        .add("maintainAspectRatio", false)
        .add("animation", false)
        .add(
            "scales",
            JSON.createObjectBuilder()
                .add("x", JSON.createObjectBuilder().add("stacked", stacked))
                .add(
                    "y",
                    JSON.createObjectBuilder().add("stacked", stacked).add("beginAtZero", true)))
        .add(
            "plugins",
            JSON.createObjectBuilder()
                .add("legend", JSON.createObjectBuilder().add("position", "bottom")));
  }
}
