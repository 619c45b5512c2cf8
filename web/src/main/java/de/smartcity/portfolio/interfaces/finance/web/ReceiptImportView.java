package de.smartcity.portfolio.interfaces.finance.web;

import de.smartcity.portfolio.application.Download;
import de.smartcity.portfolio.application.ImportLine;
import de.smartcity.portfolio.application.ImportPreview;
import de.smartcity.portfolio.application.ImportProgress;
import de.smartcity.portfolio.application.ReceiptImportService;
import de.smartcity.portfolio.domain.model.budget.ReceiptImport;
import de.smartcity.portfolio.interfaces.shared.web.BackgroundImportView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.util.List;
import java.util.concurrent.Future;

/** The receipt import: upload, preview, import (see {@link BackgroundImportView}), and undo. */
@Named
@ViewScoped
public class ReceiptImportView
    extends BackgroundImportView<ImportPreview, ImportLine, ReceiptImport> {

  @Serial private static final long serialVersionUID = 1L;

  @Inject private ReceiptImportService imports;

  @Override
  protected Future<ImportPreview> startPreview(String name, byte[] bytes, ImportProgress running) {
    return imports.preview(name, bytes, running);
  }

  @Override
  protected Future<ReceiptImport> startImport(String name, byte[] bytes, ImportProgress running) {
    return imports.importReceipts(name, bytes, running);
  }

  @Override
  protected void imported(ReceiptImport done) {
    messages.info(
        "import.done", done.getAdded(), done.getDuplicates(), done.getErrors(), done.getFileName());
    long awaiting = imports.awaitingConfirmation(done.getId());
    if (awaiting > 0) {
      messages.info("import.awaiting", awaiting);
    }
  }

  public void undo(ReceiptImport receiptImport) {
    if (messages
        .attempt(() -> imports.undoImport(receiptImport.getId(), receiptImport.getVersion()))
        .saved()) {
      messages.info("import.undone", receiptImport.getFileName());
    }
    forgetLatest();
  }

  @Override
  protected Download templateFile() {
    return imports.template();
  }

  @Override
  protected List<ReceiptImport> latestImports() {
    return imports.latestImports();
  }
}
