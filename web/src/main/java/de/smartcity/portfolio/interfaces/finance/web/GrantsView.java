package de.smartcity.portfolio.interfaces.finance.web;

import de.smartcity.portfolio.application.Download;
import de.smartcity.portfolio.application.FundingService;
import de.smartcity.portfolio.application.ProofOfUseService;
import de.smartcity.portfolio.application.ReportService;
import de.smartcity.portfolio.domain.model.funding.FundsCall;
import de.smartcity.portfolio.domain.model.funding.Grant;
import de.smartcity.portfolio.domain.model.funding.GrantFigures;
import de.smartcity.portfolio.domain.model.proofofuse.ProofOfUseRepository.LateChanges;
import de.smartcity.portfolio.domain.model.proofofuse.ProofPeriod;
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
import java.util.function.Supplier;
import org.primefaces.model.StreamedContent;

/**
 * Finance's overview of the grants: the figures of each, its final proof of use to download, and a
 * flag where receipts of a submitted proof changed afterwards. With {@code ?grant=ID} the page also
 * lists that grant's budget years (interim proofs) and its calls for funds to download.
 */
@Named
@ViewScoped
public class GrantsView implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  /**
   * A grant with its figures, as one row of the page.
   *
   * @param grant the grant
   * @param figures every figure of it as of today
   * @param lateChanges submitted proofs of it whose receipts changed afterwards
   */
  public record Row(Grant grant, GrantFigures figures, List<LateChanges> lateChanges)
      implements Serializable {

    public boolean changedAfterSubmission() {
      return !lateChanges.isEmpty();
    }
  }

  @Inject private FundingService funding;
  @Inject private ProofOfUseService proofs;
  @Inject private ReportService reports;
  @Inject private Messages messages;

  private List<Row> rows;
  private Row selected;
  private List<Integer> years = List.of();
  private List<FundsCall> calls = List.of();

  @PostConstruct
  void load() {
    rows =
        funding.grants().stream()
            .map(g -> new Row(g, funding.figures(g.getId()), proofs.lateChanges(g.getId())))
            .toList();
    String requested =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get("grant");
    if (requested != null && requested.matches("\\d{1,18}")) {
      long id = Long.parseLong(requested);
      selected = rows.stream().filter(r -> r.grant().getId() == id).findFirst().orElse(null);
      if (selected != null) {
        years = proofs.budgetYears(id);
        calls = funding.calls(id);
      }
    }
  }

  public List<Row> getRows() {
    return rows;
  }

  /** The grant whose years and calls the page lists; null when none is chosen. */
  public Row getSelected() {
    return selected;
  }

  public List<Integer> getYears() {
    return years;
  }

  public List<FundsCall> getCalls() {
    return calls;
  }

  /** The final proof of use to download, or nothing and a message when the data cannot yet. */
  public StreamedContent proofOfUse(long grantId, String format) {
    return download(
        () ->
            reports.proofOfUse(grantId, ProofPeriod.FINAL, ReportFormat.valueOf(format), locale()));
  }

  /** The interim proof (Zwischennachweis) of one budget year. */
  public StreamedContent interimProof(long grantId, int year, String format) {
    return download(
        () ->
            reports.proofOfUse(
                grantId, ProofPeriod.interim(year), ReportFormat.valueOf(format), locale()));
  }

  /** The call for funds (Mittelabruf) document of one recorded call. */
  public StreamedContent callForFunds(long callId, String format) {
    return download(() -> reports.callForFunds(callId, ReportFormat.valueOf(format), locale()));
  }

  private StreamedContent download(Supplier<Download> file) {
    return messages.attemptReturning(file).map(Downloads::of).orElse(null);
  }

  private static java.util.Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }
}
