package de.smartcity.portfolio.interfaces.finance.web;

import de.smartcity.portfolio.application.FundingService;
import de.smartcity.portfolio.application.NarrativeInput;
import de.smartcity.portfolio.application.ProofOfUseService;
import de.smartcity.portfolio.application.ReportService;
import de.smartcity.portfolio.domain.model.funding.Grant;
import de.smartcity.portfolio.domain.model.proofofuse.ProofNarrative;
import de.smartcity.portfolio.domain.model.proofofuse.ProofOfUseRepository.LateChanges;
import de.smartcity.portfolio.domain.model.proofofuse.ProofPeriod;
import de.smartcity.portfolio.domain.model.proofofuse.ProofSubmission;
import de.smartcity.portfolio.domain.shared.BusinessRuleViolation;
import de.smartcity.portfolio.interfaces.shared.web.Downloads;
import de.smartcity.portfolio.interfaces.shared.web.Formats;
import de.smartcity.portfolio.interfaces.shared.web.Messages;
import de.smartcity.portfolio.reports.ReportFormat;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.primefaces.model.StreamedContent;

/**
 * One proof of use of a grant ({@code ?grant=ID&period=FINAL} or {@code period=2024}): finance
 * writes its narrative (Sachbericht), downloads it, and marks it submitted; a submitted proof shows
 * when, by whom and the checksums of the stored files, and whether receipts changed since.
 */
