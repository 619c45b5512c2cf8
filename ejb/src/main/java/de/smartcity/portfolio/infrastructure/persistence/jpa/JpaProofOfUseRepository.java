package de.smartcity.portfolio.infrastructure.persistence.jpa;

import de.smartcity.portfolio.domain.model.proofofuse.LateReceiptChange;
import de.smartcity.portfolio.domain.model.proofofuse.ProofNarrative;
import de.smartcity.portfolio.domain.model.proofofuse.ProofOfUseRepository;
import de.smartcity.portfolio.domain.model.proofofuse.ProofPeriod;
import de.smartcity.portfolio.domain.model.proofofuse.ProofSubmission;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

@ApplicationScoped
public class JpaProofOfUseRepository extends JpaRepository implements ProofOfUseRepository {

  @Override
  public Optional<ProofNarrative> findNarrative(long grantId, ProofPeriod period) {
    return first(
        "SELECT n FROM ProofNarrative n WHERE n.grant.id = :grant AND n.period = :period",
        ProofNarrative.class,
        "grant",
        grantId,
        "period",
        period.key());
  }

  @Override
  public void store(ProofNarrative narrative) {
    persist(narrative);
  }

  @Override
  public Optional<ProofSubmission> findSubmission(long grantId, ProofPeriod period) {
    return first(
        "SELECT s FROM ProofSubmission s WHERE s.grant.id = :grant AND s.period = :period"
            + " AND s.supersededAt IS NULL",
        ProofSubmission.class,
        "grant",
        grantId,
        "period",
        period.key());
  }

  @Override
  public List<ProofSubmission> findSubmissions(long grantId) {
    return list(
            "SELECT s FROM ProofSubmission s WHERE s.grant.id = :grant"
                + " AND s.supersededAt IS NULL",
            ProofSubmission.class,
            "grant",
            grantId)
        .stream()
        .sorted(Comparator.comparing(s -> s.getPeriod().year().orElse(0)))
        .toList();
  }

  @Override
  public List<ProofSubmission> findVersions(long grantId, ProofPeriod period) {
    return list(
        "SELECT s FROM ProofSubmission s WHERE s.grant.id = :grant AND s.period = :period"
            + " ORDER BY s.proofVersion DESC",
        ProofSubmission.class,
        "grant",
        grantId,
        "period",
        period.key());
  }

  @Override
  public Optional<ProofSubmission> findSubmissionById(long submissionId) {
    return find(ProofSubmission.class, submissionId);
  }

  @Override
  public void store(ProofSubmission submission) {
    persist(submission);
  }

  @Override
  public void store(LateReceiptChange change) {
    persist(change);
  }

  /** Late changes are few (corrections after a submission), so they are summed here. */
  @Override
  public List<LateChanges> lateChanges(long grantId) {
    Map<ProofSubmission, List<LateReceiptChange>> bySubmission =
        list(
                "SELECT c FROM LateReceiptChange c JOIN FETCH c.submission s"
                    + " WHERE s.grant.id = :grant AND s.supersededAt IS NULL",
                LateReceiptChange.class,
                "grant",
                grantId)
            .stream()
            .collect(Collectors.groupingBy(LateReceiptChange::getSubmission));
    return bySubmission.entrySet().stream()
        .map(
            entry ->
                new LateChanges(
                    entry.getKey().getId(),
                    entry.getKey().getPeriod(),
                    entry.getKey().getSubmittedAt(),
                    entry.getValue().size(),
                    entry.getValue().stream()
                        .map(LateReceiptChange::getChangedAt)
                        .max(Comparator.naturalOrder())
                        .orElseThrow()))
        .sorted(Comparator.comparing(c -> c.period().year().orElse(0)))
        .toList();
  }

  @Override
  public Optional<ProofSubmission> findSubmission(long id) {
    return find(ProofSubmission.class, id);
  }

  @Override
  public List<ProofSubmission> findUnconfirmedSubmissions(Long grantId) {
    return list(
        "SELECT s FROM ProofSubmission s JOIN FETCH s.grant g"
            + " WHERE s.confirmedBy IS NULL AND s.supersededAt IS NULL"
            + (grantId == null ? "" : " AND g.id = :grant")
            + " ORDER BY s.submittedAt, s.id",
        ProofSubmission.class,
        grantId == null ? new Object[0] : new Object[] {"grant", grantId});
  }
}
