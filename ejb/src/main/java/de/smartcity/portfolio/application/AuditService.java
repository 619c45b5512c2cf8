package de.smartcity.portfolio.application;

import java.util.List;

/** Reads the audit trail. */
public interface AuditService {

  /** The most recent changes to a project and everything belonging to it, newest first. */
  List<AuditLine> projectHistory(long projectId, int maxEntries);

  /** Every change to one record, newest first. */
  List<AuditLine> recordHistory(String recordType, long recordId);
}