@Named
@ViewScoped
public class ProofOfUseView implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  /**
   * A submitted proof as the page shows it, without its files.
   *
   * @param submittedAt when
   * @param submittedBy by whom
   * @param confirmedBy the second finance user who confirmed it, {@code null} while it awaits
   *     confirmation (four eyes) and so does not count as submitted yet
   */
  public record Submission(
      Instant submittedAt,
      String submittedBy,
      String xlsxName,
      String xlsxSha256,
      String pdfName,
      String pdfSha256,
      String confirmedBy)
      implements Serializable {

    /** Whether a second finance user confirmed the submission (four eyes). */
    public boolean confirmed() {
      return confirmedBy != null;
    }
  }

  /**
   * One submitted version of the proof, as the page lists it with its files and, once a correction
   * replaced it, by which version, when, by whom and why.
   *
   * @param id the stored submission, for its files
   * @param number 1 for the first submission, one more per correction
   */
  public record Version(
      long id,
      int number,
      Instant submittedAt,
      String submittedBy,
      String xlsxName,
      String xlsxSha256,
      String pdfName,
      String pdfSha256,
      Integer supersededByVersion,
      Instant supersededAt,
      String supersededBy,
      String supersedeReason,
      String confirmedBy)
      implements Serializable {

    public boolean superseded() {
      return supersededAt != null;
    }

    /** Whether a second finance user confirmed this version (four eyes); it counts only then. */
    public boolean confirmed() {
      return confirmedBy != null;
    }
  }

  @Inject private FundingService funding;
  @Inject private ProofOfUseService proofs;
  @Inject private ReportService reports;
  @Inject private Messages messages;
  @Inject private Formats formats;

  private Grant grant;
  private ProofPeriod period;
  private Long version;
  private Submission submission;
  private List<LateChanges> lateChanges = List.of();
  private List<Version> versions = List.of();
  private List<Integer> years = List.of();
  private String reason;

  private String start;
  private String duration;
  private String completion;
  private String fundedStaff;
  private String results;
  private String deviationsFromPlan;
  private String deviationsFromFinancePlan;

  @PostConstruct
  void open() {
    Map<String, String> parameters =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    String grantId = parameters.getOrDefault("grant", "");
    String key = parameters.getOrDefault("period", "FINAL");
    if (!grantId.matches("\\d{1,18}") || !key.matches("FINAL|\\d{4}")) {
      return;
    }
    long id = Long.parseLong(grantId);
    grant = funding.grants().stream().filter(g -> g.getId() == id).findFirst().orElse(null);
    if (grant == null) {
      return;
    }
    years = proofs.budgetYears(id);
    if (!key.equals("FINAL") && !years.contains(Integer.valueOf(key))) {
      // Without a field: finding one would visit the page, whose expressions ask for this very
      // bean, which is still being constructed, and so on without end.
      messages.show(
          new BusinessRuleViolation(
              "proofofuse.year.outside", null, Integer.valueOf(key), grant.getReference()));
      grant = null;
      return;
    }
    period = ProofPeriod.ofKey(key);
    reload();
  }

  private void reload() {
    proofs.narrative(grant.getId(), period).ifPresent(this::fill);
    submission =
        proofs.submissions(grant.getId()).stream()
            .filter(s -> s.getPeriod().equals(period))
            .findFirst()
            .map(ProofOfUseView::shown)
            .orElse(null);
    lateChanges = proofs.lateChanges(grant.getId());
    versions =
        proofs.versions(grant.getId(), period).stream().map(ProofOfUseView::version).toList();
  }

  private static Version version(ProofSubmission stored) {
    return new Version(
        stored.getId(),
        stored.getProofVersion(),
        stored.getSubmittedAt(),
        stored.getSubmittedBy(),
        stored.getXlsxName(),
        stored.getXlsxSha256(),
        stored.getPdfName(),
        stored.getPdfSha256(),
        stored.getSupersededByVersion(),
        stored.getSupersededAt(),
        stored.getSupersededBy(),
        stored.getSupersedeReason(),
        stored.getConfirmedBy().orElse(null));
  }

  private void fill(ProofNarrative narrative) {
    version = narrative.getVersion();
    start = narrative.getStart();
    duration = narrative.getDuration();
    completion = narrative.getCompletion();
    fundedStaff = narrative.getFundedStaff();
    results = narrative.getResults();
    deviationsFromPlan = narrative.getDeviationsFromPlan();
    deviationsFromFinancePlan = narrative.getDeviationsFromFinancePlan();
  }

  private static Submission shown(ProofSubmission stored) {
    return new Submission(
        stored.getSubmittedAt(),
        stored.getSubmittedBy(),
        stored.getXlsxName(),
        stored.getXlsxSha256(),
        stored.getPdfName(),
        stored.getPdfSha256(),
        stored.getConfirmedBy().orElse(null));
  }

  public void save() {
    NarrativeInput input =
        new NarrativeInput(
            start,
            duration,
            completion,
            fundedStaff,
            results,
            deviationsFromPlan,
            deviationsFromFinancePlan);
    messages
        .attemptReturning(() -> proofs.saveNarrative(grant.getId(), period, version, input))
        .ifPresent(
            saved -> {
              fill(saved);
              messages.info("proof.narrative.saved");
            });
  }

  public void submit() {
    if (messages.attempt(() -> proofs.submit(grant.getId(), period, locale())).saved()) {
      reload();
      messages.info("proof.submitted");
    }
  }

  /**
   * Replaces the submitted proof by a correction, a new version generated from today's figures; the
   * page's confirmation dialog comes first, the reason is required.
   */
  public void supersede() {
    messages
        .attemptReturning(() -> proofs.supersede(grant.getId(), period, reason, locale()))
        .ifPresent(
            correction -> {
              reason = null;
              reload();
              messages.info("proof.corrected");
            });
  }

  /** A stored file of one submitted version, byte for byte; nothing and a message if not. */
  public StreamedContent submittedFile(long submissionId, String format) {
    return messages
        .attemptReturning(() -> proofs.submittedFile(submissionId, ReportFormat.valueOf(format)))
        .map(Downloads::of)
        .orElse(null);
  }

  /**
   * The narrative as a file, made once when the button is pressed; nothing and a message if not.
   */
  public StreamedContent download(String format) {
    return messages
        .attemptReturning(
            () -> reports.proofOfUse(grant.getId(), period, ReportFormat.valueOf(format), locale()))
        .map(Downloads::of)
        .orElse(null);
  }

  private static java.util.Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  public Grant getGrant() {
    return grant;
  }

  public ProofPeriod getPeriod() {
    return period;
  }

  public boolean isFinalProof() {
    return period != null && period.isFinal();
  }

  public Integer getBudgetYear() {
    return period == null ? null : period.budgetYear();
  }

  /** Every submitted version of this period's proof, the latest first. */
  public List<Version> getVersions() {
    return versions;
  }

  /** The budget years an interim proof exists for, to choose from. */
  public List<Integer> getYears() {
    return years;
  }

  /** A time of the versions' list, in the city's time and the user's format. */
  public String time(Instant instant) {
    return instant == null ? "" : formats.time(instant);
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public Submission getSubmission() {
    return submission;
  }

  public boolean isSubmitted() {
    return submission != null;
  }

  /** Submitted proofs of this grant whose receipts changed after their submission. */
  public List<LateChanges> getLateChanges() {
    return lateChanges;
  }

  /** When the proof was submitted, in the city's time and the user's format. */
  public String getSubmittedAtText() {
    return submission == null ? "" : formats.time(submission.submittedAt());
  }

  public String getStart() {
    return start;
  }

  public void setStart(String start) {
    this.start = start;
  }

  public String getDuration() {
    return duration;
  }

  public void setDuration(String duration) {
    this.duration = duration;
  }

  public String getCompletion() {
    return completion;
  }

  public void setCompletion(String completion) {
    this.completion = completion;
  }

  public String getFundedStaff() {
    return fundedStaff;
  }

  public void setFundedStaff(String fundedStaff) {
    this.fundedStaff = fundedStaff;
  }

  public String getResults() {
    return results;
  }

  public void setResults(String results) {
    this.results = results;
  }

  public String getDeviationsFromPlan() {
    return deviationsFromPlan;
  }

  public void setDeviationsFromPlan(String deviationsFromPlan) {
    this.deviationsFromPlan = deviationsFromPlan;
  }

  public String getDeviationsFromFinancePlan() {
    return deviationsFromFinancePlan;
  }

  public void setDeviationsFromFinancePlan(String deviationsFromFinancePlan) {
    this.deviationsFromFinancePlan = deviationsFromFinancePlan;
  }
}
