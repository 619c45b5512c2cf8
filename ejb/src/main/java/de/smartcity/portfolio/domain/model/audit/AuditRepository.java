package de.smartcity.portfolio.domain.model.audit;

import java.util.List;

/** Where the audit trail is read; it is written by the persistence layer itself. */
public interface AuditRepository {

  /** The trail of a project and everything that belongs to it, newest first. */
  List<AuditEntry> findByProject(long projectId, int maxResults);

  /** The trail of one record, newest first. */
  List<AuditEntry> findByRecord(String recordType, long recordId);
}
