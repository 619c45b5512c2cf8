package de.smartcity.portfolio.application.internal;

import de.smartcity.portfolio.application.Download;
import de.smartcity.portfolio.application.NarrativeInput;
import de.smartcity.portfolio.application.ProofOfUseService;
import de.smartcity.portfolio.domain.model.funding.Grant;
import de.smartcity.portfolio.domain.model.proofofuse.ProofNarrative;
import de.smartcity.portfolio.domain.model.proofofuse.ProofOfUseRepository;
import de.smartcity.portfolio.domain.model.proofofuse.ProofOfUseRepository.LateChanges;
import de.smartcity.portfolio.domain.model.proofofuse.ProofPeriod;
import de.smartcity.portfolio.domain.model.proofofuse.ProofSubmission;
import de.smartcity.portfolio.domain.model.user.Role;
import de.smartcity.portfolio.domain.model.user.UserAccount;
import de.smartcity.portfolio.domain.shared.BusinessRuleViolation;
import de.smartcity.portfolio.domain.shared.Money;
import de.smartcity.portfolio.reports.ReportFormat;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

@Stateless
@RolesAllowed({Role.PROJECT_MANAGER_NAME, Role.FINANCE_NAME, Role.COUNCIL_NAME, Role.ADMIN_NAME})
@Interceptors({ParameterValidation.class, PersistenceConflicts.class})
public class DefaultProofOfUseService implements ProofOfUseService {

  @Inject private ProofOfUseRepository proofs;
  @Inject private References references;
  @Inject private ProofOfUseFiles files;
  @Inject private Caller caller;
  @Inject private Clock clock;

  @Override
  public List<Integer> budgetYears(long grantId) {
    return files.budgetYears(references.grant(grantId));
  }

  private void requireProvable(Grant grant, ProofPeriod period) {
    files.requireProvable(grant, period);
  }

  @Override
  public Optional<ProofNarrative> narrative(long grantId, ProofPeriod period) {
    return proofs.findNarrative(grantId, period);
  }

  @Override
  @RolesAllowed({Role.FINANCE_NAME, Role.ADMIN_NAME})
  public ProofNarrative saveNarrative(
      long grantId, ProofPeriod period, Long version, NarrativeInput input) {
    Grant grant = references.grant(grantId);
    requireProvable(grant, period);
    if (proofs.findSubmission(grantId, period).isPresent()) {
      throw new BusinessRuleViolation("proofofuse.already.submitted", null, grant.getReference());
    }
    Optional<ProofNarrative> stored = proofs.findNarrative(grantId, period);
    ProofNarrative narrative;
    if (version == null) {
      if (stored.isPresent()) {
        // Someone else created it while this user was writing.
        throw new BusinessRuleViolation("record.modified.concurrently", null, grant.getReference());
      }
      narrative = new ProofNarrative(grant, period);
    } else {
      narrative = References.current(stored, grantId, version);
    }
    narrative.write(
        blankAsNull(input.start()),
        blankAsNull(input.duration()),
        blankAsNull(input.completion()),
        blankAsNull(input.fundedStaff()),
        blankAsNull(input.results()),
        blankAsNull(input.deviationsFromPlan()),
        blankAsNull(input.deviationsFromFinancePlan()));
    if (version == null) {
      // Stored once written, because the entity's own constraints are checked on persist.
      proofs.store(narrative);
    }
    return narrative;
  }

  private static String blankAsNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  @Override
  @RolesAllowed({Role.FINANCE_NAME, Role.ADMIN_NAME})
  public ProofSubmission submit(long grantId, ProofPeriod period, Locale locale) {
    Grant grant = references.grant(grantId);
    requireProvable(grant, period);
    if (proofs.findSubmission(grantId, period).isPresent()) {
      throw new BusinessRuleViolation("proofofuse.already.submitted", null, grant.getReference());
    }
    if (proofs.findNarrative(grantId, period).isEmpty()) {
      throw new BusinessRuleViolation("proofofuse.narrative.missing", null, grant.getReference());
    }
    ProofSubmission submission = frozen(grant, period, locale, 1);
    proofs.store(submission);
    return submission;
  }

  /** The period's proof generated now, with its files and figures, as the given version. */
  private ProofSubmission frozen(Grant grant, ProofPeriod period, Locale locale, int version) {
    ProofOfUseFiles.Generated generated = files.generate(grant.getId(), period);
    Download xlsx = files.file(generated.report(), ReportFormat.XLSX, locale);
    Download pdf = files.file(generated.report(), ReportFormat.PDF, locale);
    return new ProofSubmission(
        grant,
        period,
        clock.instant(),
        callerName(),
        generated.figures(),
        generated.report().receipts().receipts().size(),
        new ProofSubmission.File(versioned(xlsx.fileName(), version), xlsx.content()),
        new ProofSubmission.File(versioned(pdf.fileName(), version), pdf.content()),
        version,
        Money.of(generated.report().income().settlement().received()));
  }

  private String callerName() {
    return caller.account().map(UserAccount::getDisplayName).orElse(caller.name());
  }

  /** A correction's files say which version they are: {@code …_2025-03-31_v2.pdf}. */
  private static String versioned(String fileName, int version) {
    if (version == 1) {
      return fileName;
    }
    int dot = fileName.lastIndexOf('.');
    return fileName.substring(0, dot) + "_v" + version + fileName.substring(dot);
  }

  @Override
  @RolesAllowed({Role.FINANCE_NAME, Role.ADMIN_NAME})
  public ProofSubmission supersede(long grantId, ProofPeriod period, String reason, Locale locale) {
    Grant grant = references.grant(grantId);
    requireProvable(grant, period);
    ProofSubmission current =
        proofs
            .findSubmission(grantId, period)
            .orElseThrow(
                () ->
                    new BusinessRuleViolation(
                        "proofofuse.not.submitted", null, grant.getReference()));
    ProofSubmission correction = frozen(grant, period, locale, current.getProofVersion() + 1);
    current.supersede(
        correction.getProofVersion(), correction.getSubmittedAt(), callerName(), reason);
    proofs.store(correction);
    return correction;
  }

  @Override
  public List<ProofSubmission> versions(long grantId, ProofPeriod period) {
    return proofs.findVersions(grantId, period);
  }

  @Override
  @RolesAllowed({Role.FINANCE_NAME, Role.ADMIN_NAME})
  public Download submittedFile(long submissionId, ReportFormat format) {
    return ProofOfUseFiles.stored(
        proofs
            .findSubmissionById(submissionId)
            .orElseThrow(() -> new BusinessRuleViolation("record.not.found", null, submissionId)),
        format);
  }

  @Override
  public List<ProofSubmission> submissions(long grantId) {
    return proofs.findSubmissions(grantId);
  }

  @Override
  public List<LateChanges> lateChanges(long grantId) {
    return proofs.lateChanges(grantId);
  }
}
