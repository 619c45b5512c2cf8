package de.smartcity.portfolio.interfaces.finance.web;

import de.smartcity.portfolio.application.Download;
import de.smartcity.portfolio.application.FundingService;
import de.smartcity.portfolio.application.ReportService;
import de.smartcity.portfolio.domain.model.funding.Grant;
import de.smartcity.portfolio.domain.model.funding.GrantFigures;
import de.smartcity.portfolio.domain.shared.BusinessRuleViolation;
import de.smartcity.portfolio.interfaces.shared.web.Downloads;
import de.smartcity.portfolio.interfaces.shared.web.Messages;
import de.smartcity.portfolio.reports.ReportFormat;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.StreamedContent;

/** Finance's overview of the grants: the figures of each, and its proof of use to download. */
@Named
@ViewScoped
public class GrantsView implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  /**
   * A grant with its figures, as one row of the page.
   *
   * @param grant the grant
   * @param figures every figure of it as of today
   */
  public record Row(Grant grant, GrantFigures figures) implements Serializable {}

  @Inject private FundingService funding;
  @Inject private ReportService reports;
  @Inject private Messages messages;

  private List<Row> rows;

  @PostConstruct
  void load() {
    rows = funding.grants().stream().map(g -> new Row(g, funding.figures(g.getId()))).toList();
  }

  public List<Row> getRows() {
    return rows;
  }

  /** The proof of use to download, or nothing and a message when the grant's data cannot yet. */
  public StreamedContent proofOfUse(long grantId, String format) {
    Download file;
    try {
      file =
          reports.proofOfUse(
              grantId,
              ReportFormat.valueOf(format),
              FacesContext.getCurrentInstance().getViewRoot().getLocale());
    } catch (BusinessRuleViolation refused) {
      messages.show(refused);
      return null;
    }
    return Downloads.of(file);
  }
}
