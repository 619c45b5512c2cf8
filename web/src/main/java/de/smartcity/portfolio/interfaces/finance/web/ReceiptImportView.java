package de.smartcity.portfolio.interfaces.finance.web;

import de.smartcity.portfolio.application.ImportLine;
import de.smartcity.portfolio.application.ImportPreview;
import de.smartcity.portfolio.application.ImportProgress;
import de.smartcity.portfolio.application.ReceiptImportService;
import de.smartcity.portfolio.domain.model.budget.ReceiptImport;
import de.smartcity.portfolio.interfaces.shared.web.Downloads;
import de.smartcity.portfolio.interfaces.shared.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
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
 * The receipt import: upload, preview, import, undo. Preview and import run in the background (the
 * service's asynchronous methods); the page polls their progress, so it stays responsive while a
 * large file is read, and the view keeps the file until it is imported or replaced.
 */
@Named
@ViewScoped
public class ReceiptImportView implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  /** The page's upload limit, the same as the service's. */
  public static final long MAX_BYTES = 20L * 1024 * 1024;

  @Inject private ReceiptImportService imports;
  @Inject private Messages messages;

  private transient Part file;
  private String fileName;
  private byte[] content;
  private ImportPreview preview;
  private ImportProgress progress;
  private transient Future<ImportPreview> previewRunning;
  private transient Future<ReceiptImport> importRunning;
  private List<ReceiptImport> latest;

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
        messages.attemptReturning(() -> imports.preview(fileName, content, progress)).orElse(null);
  }

  /** Imports the previewed file's lines to add. */
  public void importFile() {
    if (preview == null || content == null) {
      return;
    }
    progress = new ImportProgress();
    importRunning =
        messages
            .attemptReturning(() -> imports.importReceipts(fileName, content, progress))
            .orElse(null);
  }

  /** Called by the page's poll: takes the result of a finished preview or import. */
  public void poll() {
    if (previewRunning != null && previewRunning.isDone()) {
      Future<ImportPreview> done = previewRunning;
      previewRunning = null;
      preview = messages.attemptReturning(() -> result(done)).orElse(null);
    }
    if (importRunning != null && importRunning.isDone()) {
      Future<ReceiptImport> done = importRunning;
      importRunning = null;
      messages
          .attemptReturning(() -> result(done))
          .ifPresent(
              imported -> {
                messages.info(
                    "import.done",
                    imported.getAdded(),
                    imported.getDuplicates(),
                    imported.getErrors(),
                    imported.getFileName());
                long awaiting = imports.awaitingConfirmation(imported.getId());
                if (awaiting > 0) {
                  messages.info("import.awaiting", awaiting);
                }
                preview = null;
                content = null;
                latest = null;
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

  public void undo(ReceiptImport receiptImport) {
    if (messages
        .attempt(() -> imports.undoImport(receiptImport.getId(), receiptImport.getVersion()))
        .saved()) {
      messages.info("import.undone", receiptImport.getFileName());
    }
    latest = null;
  }

  public StreamedContent template() {
    return messages.attemptReturning(imports::template).map(Downloads::of).orElse(null);
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

  public ImportPreview getPreview() {
    return preview;
  }

  public List<ImportLine> getLines() {
    return preview == null ? List.of() : preview.lines();
  }

  public long count(String outcome) {
    return preview == null ? 0 : preview.count(ImportLine.Outcome.valueOf(outcome));
  }

  /** Why a line is refused, in the page's language. */
  public String problem(ImportLine line) {
    return line.problem() == null
        ? ""
        : messages.describe(line.problem().messageKey(), line.problem().arguments());
  }

  public List<ReceiptImport> getLatest() {
    if (latest == null) {
      latest = imports.latestImports();
    }
    return latest;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }
}
