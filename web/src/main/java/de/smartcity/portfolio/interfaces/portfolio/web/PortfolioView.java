package de.smartcity.portfolio.interfaces.portfolio.web;

import de.smartcity.portfolio.application.Download;
import de.smartcity.portfolio.application.ProjectService;
import de.smartcity.portfolio.application.ReportService;
import de.smartcity.portfolio.domain.model.project.ProjectSummary;
import de.smartcity.portfolio.reports.ReportFormat;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** The portfolio page: every project of the programme in one table. */
@Named
@ViewScoped
public class PortfolioView implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  @Inject private ProjectService projectService;
  @Inject private ReportService reportService;

  private List<ProjectSummary> projects;

  @PostConstruct
  void load() {
    projects = projectService.listProjects();
  }

  public List<ProjectSummary> getProjects() {
    return projects;
  }

  /** The council's portfolio report as an Excel workbook, generated when asked for. */
  public StreamedContent getExcel() {
    return download(ReportFormat.XLSX);
  }

  /** The council's portfolio report as a PDF, generated when asked for. */
  public StreamedContent getPdf() {
    return download(ReportFormat.PDF);
  }

  private StreamedContent download(ReportFormat format) {
    Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    Download file = reportService.portfolioReport(format, locale);
    return DefaultStreamedContent.builder()
        .name(file.fileName())
        .contentType(file.mediaType())
        .contentLength((long) file.content().length)
        .stream(() -> new ByteArrayInputStream(file.content()))
        .build();
  }
}
