package de.smartcity.portfolio.it;

import static org.assertj.core.api.Assertions.assertThat;

import de.smartcity.portfolio.it.BenchmarkTable.Row;
import de.smartcity.portfolio.it.BenchmarkTable.Verdict;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * The benchmark of issue 9, run only by {@code ./mvnw verify -Pbenchmark} (see the README): deploys
 * the application with the benchmark's data loader (module {@code benchmark}, which the application
 * itself does not contain) on a server whose empty database receives the scaled data set ({@code
 * SMARTCITY_DEMO_SCALE}), restarts it to time a start with the application deployed, drives signed-
 * in HTTP load at 1 and 8 connections against every {@link LoadTarget}, adds the report benchmarks
 * that JMH measured before in the reports module, and prints one table with the targets, also
 * written as JSON. The container is in manual mode, as for {@code ServerRestartIT}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortfolioLoadBenchmark {

  private static final String SERVER = "wildfly";
  private static final String APPLICATION = "benchmarked";
  private static final Pattern LOADED =
      Pattern.compile(
          "Loaded the scaled benchmark data set: (\\d+) projects, (\\d+) rows in (\\d+) ms");

  @ArquillianResource ContainerController server;
  @ArquillianResource Deployer deployer;

  @Deployment(name = APPLICATION, managed = false, testable = false)
  @TargetsContainer(SERVER)
  static EnterpriseArchive deployment() {
    return Deployments.applicationWithBenchmarkLoader();
  }

  @Test
  void shouldMeasureTheScaledPortfolio() throws Exception {
    BenchmarkTable table = new BenchmarkTable();
    table.context("database", System.getProperty("it.db.product"));
    table.context("projects", System.getProperty("benchmark.scale"));
    table.context("cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
    table.context("load average at start", loadAverage());
    URI root =
        URI.create(
            "http://127.0.0.1:%d/".formatted(8080 + Integer.getInteger("it.port.offset", 0)));
    server.start(SERVER);
    try {
      long deploying = System.nanoTime();
      deployer.deploy(APPLICATION);
      double deployed = (System.nanoTime() - deploying) / 1e9;
      loading(table, deployed);

      server.stop(SERVER);
      long starting = System.nanoTime();
      server.start(SERVER); // deploys the application again by itself
      awaitSignInPage(root);
      double start = (System.nanoTime() - starting) / 1e9;
      table.add(
          new Row(
              "server start with the application deployed",
              seconds(start),
              "< 20 s",
              Verdict.of(start, 20),
              BenchmarkTable.values("seconds", start)));

      ReportFigures.from(Path.of(System.getProperty("benchmark.jmh.results"))).addTo(table);
      http(table, root);
    } finally {
      deployer.undeploy(APPLICATION);
      server.stop(SERVER);
    }
    table.context("load average at end", loadAverage());
    System.out.println("\n" + table.print());
    Path json = Path.of(System.getProperty("benchmark.results"));
    table.writeJson(json);
    System.out.println("Written to " + json);
  }

  private void loading(BenchmarkTable table, double deployed) throws Exception {
    Path log = Path.of(System.getProperty("it.server.base"), "log", "server.log");
    Matcher loaded = LOADED.matcher(Files.readString(log, StandardCharsets.UTF_8));
    String line = null;
    while (loaded.find()) {
      line = loaded.group();
    }
    assertThat(line).as("the server log says the scaled data set was loaded").isNotNull();
    Matcher figures = LOADED.matcher(line);
    assertThat(figures.find()).isTrue();
    double seconds = Long.parseLong(figures.group(3)) / 1000.0;
    table.add(
        new Row(
            "load %s projects (%s rows) by batched JDBC"
                .formatted(figures.group(1), figures.group(2)),
            seconds(seconds),
            "",
            Verdict.NONE,
            BenchmarkTable.values("seconds", seconds, "rows", Long.parseLong(figures.group(2)))));
    table.add(
        new Row(
            "first deployment, loading included",
            seconds(deployed),
            "",
            Verdict.NONE,
            BenchmarkTable.values("seconds", deployed)));
  }

  private void http(BenchmarkTable table, URI root) throws Exception {
    LoadDriver driver =
        new LoadDriver(
            root,
            System.getProperty("benchmark.user", "council"),
            System.getProperty("benchmark.password", "council-demo-2026"),
            Integer.getInteger("benchmark.requests", 2000),
            Integer.getInteger("benchmark.downloads", 24),
            Duration.ofSeconds(Integer.getInteger("benchmark.seconds", 60)));
    String project = System.getProperty("benchmark.project", "INF-01");
    // The server has just been started: for its first minutes the JIT compiler takes a core of its
    // own and the figures describe the compiler, not the application. Every target is therefore
    // driven at 8 connections for a while first, without measuring.
    Duration warmUp = Duration.ofSeconds(Integer.getInteger("benchmark.warmup.seconds", 15));
    for (LoadTarget target : LoadTarget.ALL) {
      driver.warmUp(target.withProject(project), 8, warmUp);
    }
    for (LoadTarget target : LoadTarget.ALL) {
      for (int connections : List.of(1, 8)) {
        LoadDriver.Result result = driver.run(target.withProject(project), connections);
        Row row = row(result);
        System.out.println(row.measurement() + ": " + row.figure()); // progress of a long run
        table.add(row);
      }
    }
  }

  private static Row row(LoadDriver.Result result) {
    LoadTarget target = result.target();
    String name = "%s (%s), %d conn.".formatted(target.name(), target.path(), result.connections());
    if (!result.available()) {
      return new Row(
          name, "404: not in this build", "", Verdict.NOT_AVAILABLE, BenchmarkTable.values());
    }
    Optional<Long> limit = result.connections() == 8 ? target.p99TargetMillis() : Optional.empty();
    Verdict verdict =
        result.errors() > 0
            ? Verdict.MISS
            : limit.map(l -> Verdict.of(result.p99Millis(), l)).orElse(Verdict.NONE);
    String figure =
        String.format(
            Locale.ROOT,
            "median %.0f ms, p99 %.0f ms, %.1f req/s, %d requests%s",
            result.medianMillis(),
            result.p99Millis(),
            result.perSecond(),
            result.requests(),
            result.errors() > 0 ? ", " + result.errors() + " ERRORS" : "");
    return new Row(
        name,
        figure,
        limit.map(l -> "p99 < " + l + " ms").orElse(""),
        verdict,
        BenchmarkTable.values(
            "connections", result.connections(),
            "requests", result.requests(),
            "errors", result.errors(),
            "medianMillis", result.medianMillis(),
            "p99Millis", result.p99Millis(),
            "requestsPerSecond", result.perSecond()));
  }

  private static void awaitSignInPage(URI root) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    for (int i = 0; i < 600; i++) {
      try {
        HttpResponse<Void> page =
            http.send(
                HttpRequest.newBuilder(root.resolve("/login.xhtml")).build(),
                HttpResponse.BodyHandlers.discarding());
        if (page.statusCode() == 200) {
          return;
        }
      } catch (java.io.IOException notYet) {
        // the server is still starting
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("The sign-in page did not answer within a minute");
  }

  private static String seconds(double seconds) {
    return String.format(Locale.ROOT, "%.1f s", seconds);
  }

  /** The machine's load average as /proc/loadavg gives it, for the tables' conditions. */
  static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).strip();
    } catch (java.io.IOException e) {
      return "unknown";
    }
  }
}
