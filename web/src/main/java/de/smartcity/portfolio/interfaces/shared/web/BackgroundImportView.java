package de.smartcity.portfolio.interfaces.shared.web;

import de.smartcity.portfolio.application.Download;
import de.smartcity.portfolio.application.ImportLine;
import de.smartcity.portfolio.application.ImportProgress;
import de.smartcity.portfolio.application.Previewed;
import jakarta.inject.Inject;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.primefaces.PrimeFaces;
import org.primefaces.model.StreamedContent;

/**
 * What every import page does: takes the upload (within the limit), starts the preview and the
 * import in the background (the services' asynchronous methods), and lets the page poll their
 * progress, so that it stays responsive while a large file is read; the view keeps the file until
 * it is imported or replaced. The receipt import and the project import are its pages.
 *
 * @param <P> the preview
 * @param <L> a line of the preview
 * @param <R> the record of a finished import
 */
public abstract class BackgroundImportView<P extends Previewed<L>, L extends Previewed.Line, R>
    implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  /** The pages' upload limit, the same as the services'. */
  public static final long MAX_BYTES = 20L * 1024 * 1024;

  @Inject protected Messages messages;

  private transient Part file;
  private String fileName;
  private byte[] content;
  private P preview;
  private ImportProgress progress;
  private transient Future<P> previewRunning;
  private transient Future<R> importRunning;

  /** Starts the service's preview of the file. */
  protected abstract Future<P> startPreview(String name, byte[] bytes, ImportProgress running);

  /** Starts the service's import of the file. */
  protected abstract Future<R> startImport(String name, byte[] bytes, ImportProgress running);

  /** Says what the finished import did; the preview is cleared afterwards. */
  protected abstract void imported(R done);

  /** The service's template of the file it reads. */
  protected abstract Download templateFile();

  /** The service's latest imports, newest first. */
  protected abstract List<R> latestImports();

  private List<R> latest;

  /** Reads the uploaded file and starts its preview. */
  public void preview() {
    preview = null;
    String submittedName = file == null ? null : file.getSubmittedFileName();
    if (file == null || file.getSize() == 0 || submittedName == null || submittedName.isBlank()) {
      messages.errorAt("file", "import.file.choose");
      return;
    }
    if (file.getSize() > MAX_BYTES) {
      messages.errorAt("file", "import.file.tooLarge", submittedName, MAX_BYTES / 1048576);
      return;
    }
    byte[] read;
    try (InputStream in = file.getInputStream()) {
      read = in.readAllBytes();
    } catch (IOException e) {
      messages.errorAt("file", "import.file.choose");
      return;
    }
    fileName = submittedName;
    content = read;
    progress = new ImportProgress();
    previewRunning =
        messages.attemptReturning(() -> startPreview(fileName, content, progress)).orElse(null);
  }

  /** Imports the previewed file's rows to add. */
  public void importFile() {
    if (preview == null || content == null) {
      return;
    }
    progress = new ImportProgress();
    importRunning =
        messages.attemptReturning(() -> startImport(fileName, content, progress)).orElse(null);
  }

  /** Called by the page's poll: takes the result of a finished preview or import. */
  public void poll() {
    if (previewRunning != null && previewRunning.isDone()) {
      Future<P> done = previewRunning;
      previewRunning = null;
      preview = messages.attemptReturning(() -> result(done)).orElse(null);
    }
    if (importRunning != null && importRunning.isDone()) {
      Future<R> done = importRunning;
      importRunning = null;
      messages
          .attemptReturning(() -> result(done))
          .ifPresent(
              finished -> {
                imported(finished);
                latest = null;
                preview = null;
                content = null;
              });
    }
    if (!isRunning()) {
      PrimeFaces.current().executeScript("PF('importPoll') && PF('importPoll').stop()");
    }
  }

  /** The answer of a background call, or the refusal it ended with. */
  private static <T> T result(Future<T> running) {
    try {
      return running.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException refusal) {
        throw refusal;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The preview's lines; none before a preview. */
  public List<L> getLines() {
    return preview == null ? List.of() : preview.lines();
  }

  /** How many of what the preview shows have the outcome (an {@link ImportLine.Outcome} name). */
  public long count(String outcome) {
    return preview == null ? 0 : preview.count(ImportLine.Outcome.valueOf(outcome));
  }

  /** Why a line is refused, in the page's language; empty for a line without a problem. */
  public String problem(L line) {
    ImportLine.Problem problem = line.problem();
    return problem == null ? "" : messages.describe(problem.messageKey(), problem.arguments());
  }

  public StreamedContent template() {
    return messages.attemptReturning(this::templateFile).map(Downloads::of).orElse(null);
  }

  /** The latest imports, read once per view and again after an import. */
  public List<R> getLatest() {
    if (latest == null) {
      latest = latestImports();
    }
    return latest;
  }

  /** Forgets the latest imports, so that the page reads them again. */
  protected void forgetLatest() {
    latest = null;
  }

  public boolean isRunning() {
    return previewRunning != null || importRunning != null;
  }

  public boolean isImporting() {
    return importRunning != null;
  }

  public int getPercent() {
    return progress == null ? 0 : progress.percent();
  }

  public P getPreview() {
    return preview;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }
}
