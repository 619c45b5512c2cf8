package de.smartcity.portfolio.application;

import de.smartcity.portfolio.domain.model.proofofuse.ProofNarrative;
import de.smartcity.portfolio.domain.model.proofofuse.ProofOfUseRepository.LateChanges;
import de.smartcity.portfolio.domain.model.proofofuse.ProofPeriod;
import de.smartcity.portfolio.domain.model.proofofuse.ProofSubmission;
import de.smartcity.portfolio.reports.ReportFormat;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The parts of a proof of use that finance writes and decides: the narrative (Sachbericht) per
 * grant and period, and the submission that freezes the proof's files. The files themselves come
 * from {@link ReportService}. Everybody may read; finance and administrators change.
 */
public interface ProofOfUseService {

  /**
   * The budget years an interim proof can be made for: those of the funding period up to the
   * current one. Saving or submitting an interim proof for any other year is refused.
   */
  List<Integer> budgetYears(long grantId);

  Optional<ProofNarrative> narrative(long grantId, @NotNull ProofPeriod period);

  /**
   * Stores the narrative of the period, creating it when {@code version} is null; refused when
   * someone saved it since the user read {@code version}, or when the period was already submitted.
   */
  ProofNarrative saveNarrative(
      long grantId,
      @NotNull ProofPeriod period,
      Long version,
      @NotNull @Valid NarrativeInput input);

  /**
   * Marks the proof of the period as submitted: generates workbook and PDF in the given language,
   * stores them with their SHA-256 checksums, the figures they state, the time and the user.
   * Refused when the period was submitted before or has no narrative yet.
   */
  ProofSubmission submit(long grantId, @NotNull ProofPeriod period, @NotNull Locale locale);

  /** The grant's submitted proofs in force (no superseded version), final first, then by year. */
  List<ProofSubmission> submissions(long grantId);

  /**
   * Supersedes the period's submitted proof by a correction: generates workbook and PDF anew from
   * today's receipts and payouts, stores them as the next version with their own checksums, and
   * marks the earlier version as superseded by it, with the time, the user and the reason. Refused
   * when the period has not been submitted or no reason is given.
   */
  ProofSubmission supersede(
      long grantId, @NotNull ProofPeriod period, String reason, @NotNull Locale locale);

  /** Every submitted version of the period's proof, the latest first; superseded ones included. */
  List<ProofSubmission> versions(long grantId, @NotNull ProofPeriod period);

  /** One stored file of a submitted version, byte for byte as it was submitted. */
  Download submittedFile(long submissionId, @NotNull ReportFormat format);

  /** Submitted proofs of the grant whose receipts changed after submission. */
  List<LateChanges> lateChanges(long grantId);
}
