package de.smartcity.portfolio.application.internal;

import de.smartcity.portfolio.application.AuditService;
import de.smartcity.portfolio.domain.model.audit.AuditEntry;
import de.smartcity.portfolio.domain.model.audit.AuditRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

@Stateless
public class DefaultAuditService implements AuditService {

  @Inject private AuditRepository audit;

  @Override
  public List<AuditEntry> projectHistory(long projectId, int maxEntries) {
    return audit.findByProject(projectId, maxEntries);
  }

  @Override
  public List<AuditEntry> recordHistory(String recordType, long recordId) {
    return audit.findByRecord(recordType, recordId);
  }
}
