package de.smartcity.portfolio.application;

import de.smartcity.portfolio.domain.model.audit.AuditEntry;
import java.util.List;

/** Reads the audit trail. */
public interface AuditService {

  /** The most recent changes to a project and everything belonging to it, newest first. */
  List<AuditEntry> projectHistory(long projectId, int maxEntries);

  /** Every change to one record, newest first. */
  List<AuditEntry> recordHistory(String recordType, long recordId);
}
