package de.smartcity.portfolio.infrastructure.persistence.jpa;

import de.smartcity.portfolio.domain.model.audit.AuditEntry;
import de.smartcity.portfolio.domain.model.audit.AuditRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class JpaAuditRepository extends JpaRepository implements AuditRepository {

  @Override
  public List<AuditEntry> findByProject(long projectId, int maxResults) {
    return query(
            "SELECT a FROM AuditEntry a WHERE a.projectId = :project ORDER BY a.id DESC",
            AuditEntry.class,
            "project",
            projectId)
        .setMaxResults(maxResults)
        .getResultList();
  }

  @Override
  public List<AuditEntry> findByRecord(String recordType, long recordId) {
    return list(
        "SELECT a FROM AuditEntry a WHERE a.recordType = :type AND a.recordId = :id"
            + " ORDER BY a.id DESC",
        AuditEntry.class,
        "type",
        recordType,
        "id",
        recordId);
  }
}
