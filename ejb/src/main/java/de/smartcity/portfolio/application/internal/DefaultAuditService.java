package de.smartcity.portfolio.application.internal;

import de.smartcity.portfolio.application.AuditLine;
import de.smartcity.portfolio.application.AuditService;
import de.smartcity.portfolio.domain.model.audit.AuditEntry;
import de.smartcity.portfolio.domain.model.audit.AuditRepository;
import de.smartcity.portfolio.domain.model.organisation.Person;
import de.smartcity.portfolio.domain.model.user.Role;
import de.smartcity.portfolio.domain.model.user.UserRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@Stateless
@RolesAllowed({Role.PROJECT_MANAGER_NAME, Role.FINANCE_NAME, Role.COUNCIL_NAME, Role.ADMIN_NAME})
public class DefaultAuditService implements AuditService {

  @Inject private AuditRepository audit;
  @Inject private Caller caller;
  @Inject private UserRepository users;

  @Override
  public List<AuditLine> projectHistory(long projectId, int maxEntries) {
    return readable(audit.findByProject(projectId, maxEntries));
  }

  @Override
  public List<AuditLine> recordHistory(String recordType, long recordId) {
    return readable(audit.findByRecord(recordType, recordId));
  }

  /** Council members see names and dates only; everyone else sees the whole line. */
  private List<AuditLine> readable(List<AuditEntry> entries) {
    boolean detailed =
        caller.isInRole(Role.PROJECT_MANAGER)
            || caller.isInRole(Role.FINANCE)
            || caller.isInRole(Role.ADMIN);
    Map<String, String> names = new HashMap<>();
    return entries.stream()
        .map(
            e ->
                new AuditLine(
                    e.getOccurredAt(),
                    e.getUsername(),
                    e.getAction().name(),
                    e.getRecordType(),
                    e.getRecordLabel(),
                    detailed ? e.getField() : null,
                    detailed ? e.getOldValue() : null,
                    detailed ? e.getNewValue() : null,
                    names.computeIfAbsent(e.getUsername(), this::nameOf)))
        .toList();
  }

  /** A user as people know them; the system's own users ("demo-data") have no account. */
  private String nameOf(String username) {
    return users
        .findByUsername(username)
        .map(account -> account.getPerson().map(Person::getName).orElse(account.getDisplayName()))
        .orElse(username);
  }
}
