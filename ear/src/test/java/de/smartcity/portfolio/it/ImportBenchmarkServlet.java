package de.smartcity.portfolio.it;

import de.smartcity.portfolio.application.ImportLine.Outcome;
import de.smartcity.portfolio.application.ImportPreview;
import de.smartcity.portfolio.application.ImportProgress;
import de.smartcity.portfolio.application.ReceiptImportService;
import de.smartcity.portfolio.domain.model.budget.AssignmentKind;
import de.smartcity.portfolio.domain.model.budget.ReceiptImport;
import de.smartcity.portfolio.domain.model.user.Role;
import de.smartcity.portfolio.it.FundedScenario.GrantAndProject;
import jakarta.annotation.security.RunAs;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serial;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

/**
 * The receipt import's benchmark inside the server ({@code ReceiptImportBenchmark}, and at a small
 * scale {@code ReceiptImportIT}): {@code POST ?rows=&format=csv|xlsx&projects=} registers that many
 * funded projects of its own (see {@link FundedScenario#grantWithProject}) with a cost centre
 * (PERS) and a WBS element (INV) each, generates an export of {@code rows} lines over their
 * assignments ({@link GeneratedReceiptExport}), and runs it through the service calls the import
 * page makes: the preview, then the import while the preview is still held (as the page's view
 * keeps it), each timed from the call until its result is there (the import's transaction is
 * committed by then). It answers {@code name=value} lines: the times, the preview's counts, what
 * the database holds afterwards, and the heap: live after a full GC before, between and after, and
 * the highest in use, highest after a GC and highest after a full GC forced every two seconds
 * during each step ({@link HeapWatch}). Last, it undoes the import, timed and watched the same way,
 * and counts what is left of it.
 */
@WebServlet(ImportBenchmarkServlet.PATH)
@RunAs(Role.ADMIN_NAME)
public class ImportBenchmarkServlet extends HttpServlet {

  static final String PATH = "/it/import-benchmark";

  @Serial private static final long serialVersionUID = 1L;

  /** How often a step's watch forces a full collection to see what the step keeps alive. */
  private static final Duration LIVE_EVERY = Duration.ofSeconds(2);

  @Inject private transient FundedScenario scenario;
  @Inject private transient ReceiptImportService imports;
  @Inject private transient PersistenceProbe probe;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    int rows = Integer.parseInt(request.getParameter("rows"));
    String format = request.getParameter("format");
    int projects = Integer.parseInt(request.getParameter("projects"));
    Map<String, Object> figures = new LinkedHashMap<>();
    try {
      run(rows, format, projects, figures);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    } catch (ExecutionException | SQLException e) {
      throw new IOException(e);
    }
    response.setContentType("text/plain;charset=UTF-8");
    response
        .getWriter()
        .write(
            figures.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("\n", "", "\n")));
  }

  private void run(int rows, String format, int projects, Map<String, Object> figures)
      throws InterruptedException, ExecutionException, SQLException {
    List<String> assignments = new ArrayList<>();
    for (int p = 0; p < projects; p++) {
      GrantAndProject own =
          scenario.grantWithProject(
              LocalDate.of(2025, 12, 31), LocalDate.of(2025, 12, 31), "Belegimport Benchmark");
      String costCentre = ProjectScenario.code("KST");
      String wbsElement = ProjectScenario.code("PSP");
      imports.addAssignment(own.project().getId(), AssignmentKind.COST_CENTRE, costCentre, "PERS");
      imports.addAssignment(own.project().getId(), AssignmentKind.WBS_ELEMENT, wbsElement, "INV");
      assignments.add(costCentre);
      assignments.add(wbsElement);
    }
    GeneratedReceiptExport export = new GeneratedReceiptExport(assignments, rows, 2026);
    String fileName = "IT-benchmark-" + rows + "." + format;
    byte[] content = "xlsx".equals(format) ? export.xlsx() : export.csv();
    figures.put("fileBytes", content.length);
    figures.put("assignments", assignments.size());
    figures.put("maxHeapBytes", HeapWatch.maxHeap());
    figures.put("liveBeforeBytes", HeapWatch.liveAfterFullGc());

    ImportPreview preview =
        watched(
            "preview",
            figures,
            () -> imports.preview(fileName, content, new ImportProgress()).get());
    figures.put("previewAdd", preview.count(Outcome.ADD));
    figures.put("previewDuplicate", preview.count(Outcome.DUPLICATE));
    figures.put("previewError", preview.count(Outcome.ERROR));
    figures.put("liveWithPreviewBytes", HeapWatch.liveAfterFullGc());

    ReceiptImport imported =
        watched(
            "import",
            figures,
            () -> imports.importReceipts(fileName, content, new ImportProgress()).get());
    figures.put("importAdded", imported.getAdded());
    figures.put(
        "storedReceipts",
        probe.number("SELECT COUNT(*) FROM receipt WHERE receipt_import_id = " + imported.getId()));
    figures.put(
        "storedCents",
        probe.number(
            "SELECT CAST(SUM(amount) * 100 AS BIGINT) FROM receipt WHERE receipt_import_id = "
                + imported.getId()));
    figures.put("fileCents", export.total().movePointRight(2).toBigIntegerExact());
    figures.put(
        "previewCents",
        preview.totalAmount().amount().multiply(BigDecimal.valueOf(100)).longValue());
    // the preview is no longer used from here on, as the page lets go of it after the import
    figures.put("liveAfterBytes", HeapWatch.liveAfterFullGc());

    watched("undo", figures, () -> imports.undoImport(imported.getId(), imported.getVersion()));
    figures.put(
        "remainingAfterUndo",
        probe.number("SELECT COUNT(*) FROM receipt WHERE receipt_import_id = " + imported.getId()));
  }

  /** A step's result, timed and with the heap watched; full collections every few seconds. */
  private static <T> T watched(String step, Map<String, Object> figures, Step<T> work)
      throws InterruptedException, ExecutionException {
    HeapWatch watch = HeapWatch.withLiveSamples(LIVE_EVERY);
    T result;
    try {
      long cpu = HeapWatch.processCpuMillis();
      long started = System.nanoTime();
      result = work.run();
      figures.put(step + "Millis", (System.nanoTime() - started) / 1_000_000);
      figures.put(step + "CpuMillis", HeapWatch.processCpuMillis() - cpu);
    } finally {
      watch.close(); // waits for a forced collection under way
    }
    figures.put(step + "PeakUsedBytes", watch.peakUsed());
    figures.put(step + "PeakAfterGcBytes", watch.peakAfterGc());
    figures.put(step + "Collections", watch.collections());
    figures.put(step + "PeakLiveBytes", watch.peakLive());
    figures.put(step + "LiveSamples", watch.liveSamples());
    figures.put(step + "ForcedGcMillis", watch.forcedGcMillis());
    return result;
  }

  @FunctionalInterface
  private interface Step<T> {
    T run() throws InterruptedException, ExecutionException;
  }
}
