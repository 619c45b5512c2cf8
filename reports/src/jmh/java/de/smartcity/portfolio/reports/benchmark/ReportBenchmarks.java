package de.smartcity.portfolio.reports.benchmark;

import de.smartcity.portfolio.reports.common.Health;
import de.smartcity.portfolio.reports.common.ProjectStatus;
import de.smartcity.portfolio.reports.portfolio.PortfolioLine;
import de.smartcity.portfolio.reports.portfolio.PortfolioPdf;
import de.smartcity.portfolio.reports.portfolio.PortfolioReport;
import de.smartcity.portfolio.reports.portfolio.PortfolioWorkbook;
import de.smartcity.portfolio.reports.portfolio.ThemeGroup;
import de.smartcity.portfolio.reports.proofofuse.ProofOfUsePdf;
import de.smartcity.portfolio.reports.proofofuse.ProofOfUseReport;
import de.smartcity.portfolio.reports.proofofuse.ProofOfUseWorkbook;
import de.smartcity.portfolio.reports.testing.PortfolioScenario;
import de.smartcity.portfolio.reports.testing.ProofOfUseScenario;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Report generation at benchmark size: the final proof of use with 100,000 receipts and the
 * council's portfolio report with 10,000 projects, each as Excel and PDF. One call is one whole
 * file, so the time is measured per call (single shot, after warm-up calls), and every fork runs
 * with a heap of 256 MB: a run that completes shows the report fits in it. Run by {@code ./mvnw
 * verify -Pbenchmark} (see the README), which adds JMH's GC profiler for the allocation per call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
public class ReportBenchmarks {

  static final int RECEIPTS = 100_000;
  static final int PROJECTS = 10_000;

  private ProofOfUseReport proofOfUse;
  private PortfolioReport portfolio;

  @Setup
  public void prepare() {
    proofOfUse = ProofOfUseScenario.withGeneratedReceipts(RECEIPTS);
    portfolio = portfolioOf(PROJECTS);
  }

  @Benchmark
  public byte[] proofOfUseExcel() throws Exception {
    return new ProofOfUseWorkbook().render(proofOfUse, Locale.GERMAN);
  }

  @Benchmark
  public byte[] proofOfUsePdf() throws Exception {
    return new ProofOfUsePdf().render(proofOfUse, Locale.GERMAN);
  }

  @Benchmark
  public byte[] portfolioExcel() throws Exception {
    return new PortfolioWorkbook().render(portfolio, Locale.GERMAN);
  }

  @Benchmark
  public byte[] portfolioPdf() throws Exception {
    return new PortfolioPdf().render(portfolio, Locale.GERMAN);
  }

  /** The scenario's portfolio with its themes filled up to {@code count} projects. */
  static PortfolioReport portfolioOf(int count) {
    PortfolioReport sample = PortfolioScenario.portfolio();
    ProjectStatus[] statuses = ProjectStatus.values();
    Health[] healths = Health.values();
    List<ThemeGroup> themes = new ArrayList<>();
    BigDecimal planned = BigDecimal.ZERO;
    BigDecimal actual = BigDecimal.ZERO;
    int perTheme = count / sample.themes().size();
    for (int t = 0; t < sample.themes().size(); t++) {
      ThemeGroup theme = sample.themes().get(t);
      List<PortfolioLine> lines = new ArrayList<>();
      BigDecimal themePlanned = BigDecimal.ZERO;
      BigDecimal themeActual = BigDecimal.ZERO;
      int size = t == 0 ? count - perTheme * (sample.themes().size() - 1) : perTheme;
      for (int i = 0; i < size; i++) {
        BigDecimal plan = BigDecimal.valueOf(1_000_000 + (i * 7919L) % 90_000_000, 2);
        BigDecimal spent = plan.multiply(BigDecimal.valueOf(i % 100, 2)).setScale(2, RoundingMode.HALF_UP);
        lines.add(
            new PortfolioLine(
                "B%d-%05d".formatted(t, i),
                "Benchmark-Projekt " + i + " im Thema " + theme.theme(),
                statuses[i % statuses.length],
                healths[i % healths.length],
                "Stadt Bochum",
                "Anna Becker",
                sample.asOf().minusYears(2),
                sample.asOf().plusYears(1),
                "MPSC-R3-B-BOCHUM",
                plan,
                spent,
                plan.subtract(spent)));
        themePlanned = themePlanned.add(plan);
        themeActual = themeActual.add(spent);
      }
      themes.add(new ThemeGroup(theme.theme(), lines, themePlanned, themeActual));
      planned = planned.add(themePlanned);
      actual = actual.add(themeActual);
    }
    return new PortfolioReport(sample.issuer(), sample.asOf(), themes, planned, actual);
  }
}
