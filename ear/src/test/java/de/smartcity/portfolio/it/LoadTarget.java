package de.smartcity.portfolio.it;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * One thing the HTTP load driver asks the server for, again and again, on a signed-in session: a
 * page, a sort of the portfolio table (a PrimeFaces ajax post) or a download (a form post). The
 * list {@link #ALL} is what {@code PortfolioLoadBenchmark} measures; a new page is one more line.
 *
 * @param name the row's name in the table of figures
 * @param path the page, with its query
 * @param kind how it is requested
 * @param p99TargetMillis the target for the 99th percentile at 8 connections, if any
 * @param optional whether a 404 means "not available in this build" rather than a failure
 */
record LoadTarget(
    String name, String path, Kind kind, Optional<Long> p99TargetMillis, boolean optional) {

  enum Kind {
    PAGE,
    SORT,
    DOWNLOAD
  }

  /** The project page shows the project the driver finds first on the filtered portfolio page. */
  static final String PROJECT_CODE = "{code}";

  static final List<LoadTarget> ALL =
      List.of(
          new LoadTarget("portfolio, first page", "/index.xhtml", Kind.PAGE, target(100), false),
          new LoadTarget(
              "portfolio, filtered",
              "/index.xhtml?status=IN_PROGRESS&theme=INF",
              Kind.PAGE,
              target(100),
              false),
          new LoadTarget(
              "portfolio, filtered, sorted by end date",
              "/index.xhtml?status=IN_PROGRESS&theme=INF",
              Kind.SORT,
              target(100),
              false),
          new LoadTarget(
              "project page", "/project.xhtml?code=" + PROJECT_CODE, Kind.PAGE, target(200), false),
          new LoadTarget("dashboard", "/dashboard.xhtml", Kind.PAGE, target(200), false),
          new LoadTarget(
              "portfolio report, Excel", "/index.xhtml", Kind.DOWNLOAD, Optional.empty(), false));

  private static Optional<Long> target(long millis) {
    return Optional.of(millis);
  }

  LoadTarget withProject(String code) {
    return new LoadTarget(name, path.replace(PROJECT_CODE, code), kind, p99TargetMillis, optional);
  }

  /** Whether an answer is what a browser would show or save; anything else counts as an error. */
  static boolean succeeded(Kind kind, HttpResponse<byte[]> response) {
    if (response.statusCode() != 200) {
      return false;
    }
    String type = response.headers().firstValue("Content-Type").orElse("");
    return switch (kind) {
      case PAGE -> type.startsWith("text/html");
      case SORT -> {
        String body = new String(response.body(), StandardCharsets.UTF_8);
        yield body.contains("<partial-response") && !body.contains("<error>");
      }
      case DOWNLOAD -> type.contains("spreadsheetml");
    };
  }
}
