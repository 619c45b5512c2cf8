package de.smartcity.portfolio.reports.dashboard;

import de.smartcity.portfolio.reports.Report;
import de.smartcity.portfolio.reports.ReportFileNames;
import de.smartcity.portfolio.reports.ReportFormat;
import de.smartcity.portfolio.reports.common.Amounts;
import de.smartcity.portfolio.reports.common.Health;
import de.smartcity.portfolio.reports.common.Issuer;
import de.smartcity.portfolio.reports.common.ProjectStatus;
import de.smartcity.portfolio.reports.text.ReportTexts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The council's dashboard as a handout: the same figures as the page, as of one day.
 *
 * @param byStatus projects per life-cycle status
 * @param byHealth projects per health
 * @param planned the programme's planned costs
 * @param spent the sum of its receipts
 * @param remaining planned less spent
 * @param overdueMilestones open milestones past their due date
 * @param projectsWithOverdueMilestones projects that have one
 * @param milestones overdue and upcoming milestones, in the order to print
 */
public record DashboardReport(
    Issuer issuer,
    LocalDate asOf,
    Map<ProjectStatus, Long> byStatus,
    Map<Health, Long> byHealth,
    BigDecimal planned,
    BigDecimal spent,
    BigDecimal remaining,
    List<GrantLine> grants,
    long overdueMilestones,
    long projectsWithOverdueMilestones,
    List<Slice> byTheme,
    List<Slice> byOrganisation,
    List<Slice> byYear,
    List<HealthQuarter> healthByQuarter,
    List<FundsQuarter> calledAndSpent,
    List<MilestoneDue> milestones)
    implements Report {

  public DashboardReport {
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(asOf, "asOf");
    byStatus = copy(byStatus, ProjectStatus.class);
    byHealth = copy(byHealth, Health.class);
    planned = Amounts.requireCents(planned, "planned");
    spent = Amounts.requireCents(spent, "spent");
    remaining = Amounts.requireCents(remaining, "remaining");
    Amounts.requireEqual(remaining, planned.subtract(spent), "The remaining budget");
    grants = List.copyOf(grants);
    byTheme = List.copyOf(byTheme);
    byOrganisation = List.copyOf(byOrganisation);
    byYear = List.copyOf(byYear);
    healthByQuarter = List.copyOf(healthByQuarter);
    calledAndSpent = List.copyOf(calledAndSpent);
    milestones = List.copyOf(milestones);
  }

  private static <E extends Enum<E>> Map<E, Long> copy(Map<E, Long> counts, Class<E> type) {
    Map<E, Long> all = new EnumMap<>(type);
    for (E value : type.getEnumConstants()) {
      all.put(value, counts.getOrDefault(value, 0L));
    }
    return java.util.Collections.unmodifiableMap(all);
  }

  /** E.g. {@code Dashboard_2026-11-23.pdf}. */
  public String fileName(Locale locale, ReportFormat format) {
    return ReportFileNames.of(
        ReportTexts.of(locale).get("dashboard.file"), List.of(), asOf, format);
  }

  @Override
  public String title(ReportTexts texts) {
    return texts.get("dashboard.title");
  }

  /** Who issues it, the federal programme it belongs to and the day its figures speak for. */
  String subtitle(ReportTexts texts) {
    return texts.format("dashboard.subtitle", issuer.name(), texts.date(asOf));
  }

  /** The years that have a plan or an actual: a year without either would print as a zero row. */
  List<Slice> yearsWithFigures() {
    return byYear.stream()
        .filter(year -> year.planned().signum() != 0 || year.actual().signum() != 0)
        .toList();
  }

  /** Plan against actual of a theme, an organisation or a year. */
  public record Slice(String label, BigDecimal planned, BigDecimal actual) {

    public Slice {
      Objects.requireNonNull(label, "label");
      planned = Amounts.requireCents(planned, "planned");
      actual = Amounts.requireCents(actual, "actual");
    }
  }

  /**
   * One grant's figures.
   *
   * @param spent the grant's share of the eligible costs spent
   * @param daysToProofOfUse negative once the deadline has passed
   */
  public record GrantLine(
      String reference,
      String component,
      BigDecimal approved,
      BigDecimal called,
      BigDecimal spent,
      BigDecimal unspentCalled,
      LocalDate proofOfUseDue,
      long daysToProofOfUse) {}

  /** Status reports of a quarter by the health they reported, e.g. label {@code Q2/2025}. */
  public record HealthQuarter(String label, long green, long amber, long red) {}

  /** Grant money called and spent in a quarter. */
  public record FundsQuarter(String label, BigDecimal called, BigDecimal spent) {}

  /** An open milestone, overdue or due soon, with the project it belongs to. */
  public record MilestoneDue(
      LocalDate dueDate, boolean overdue, String projectCode, String projectTitle, String title) {}
}
