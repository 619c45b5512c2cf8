package de.smartcity.portfolio.domain.model.proofofuse;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where narratives, submitted proofs and late changes to their receipts are kept. */
public interface ProofOfUseRepository {

  Optional<ProofNarrative> findNarrative(long grantId, ProofPeriod period);

  void store(ProofNarrative narrative);

  /** The period's submitted proof in force: its latest version, none superseded. */
  Optional<ProofSubmission> findSubmission(long grantId, ProofPeriod period);

  /** The grant's submitted proofs in force (superseded versions left out), by period. */
  List<ProofSubmission> findSubmissions(long grantId);

  /** Every submitted version of the period's proof, the latest first. */
  List<ProofSubmission> findVersions(long grantId, ProofPeriod period);

  Optional<ProofSubmission> findSubmissionById(long submissionId);

  void store(ProofSubmission submission);

  void store(LateReceiptChange change);

  /**
   * How many receipts of each submitted proof of the grant changed after it was submitted, and when
   * last; proofs without such changes are left out.
   */
  List<LateChanges> lateChanges(long grantId);

  /**
   * The late changes of one submitted proof, summed.
   *
   * @param submissionId the submitted proof
   * @param period its period
   * @param submittedAt when it was submitted
   * @param count how many receipt changes came after
   * @param lastChangedAt the latest of them
   */
  record LateChanges(
      long submissionId,
      ProofPeriod period,
      Instant submittedAt,
      long count,
      Instant lastChangedAt) {}

  Optional<ProofSubmission> findSubmission(long id);

  /** Submissions no second finance user has confirmed yet (four eyes), oldest first. */
  List<ProofSubmission> findUnconfirmedSubmissions(Long grantId);
}
