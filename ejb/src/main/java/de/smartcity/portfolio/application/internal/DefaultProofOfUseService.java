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
import de.smartcity.portfolio.infrastructure.persistence.jpa.ParameterValidation;
import de.smartcity.portfolio.infrastructure.persistence.jpa.PersistenceConflicts;
import de.smartcity.portfolio.reports.ReportFormat;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;

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
    return budgetYears(references.grant(grantId));
  }

  /** The years of the funding period up to this one: a year still ahead has nothing to prove. */
  private List<Integer> budgetYears(Grant grant) {
    int thisYear = LocalDate.now(clock).getYear();
    return IntStream.rangeClosed(
            grant.getFundingStart().getYear(),
            Math.min(grant.effectiveFundingEnd().getYear(), thisYear))
        .boxed()
        .toList();
  }

  /** Refuses an interim proof for a year outside {@link #budgetYears(Grant)}. */
  private void requireProvable(Grant grant, ProofPeriod period) {
    if (period.year().isPresent() && !budgetYears(grant).contains(period.budgetYear())) {
      throw new BusinessRuleViolation(
          "proofofuse.year.outside", null, period.budgetYear(), grant.getReference());
    }
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
    ProofOfUseFiles.Generated generated = files.generate(grantId, period);
    Download xlsx = files.file(generated.report(), ReportFormat.XLSX, locale);
    Download pdf = files.file(generated.report(), ReportFormat.PDF, locale);
    ProofSubmission submission =
        new ProofSubmission(
            grant,
            period,
            clock.instant(),
            caller.account().map(UserAccount::getDisplayName).orElse(caller.name()),
            generated.figures(),
            generated.report().receipts().receipts().size(),
            new ProofSubmission.File(xlsx.fileName(), xlsx.content()),
            new ProofSubmission.File(pdf.fileName(), pdf.content()));
    proofs.store(submission);
    return submission;
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
