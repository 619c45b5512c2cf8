package de.smartcity.portfolio.interfaces.admin.web;

import de.smartcity.portfolio.application.Download;
import de.smartcity.portfolio.application.ImportLine;
import de.smartcity.portfolio.application.ImportProgress;
import de.smartcity.portfolio.application.ProjectImportLine;
import de.smartcity.portfolio.application.ProjectImportPreview;
import de.smartcity.portfolio.application.ProjectImportService;
import de.smartcity.portfolio.domain.model.project.ProjectImport;
import de.smartcity.portfolio.interfaces.shared.web.BackgroundImportView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.util.List;
import java.util.concurrent.Future;

/**
 * The project import (administrators): upload, preview, import; see {@link BackgroundImportView}.
 */
@Named
@ViewScoped
public class ProjectImportView
    extends BackgroundImportView<ProjectImportPreview, ProjectImportLine, ProjectImport> {

  @Serial private static final long serialVersionUID = 1L;

  @Inject private ProjectImportService imports;

  @Override
  protected Future<ProjectImportPreview> startPreview(
      String name, byte[] bytes, ImportProgress running) {
    return imports.preview(name, bytes, running);
  }

  @Override
  protected Future<ProjectImport> startImport(String name, byte[] bytes, ImportProgress running) {
    return imports.importProjects(name, bytes, running);
  }

  @Override
  protected void imported(ProjectImport done) {
    messages.info(
        "projectImport.done",
        done.getAdded(),
        done.getCostLines(),
        done.getErrors(),
        done.getFileName());
  }

  @Override
  protected Download templateFile() {
    return imports.template();
  }

  public long countCostLines(String outcome) {
    return getPreview() == null
        ? 0
        : getPreview().countCostLines(ImportLine.Outcome.valueOf(outcome));
  }

  @Override
  protected List<ProjectImport> latestImports() {
    return imports.latestImports();
  }
}
