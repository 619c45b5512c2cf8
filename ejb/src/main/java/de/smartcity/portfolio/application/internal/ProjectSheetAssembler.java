package de.smartcity.portfolio.application.internal;

import de.smartcity.portfolio.domain.model.budget.BudgetMatrix;
import de.smartcity.portfolio.domain.model.funding.Grant;
import de.smartcity.portfolio.domain.model.milestone.Milestone;
import de.smartcity.portfolio.domain.model.organisation.Organisation;
import de.smartcity.portfolio.domain.model.organisation.Person;
import de.smartcity.portfolio.domain.model.project.Kpi;
import de.smartcity.portfolio.domain.model.project.KpiDirection;
import de.smartcity.portfolio.domain.model.project.KpiMeasurement;
import de.smartcity.portfolio.domain.model.project.KpiStanding;
import de.smartcity.portfolio.domain.model.project.Project;
import de.smartcity.portfolio.domain.model.statusreport.StatusReport;
import de.smartcity.portfolio.domain.shared.CodedMasterData;
import de.smartcity.portfolio.reports.common.Issuer;
import de.smartcity.portfolio.reports.projectsheet.BudgetFigures;
import de.smartcity.portfolio.reports.projectsheet.Funding;
import de.smartcity.portfolio.reports.projectsheet.KpiLine;
import de.smartcity.portfolio.reports.projectsheet.ProjectFacts;
import de.smartcity.portfolio.reports.projectsheet.ProjectSheetReport;
import de.smartcity.portfolio.reports.projectsheet.StatusReportExcerpt;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Fills a project's one-pager from the domain; the budget comes from the project's matrix. */
final class ProjectSheetAssembler {

  private ProjectSheetAssembler() {}

  /**
   * A key figure's latest measurement against its target, numbers in the reader's language with the
   * unit; the target says which way is better ("≥ 256 Sensoren", "≤ 5 Meldungen").
   */
  static KpiLine kpiLine(KpiStanding standing, Locale locale) {
    Kpi kpi = standing.kpi();
    String unit = kpi.getUnit() == null ? "" : " " + kpi.getUnit();
    String target =
        kpi.getTarget() == null
            ? kpi.getTargetNote()
            : (kpi.getDirection() == KpiDirection.HIGHER ? "≥ " : "≤ ")
                + number(kpi.getTarget(), locale)
                + unit;
    BigDecimal value = standing.latestValue();
    return new KpiLine(
        kpi.getMeasure(),
        target,
        value == null ? null : number(value, locale) + unit,
        standing.latest().map(KpiMeasurement::getMeasuredOn).orElse(null),
        standing.attainedPercent().orElse(null));
  }

  private static String number(BigDecimal value, Locale locale) {
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMaximumFractionDigits(Kpi.FRACTION_DIGITS);
    return format.format(value);
  }

  static ProjectSheetReport assemble(
      Project project,
      List<Milestone> milestones,
      BudgetMatrix budget,
      StatusReport latest,
      List<KpiStanding> kpis,
      Issuer issuer,
      LocalDate asOf,
      Locale locale) {
    de.smartcity.portfolio.domain.model.budget.BudgetFigures total = budget.total();
    return new ProjectSheetReport(
        issuer,
        asOf,
        new ProjectFacts(
            project.getCode(),
            project.getTitle(),
            project.getSummary(),
            project.getTheme().getName(),
            project.getFieldOfAction().map(CodedMasterData::getName).orElse(null),
            project.getLeadOrganisation().getName(),
            project.getPartners().stream().map(Organisation::getName).sorted().toList(),
            project.getProjectManager().map(Person::getName).orElse(null),
            project.getDeputies().stream().map(Person::getName).sorted().toList(),
            ReportEnums.status(project.getStatus()),
            ReportEnums.health(project.getHealth()),
            project.getHealthReason(),
            project.getStartDate(),
            project.getEndDate()),
        milestones.stream()
            .map(
                m ->
                    new de.smartcity.portfolio.reports.projectsheet.Milestone(
                        m.getTitle(), m.getDueDate(), m.getCompletedOn()))
            .toList(),
        new BudgetFigures(
            total.planned().amount(),
            total.actual().amount(),
            total.remaining().amount(),
            total.spentPercent()),
        project.getGrant().map(grant -> funding(grant, total)).orElse(null),
        kpis.stream().map(kpi -> kpiLine(kpi, locale)).toList(),
        latest == null
            ? null
            : new StatusReportExcerpt(
                latest.getReportDate(),
                latest.getAuthor() == null ? null : latest.getAuthor().getName(),
                latest.getProgress(),
                latest.getNextSteps(),
                latest.getRisks()));
  }

  private static Funding funding(
      Grant grant, de.smartcity.portfolio.domain.model.budget.BudgetFigures total) {
    return new Funding(
        grant.getProgramme(),
        grant.getReference() + " (" + grant.getComponent().name() + ")",
        grant.getFundingRate(),
        total.plannedEligible().amount(),
        total.actualEligible().amount());
  }
}
