package de.smartcity.portfolio.it;

import static org.assertj.core.api.Assertions.assertThat;

import de.smartcity.portfolio.it.BenchmarkTable.Row;
import de.smartcity.portfolio.it.BenchmarkTable.Verdict;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.arquillian.container.test.api.ContainerController;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The receipt import's benchmark (issue 20), part of {@code ./mvnw verify -Pbenchmark} and alone
 * with {@code -Dbenchmark.import=true} (see docs/benchmarks.md): on the benchmark's server ({@code
 * -Xmx1g}), for each format of {@code -Dbenchmark.import.formats} (default {@code xlsx,csv}), a
 * generated export of {@code -Dbenchmark.import.rows} lines (default 100,000) in the template's
 * format is previewed and imported through the import page's service calls by {@link
 * ImportBenchmarkServlet}, with the heap watched inside the server. Prints one table with the
 * targets (preview under 20 s, import under 60 s) and writes it to {@code
 * target/benchmark/import-results.json}. The run fails when a line is not added or the database
 * does not hold exactly the file's receipts afterwards; a missed time is reported, not a failure.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReceiptImportBenchmark {

  private static final String SERVER = "wildfly";
  private static final String APPLICATION = "import-benchmarked";
  private static final double MB = 1024.0 * 1024.0;

  /**
   * What an import may keep alive beyond the preview the page holds: a tenth of the benchmark
   * server's heap of 1 GB. The persistence context holds one chunk of receipts; what grows with the
   * file is the set of keys that finds a line twice in it (about 100 bytes a line) and, on H2, the
   * open transaction's rows in the database's own memory.
   */
  private static final int GROWTH_LIMIT_MB = 100;

  @ArquillianResource ContainerController server;
  @ArquillianResource Deployer deployer;

  @Deployment(name = APPLICATION, managed = false, testable = false)
  @TargetsContainer(SERVER)
  static EnterpriseArchive deployment() {
    return Deployments.suite();
  }

  @Test
  void shouldPreviewAndImportAHundredThousandReceipts() throws Exception {
    int rows = Integer.getInteger("benchmark.import.rows", 100_000);
    int projects = Integer.getInteger("benchmark.import.projects", 50);
    List<String> formats =
        List.of(System.getProperty("benchmark.import.formats", "xlsx,csv").split(","));
    BenchmarkTable table = new BenchmarkTable();
    table.context("database", System.getProperty("it.db.product"));
    table.context("cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
    table.context("load average at start", PortfolioLoadBenchmark.loadAverage());
    table.context(
        "file",
        String.format(
            Locale.ROOT,
            "%,d lines over %d projects (%d assignments)",
            rows,
            projects,
            2 * projects));
    URI root =
        URI.create(
            "http://127.0.0.1:%d/".formatted(8080 + Integer.getInteger("it.port.offset", 0)));
    server.start(SERVER);
    try {
      deployer.deploy(APPLICATION);
      for (String format : formats) {
        Map<String, String> figures = run(root, rows, format.strip(), projects);
        System.out.println(format + ": " + figures); // progress of a long run
        table.context("server heap limit", mb(figures, "maxHeapBytes"));
        check(figures, rows);
        add(table, format.strip(), rows, figures);
      }
    } finally {
      deployer.undeploy(APPLICATION);
      server.stop(SERVER);
    }
    table.context("load average at end", PortfolioLoadBenchmark.loadAverage());
    System.out.println("\n" + table.print());
    Path json =
        Path.of(System.getProperty("benchmark.results")).resolveSibling("import-results.json");
    table.writeJson(json);
    System.out.println("Written to " + json);
  }

  private static Map<String, String> run(URI root, int rows, String format, int projects)
      throws Exception {
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1) // one long request; HTTP/2 would time out idle
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    HttpResponse<String> answer =
        http.send(
            HttpRequest.newBuilder(
                    root.resolve(
                        ImportBenchmarkServlet.PATH.substring(1)
                            + "?rows=%d&format=%s&projects=%d".formatted(rows, format, projects)))
                .timeout(Duration.ofMinutes(30))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    Map<String, String> figures = new LinkedHashMap<>();
    answer
        .body()
        .lines()
        .map(line -> line.split("=", 2))
        .forEach(pair -> figures.put(pair[0], pair[1]));
    return figures;
  }

  /** Every line added, exactly once, with the file's amounts; none left after the undo. */
  private static void check(Map<String, String> figures, int rows) {
    assertThat(figures)
        .containsEntry("previewAdd", Integer.toString(rows))
        .containsEntry("previewDuplicate", "0")
        .containsEntry("previewError", "0")
        .containsEntry("importAdded", Integer.toString(rows))
        .containsEntry("storedReceipts", Integer.toString(rows))
        .containsEntry("storedCents", figures.get("fileCents"))
        .containsEntry("previewCents", figures.get("fileCents"))
        .containsEntry("remainingAfterUndo", "0");
  }

  private static void add(BenchmarkTable table, String format, int rows, Map<String, String> f) {
    String lines =
        String.format(Locale.ROOT, "%,d lines, %s (%s)", rows, format, mb(f, "fileBytes"));
    table.add(step("preview", lines, 20, format, rows, f));
    table.add(step("import", lines, 60, format, rows, f));
    table.add(step("undo", lines, 60, format, rows, f));
    double growth = bytesInMb(f, "importPeakLiveBytes") - bytesInMb(f, "liveWithPreviewBytes");
    table.add(
        new Row(
            "heap live after full GC, " + format + ": before / with preview / after import",
            String.format(
                Locale.ROOT,
                "%s / %s / %s",
                mb(f, "liveBeforeBytes"),
                mb(f, "liveWithPreviewBytes"),
                mb(f, "liveAfterBytes")),
            "",
            Verdict.NONE,
            BenchmarkTable.values(
                "liveBeforeMb", bytesInMb(f, "liveBeforeBytes"),
                "liveWithPreviewMb", bytesInMb(f, "liveWithPreviewBytes"),
                "liveAfterMb", bytesInMb(f, "liveAfterBytes"))));
    table.add(
        new Row(
            "import's live heap over the held preview, " + format + ", highest",
            String.format(
                Locale.ROOT,
                "%.0f MB (live %s at most, %s full GCs forced while importing)",
                Math.max(0, growth),
                mb(f, "importPeakLiveBytes"),
                f.get("importLiveSamples")),
            "< " + GROWTH_LIMIT_MB + " MB",
            Verdict.of(growth, GROWTH_LIMIT_MB),
            BenchmarkTable.values(
                "importPeakLiveMb",
                bytesInMb(f, "importPeakLiveBytes"),
                "importGrowthMb",
                growth)));
  }

  /** One timed step ({@code preview} or {@code import}) with its CPU time and heap. */
  private static Row step(
      String step, String lines, int limitSeconds, String format, int rows, Map<String, String> f) {
    double seconds = Long.parseLong(f.get(step + "Millis")) / 1000.0;
    double cpu = Long.parseLong(f.get(step + "CpuMillis")) / 1000.0;
    return new Row(
        step + " " + lines,
        String.format(
            Locale.ROOT,
            "%.1f s (%.1f s of it forced full GCs; server CPU %.1f s), heap peak %s,"
                + " highest after a GC %s (%s GCs)",
            seconds,
            Long.parseLong(f.get(step + "ForcedGcMillis")) / 1000.0,
            cpu,
            mb(f, step + "PeakUsedBytes"),
            mb(f, step + "PeakAfterGcBytes"),
            f.get(step + "Collections")),
        "< " + limitSeconds + " s",
        Verdict.of(seconds, limitSeconds),
        BenchmarkTable.values(
            "format",
            format,
            "rows",
            rows,
            "seconds",
            seconds,
            "serverCpuSeconds",
            cpu,
            "forcedGcSeconds",
            Long.parseLong(f.get(step + "ForcedGcMillis")) / 1000.0,
            "peakUsedMb",
            bytesInMb(f, step + "PeakUsedBytes"),
            "peakLiveMb",
            bytesInMb(f, step + "PeakLiveBytes"),
            "peakAfterGcMb",
            bytesInMb(f, step + "PeakAfterGcBytes")));
  }

  private static double bytesInMb(Map<String, String> figures, String name) {
    return Long.parseLong(figures.get(name)) / MB;
  }

  private static String mb(Map<String, String> figures, String name) {
    return String.format(Locale.ROOT, "%.0f MB", bytesInMb(figures, name));
  }
}
