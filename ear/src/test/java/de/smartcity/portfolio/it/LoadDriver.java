package de.smartcity.portfolio.it;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A closed-loop HTTP load driver on loopback: {@code connections} signed-in sessions, each with one
 * HTTP/1.1 connection and a thread of a fixed pool, send their next request as soon as the last one
 * is answered. A run stops by itself after {@code requests} requests or {@code limit}, whichever
 * comes first. Latencies are kept whole (a run is a few hundred requests), so the percentiles are
 * exact.
 */
final class LoadDriver {

  /**
   * The figures of one target at one number of connections.
   *
   * @param available false when the page does not exist in this build (an optional target's 404)
   */
  record Result(
      LoadTarget target,
      int connections,
      int requests,
      int errors,
      double medianMillis,
      double p99Millis,
      double perSecond,
      boolean available) {}

  private final URI root;
  private final String username;
  private final String password;
  private final int requests;
  private final int downloads;
  private final Duration limit;
  private final List<WebSession> sessions = new ArrayList<>();

  LoadDriver(
      URI root, String username, String password, int requests, int downloads, Duration limit) {
    this.root = root;
    this.username = username;
    this.password = password;
    this.requests = requests;
    this.downloads = downloads;
    this.limit = limit;
  }

  /** Measures the target at this many connections. */
  Result run(LoadTarget target, int connections) throws Exception {
    int count = target.kind() == LoadTarget.Kind.DOWNLOAD ? downloads : requests;
    return drive(target, connections, count, limit);
  }

  /**
   * Drives the target for this long without measuring it, so that the server's JIT compiler has
   * compiled what the target runs before {@link #run} measures it.
   */
  void warmUp(LoadTarget target, int connections, Duration duration) throws Exception {
    drive(target, connections, WARM_UP_CEILING, duration);
  }

  /** More requests than a warm-up sends in its time; only the time ends it. */
  private static final int WARM_UP_CEILING = 100_000;

  private Result drive(LoadTarget target, int connections, int count, Duration timeLimit)
      throws Exception {
    List<Callable<HttpResponse<byte[]>>> clients = new ArrayList<>();
    for (int i = 0; i < connections; i++) {
      clients.add(client(session(i), target));
    }
    HttpResponse<byte[]> probe = clients.get(0).call();
    if (probe.statusCode() == 404 && target.optional()) {
      return new Result(target, connections, 0, 0, Double.NaN, Double.NaN, Double.NaN, false);
    }
    if (!LoadTarget.succeeded(target.kind(), probe)) {
      throw new IllegalStateException(
          target.name() + " answered " + probe.statusCode() + " " + probe.headers().map());
    }
    // Warm-up: every session a few times, so that the JIT and the caches see this page first.
    for (Callable<HttpResponse<byte[]>> client : clients) {
      for (int i = 0; i < (target.kind() == LoadTarget.Kind.DOWNLOAD ? 1 : 5); i++) {
        client.call();
      }
    }
    long[] latencies = new long[count];
    AtomicInteger issued = new AtomicInteger();
    AtomicInteger answered = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    long deadline = System.nanoTime() + timeLimit.toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(connections);
    long started = System.nanoTime();
    try {
      List<Future<?>> running = new ArrayList<>();
      for (Callable<HttpResponse<byte[]>> client : clients) {
        running.add(
            pool.submit(
                () -> {
                  for (int i = issued.getAndIncrement();
                      i < count && System.nanoTime() < deadline;
                      i = issued.getAndIncrement()) {
                    long sent = System.nanoTime();
                    boolean ok;
                    try {
                      ok = LoadTarget.succeeded(target.kind(), client.call());
                    } catch (Exception e) {
                      ok = false;
                    }
                    latencies[answered.getAndIncrement()] = System.nanoTime() - sent;
                    if (!ok) {
                      errors.incrementAndGet();
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> client : running) {
        client.get();
      }
    } finally {
      pool.shutdown();
      pool.awaitTermination(1, TimeUnit.MINUTES);
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    long[] measured = Arrays.copyOf(latencies, answered.get());
    Arrays.sort(measured);
    return new Result(
        target,
        connections,
        measured.length,
        errors.get(),
        percentile(measured, 50),
        percentile(measured, 99),
        measured.length / seconds,
        true);
  }

  private static double percentile(long[] sorted, int percent) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, rank)] / 1e6;
  }

  /**
   * The n-th signed-in session; sessions are shared by all targets, because a sign-in costs a
   * deliberately slow password hash.
   */
  private WebSession session(int n) throws Exception {
    while (sessions.size() <= n) {
      WebSession session = new WebSession(root, "de", HttpClient.Version.HTTP_1_1);
      session.signIn(username, password);
      sessions.add(session);
    }
    return sessions.get(n);
  }

  /** A session prepared to send the target's request. */
  private static Callable<HttpResponse<byte[]>> client(WebSession session, LoadTarget target)
      throws Exception {
    return switch (target.kind()) {
      case PAGE -> () -> session.fetch(target.path());
      case DOWNLOAD -> {
        WebSession.Form form = session.form(target.path(), "portfolio");
        form.values().put("portfolio:excel", "");
        yield () -> session.postForBytes(form.action(), form.values(), Map.of());
      }
      case SORT -> sort(session, target);
    };
  }

  /** What PrimeFaces' data table sends when a user clicks the end date's column header. */
  private static Callable<HttpResponse<byte[]>> sort(WebSession session, LoadTarget target)
      throws Exception {
    WebSession.Form form = session.form(target.path(), "portfolio");
    String table = form.page().selectFirst("div.ui-datatable").id();
    String column = form.page().selectFirst("th[id$=:colEnd]").id();
    Map<String, String> values = new LinkedHashMap<>(form.values());
    values.put("jakarta.faces.partial.ajax", "true");
    values.put("jakarta.faces.source", table);
    values.put("jakarta.faces.partial.execute", table);
    values.put("jakarta.faces.partial.render", table);
    values.put("jakarta.faces.behavior.event", "sort");
    values.put("jakarta.faces.partial.event", "sort");
    values.put(table + "_sorting", "true");
    values.put(table + "_skipChildren", "true");
    values.put(table + "_encodeFeature", "true");
    values.put(table + "_sortKey", column);
    values.put(table + "_sortDir", "-1");
    Map<String, String> headers =
        Map.of("Faces-Request", "partial/ajax", "X-Requested-With", "XMLHttpRequest");
    return () -> session.postForBytes(form.action(), values, headers);
  }
}
