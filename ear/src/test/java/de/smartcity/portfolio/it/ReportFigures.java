package de.smartcity.portfolio.it;

import de.smartcity.portfolio.it.BenchmarkTable.Row;
import de.smartcity.portfolio.it.BenchmarkTable.Verdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The report benchmarks' figures, read from the JSON file JMH wrote in the reports module: time per
 * report (single shot, milliseconds) and bytes allocated per report ({@code gc.alloc.rate.norm}).
 * Every fork ran with a 256 MB heap, so a figure at all means the report fits in it.
 */
final class ReportFigures {

  /** A benchmark's name, its target in seconds (0: none) and how the table names it. */
  private record Benchmark(String method, double targetSeconds, String name) {}

  private static final Benchmark[] BENCHMARKS = {
    new Benchmark("proofOfUseExcel", 3, "proof of use, Excel, 100,000 receipts"),
    new Benchmark("proofOfUsePdf", 10, "proof of use, PDF, 100,000 receipts"),
    new Benchmark("portfolioExcel", 0, "portfolio report, Excel, 10,000 projects"),
    new Benchmark("portfolioPdf", 0, "portfolio report, PDF, 10,000 projects")
  };

  private static final Pattern SCORE = Pattern.compile("\"score\"\\s*:\\s*\"?([0-9.Ee+-]+|NaN)\"?");

  private final Map<String, double[]> figures;

  private ReportFigures(Map<String, double[]> figures) {
    this.figures = figures;
  }

  static ReportFigures from(Path jmhJson) throws IOException {
    Map<String, double[]> figures = new LinkedHashMap<>();
    if (Files.isRegularFile(jmhJson)) {
      String json = Files.readString(jmhJson, StandardCharsets.UTF_8);
      for (String run : json.split("\"benchmark\"\\s*:")) {
        for (Benchmark benchmark : BENCHMARKS) {
          if (run.startsWith(" \"de.smartcity") && run.contains("." + benchmark.method() + "\"")) {
            figures.put(benchmark.method(), new double[] {primary(run), allocated(run)});
          }
        }
      }
    }
    return new ReportFigures(figures);
  }

  void addTo(BenchmarkTable table) {
    boolean proofFitted = true;
    for (Benchmark benchmark : BENCHMARKS) {
      double[] figure = figures.get(benchmark.method());
      if (figure == null) {
        table.add(
            new Row(
                benchmark.name(),
                "not measured (run the reports module's JMH first)",
                target(benchmark),
                Verdict.MISS,
                BenchmarkTable.values()));
        proofFitted &= !benchmark.method().startsWith("proofOfUse");
        continue;
      }
      double seconds = figure[0] / 1000;
      table.add(
          new Row(
              benchmark.name(),
              String.format(
                  Locale.ROOT, "%.2f s, %.0f MB allocated per run", seconds, figure[1] / 1e6),
              target(benchmark),
              benchmark.targetSeconds() > 0
                  ? Verdict.of(seconds, benchmark.targetSeconds())
                  : Verdict.NONE,
              BenchmarkTable.values("seconds", seconds, "allocatedBytes", figure[1])));
    }
    table.add(
        new Row(
            "proof of use, heap (JMH forks run with -Xmx256m)",
            proofFitted ? "Excel and PDF completed in 256 MB" : "not shown",
            "< 256 MB",
            proofFitted ? Verdict.PASS : Verdict.MISS,
            BenchmarkTable.values("maxHeapMegabytes", 256)));
  }

  private static String target(Benchmark benchmark) {
    return benchmark.targetSeconds() > 0
        ? String.format(Locale.ROOT, "< %.0f s", benchmark.targetSeconds())
        : "";
  }

  private static double primary(String run) {
    int at = run.indexOf("\"primaryMetric\"");
    Matcher score = SCORE.matcher(run);
    return score.find(at) ? Double.parseDouble(score.group(1)) : Double.NaN;
  }

  private static double allocated(String run) {
    int at = run.indexOf("\"gc.alloc.rate.norm\"");
    if (at < 0) {
      return Double.NaN;
    }
    Matcher score = SCORE.matcher(run);
    return score.find(at) ? Double.parseDouble(score.group(1)) : Double.NaN;
  }
}
