package de.smartcity.portfolio.reports.projectsheet;

import de.smartcity.portfolio.reports.ReportFileNames;
import de.smartcity.portfolio.reports.ReportFormat;
import de.smartcity.portfolio.reports.common.Issuer;
import de.smartcity.portfolio.reports.text.ReportTexts;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A project's one-page profile (Projektsteckbrief).
 *
 * @param asOf the day the profile speaks for; milestones due before it and not reached are overdue
 * @param funding the grant that funds the project; null when none does
 * @param kpis the project's indicators in the order the project page lists them
 * @param latestReport the latest status report; null if there is none yet
 */
public record ProjectSheetReport(
    Issuer issuer,
    LocalDate asOf,
    ProjectFacts project,
    List<Milestone> milestones,
    BudgetFigures budget,
    Funding funding,
    List<KpiLine> kpis,
    StatusReportExcerpt latestReport) {

  public ProjectSheetReport {
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(project, "project");
    milestones = milestones.stream().sorted(Comparator.comparing(Milestone::due)).toList();
    Objects.requireNonNull(budget, "budget");
    kpis = List.copyOf(kpis);
  }

  /** The open milestones past their due date, oldest first. */
  List<Milestone> overdueMilestones() {
    return milestones.stream()
        .filter(m -> m.achievedOn() == null && m.due().isBefore(asOf))
        .toList();
  }

  /** The next open milestones from today on, at most {@code count}. */
  List<Milestone> nextMilestones(int count) {
    return milestones.stream()
        .filter(m -> m.achievedOn() == null && !m.due().isBefore(asOf))
        .limit(count)
        .toList();
  }

  /** E.g. {@code Projektsteckbrief_INF-01_2025-03-31.pdf}. */
  public String fileName(Locale locale) {
    return ReportFileNames.of(
        ReportTexts.of(locale).get("project.file"),
        List.of(project.code()),
        asOf,
        ReportFormat.PDF);
  }
}
