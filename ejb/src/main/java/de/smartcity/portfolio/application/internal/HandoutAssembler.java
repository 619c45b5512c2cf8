package de.smartcity.portfolio.application.internal;

import de.smartcity.portfolio.domain.model.dashboard.Dashboard;
import de.smartcity.portfolio.domain.model.dashboard.Dashboard.Count;
import de.smartcity.portfolio.domain.model.dashboard.Dashboard.MilestoneLine;
import de.smartcity.portfolio.domain.model.dashboard.Dashboard.PlanActual;
import de.smartcity.portfolio.domain.model.project.ProjectStatus;
import de.smartcity.portfolio.reports.common.Health;
import de.smartcity.portfolio.reports.common.Issuer;
import de.smartcity.portfolio.reports.dashboard.DashboardReport;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Copies the dashboard's figures into the handout's report record; it computes nothing. */
final class HandoutAssembler {

  private final Dashboard dashboard;
  private final List<MilestoneLine> milestones;

  HandoutAssembler(Dashboard dashboard, List<MilestoneLine> milestones) {
    this.dashboard = dashboard;
    this.milestones = milestones;
  }

  DashboardReport assemble(Issuer issuer) {
    return new DashboardReport(
        issuer,
        dashboard.asOf(),
        statuses(),
        healths(),
        dashboard.programme().planned().amount(),
        dashboard.programme().actual().amount(),
        dashboard.programme().remaining().amount(),
        dashboard.grants().stream()
            .map(
                g ->
                    new DashboardReport.GrantLine(
                        g.reference(),
                        g.component().name(),
                        g.approved().amount(),
                        g.called().amount(),
                        g.spent().amount(),
                        g.unspentCalled().amount(),
                        g.proofOfUseDue(),
                        g.daysToProofOfUse()))
            .toList(),
        dashboard.overdueMilestones(),
        dashboard.projectsWithOverdueMilestones(),
        slices(dashboard.byTheme()),
        slices(dashboard.byOrganisation()),
        slices(dashboard.byYear()),
        dashboard.healthByQuarter().stream()
            .map(
                q ->
                    new DashboardReport.HealthQuarter(
                        q.quarter().toString(), q.green(), q.amber(), q.red()))
            .toList(),
        dashboard.calledAndSpent().stream()
            .map(
                q ->
                    new DashboardReport.FundsQuarter(
                        q.quarter().toString(), q.called().amount(), q.spent().amount()))
            .toList(),
        milestones.stream()
            .map(
                m ->
                    new DashboardReport.MilestoneDue(
                        m.dueDate(), m.overdue(), m.projectCode(), m.projectTitle(), m.title()))
            .toList());
  }

  private Map<de.smartcity.portfolio.reports.common.ProjectStatus, Long> statuses() {
    Map<de.smartcity.portfolio.reports.common.ProjectStatus, Long> counts =
        new EnumMap<>(de.smartcity.portfolio.reports.common.ProjectStatus.class);
    for (Count count : dashboard.byStatus()) {
      counts.put(ReportEnums.status(ProjectStatus.valueOf(count.key())), count.count());
    }
    return counts;
  }

  private Map<Health, Long> healths() {
    Map<Health, Long> counts = new EnumMap<>(Health.class);
    for (Count count : dashboard.byHealth()) {
      counts.put(
          ReportEnums.health(
              de.smartcity.portfolio.domain.model.project.Health.valueOf(count.key())),
          count.count());
    }
    return counts;
  }

  private static List<DashboardReport.Slice> slices(List<PlanActual> slices) {
    return slices.stream()
        .map(s -> new DashboardReport.Slice(s.label(), s.planned().amount(), s.actual().amount()))
        .toList();
  }
}
