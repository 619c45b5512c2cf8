package de.smartcity.portfolio.application.internal;

import de.smartcity.portfolio.application.NewStatusReport;
import de.smartcity.portfolio.application.StatusReportService;
import de.smartcity.portfolio.domain.model.project.Project;
import de.smartcity.portfolio.domain.model.statusreport.StatusReport;
import de.smartcity.portfolio.domain.model.statusreport.StatusReportRepository;
import de.smartcity.portfolio.domain.model.user.Role;
import de.smartcity.portfolio.domain.model.user.UserAccount;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@Stateless
@RolesAllowed({Role.PROJECT_MANAGER_NAME, Role.FINANCE_NAME, Role.COUNCIL_NAME, Role.ADMIN_NAME})
@Interceptors({ParameterValidation.class, PersistenceConflicts.class, ServiceMethod.class})
public class DefaultStatusReportService implements StatusReportService {

  @Inject private StatusReportRepository reports;
  @Inject private References references;
  @Inject private Caller caller;
  @Inject private ProjectOwnership ownership;
  @Inject private Clock clock;

  @Override
  public List<StatusReport> reports(long projectId) {
    return reports.findByProject(projectId);
  }

  @Override
  public Optional<StatusReport> latestReport(long projectId) {
    return reports.findLatest(projectId);
  }

  @Override
  @RolesAllowed(Role.PROJECT_MANAGER_NAME)
  public StatusReport addReport(long projectId, long projectVersion, NewStatusReport input) {
    Project project = references.project(projectId);
    project.requireVersion(projectVersion);
    ownership.check(project);
    project.assessHealth(input.health(), input.healthReason());
    StatusReport report =
        new StatusReport(
            project,
            input.reportDate(),
            LocalDate.now(clock),
            input.authorEmail() == null
                ? caller.account().flatMap(UserAccount::getPerson).orElse(null)
                : references.personOrNone(input.authorEmail(), "author"),
            input.health(),
            input.progress(),
            input.nextSteps(),
            input.risks());
    reports.store(report);
    return report;
  }
}
