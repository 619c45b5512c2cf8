package de.smartcity.portfolio.infrastructure.demo;

import de.smartcity.portfolio.domain.model.funding.GrantComponent;
import de.smartcity.portfolio.domain.model.project.Health;
import de.smartcity.portfolio.domain.model.project.ProjectStatus;
import de.smartcity.portfolio.domain.shared.Money;
import java.time.LocalDate;
import java.util.List;

/**
 * The plain records the portfolio generator produces; writers turn them into stored records. Master
 * data is named by codes, people by e-mail address, grants by component.
 */
final class GeneratedData {

  private GeneratedData() {}

  record Person(String name, String email, String organisation) {}

  record Grant(
      GrantComponent component,
      String reference,
      LocalDate commitmentDate,
      Money eligibleCosts,
      Money grant,
      LocalDate fundingStart,
      LocalDate fundingEnd,
      LocalDate extendedUntil) {}

  /** A key figure with its measurements, oldest first. */
  record Kpi(
      String measure,
      String rationale,
      String unit,
      java.math.BigDecimal baseline,
      java.math.BigDecimal target,
      de.smartcity.portfolio.domain.model.project.KpiDirection direction,
      List<Measurement> measurements) {}

  record Measurement(LocalDate on, java.math.BigDecimal value) {}

  record Milestone(String title, LocalDate due, LocalDate completedOn) {}

  record StatusReport(
      LocalDate date,
      String authorEmail,
      Health health,
      String reason,
      String progress,
      String nextSteps,
      String risks) {}

  record PlanLine(int year, String category, Money planned, Money eligible) {}

  record Receipt(
      LocalDate paymentDate,
      String payee,
      String purpose,
      String reference,
      String category,
      Money amount,
      Money eligible) {}

  record Project(
      String code,
      String title,
      String summary,
      String theme,
      String field,
      String lead,
      List<String> partners,
      String managerEmail,
      List<String> deputyEmails,
      ProjectStatus status,
      Health health,
      String healthReason,
      LocalDate start,
      LocalDate end,
      GrantComponent grant,
      List<Kpi> kpis,
      List<Milestone> milestones,
      List<StatusReport> reports,
      List<PlanLine> plan,
      List<Receipt> receipts) {}

  /**
   * A call for funds and its payout.
   *
   * @param paidOn when the money arrived; meaningless while nothing was received
   * @param reference the call's reference
   */
  record Call(
      GrantComponent grant,
      LocalDate date,
      Money requested,
      Money received,
      LocalDate paidOn,
      String reference) {}
}
