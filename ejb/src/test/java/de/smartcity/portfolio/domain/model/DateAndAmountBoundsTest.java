package de.smartcity.portfolio.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.smartcity.portfolio.domain.model.budget.CostCategory;
import de.smartcity.portfolio.domain.model.budget.CostPlanLine;
import de.smartcity.portfolio.domain.model.budget.Receipt;
import de.smartcity.portfolio.domain.model.funding.CallPlanEntry;
import de.smartcity.portfolio.domain.model.funding.FundsCall;
import de.smartcity.portfolio.domain.model.funding.Grant;
import de.smartcity.portfolio.domain.model.funding.GrantComponent;
import de.smartcity.portfolio.domain.model.funding.IncomeKind;
import de.smartcity.portfolio.domain.model.funding.IncomeLine;
import de.smartcity.portfolio.domain.model.milestone.Milestone;
import de.smartcity.portfolio.domain.model.organisation.Organisation;
import de.smartcity.portfolio.domain.model.project.Health;
import de.smartcity.portfolio.domain.model.project.Kpi;
import de.smartcity.portfolio.domain.model.project.Project;
import de.smartcity.portfolio.domain.model.project.ProjectStatus;
import de.smartcity.portfolio.domain.model.statusreport.StatusReport;
import de.smartcity.portfolio.domain.model.theme.StrategicTheme;
import de.smartcity.portfolio.domain.shared.BusinessRuleViolation;
import de.smartcity.portfolio.domain.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Every date and amount a user enters is checked against a rule of the domain and refused with a
 * message key, never clamped: the reproductions of issue 16, finding 4.
 */
class DateAndAmountBoundsTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
  private static final LocalDate START = LocalDate.of(2024, 1, 1);
  private static final LocalDate END = LocalDate.of(2027, 12, 31);

  private final CostCategory investments = new CostCategory("INV", "Investitionen", 3);
  private final Project project = project();

  private static Project project() {
    Project project =
        new Project(
            "SEC-01",
            "Grenzen",
            new StrategicTheme("MOB", "Mobilität", 4),
            new Organisation("STADT", "Stadt Bochum", true),
            ProjectStatus.IN_PROGRESS);
    project.schedule(START, END);
    return project;
  }

  private static AbstractThrowableAssert<?, ? extends Throwable> refused(
      ThrowingCallable call, String key, String field) {
    return assertThatThrownBy(call)
        .isInstanceOf(BusinessRuleViolation.class)
        .hasFieldOrPropertyWithValue("messageKey", key)
        .hasFieldOrPropertyWithValue("field", field);
  }

  private StatusReport report(LocalDate date) {
    return new StatusReport(project, date, TODAY, null, Health.GREEN, "p", "n", null);
  }

  @Test
  void shouldRefuseAStatusReportDatedAfterTodayOrBeforeTheProject() {
    refused(() -> report(LocalDate.of(2099, 1, 1)), "statusreport.date.in.future", "reportDate");
    refused(() -> report(TODAY.plusDays(1)), "statusreport.date.in.future", "reportDate");
    refused(() -> report(START.minusDays(1)), "statusreport.date.before.project", "reportDate");
    assertThat(report(TODAY).getReportDate()).isEqualTo(TODAY);
    assertThat(report(START).getReportDate()).isEqualTo(START);
  }

  private void pay(Receipt receipt, String day, String amount, String eligible) {
    receipt.record(
        LocalDate.parse(day),
        "Payee",
        "Zweck",
        null,
        investments,
        Money.of(amount),
        Money.of(eligible),
        TODAY);
  }

  @Test
  void shouldRefuseAPaymentOutsideTheProjectPeriodOrAfterToday() {
    Receipt receipt = new Receipt(project);
    refused(
            () -> pay(receipt, "1900-01-01", "10.00", "10.00"),
            "receipt.date.outside.project",
            "paymentDate")
        .hasFieldOrPropertyWithValue("arguments", List.of(LocalDate.of(1900, 1, 1), START, END));
    refused(
        () -> pay(receipt, "2099-01-01", "10.00", "10.00"),
        "receipt.date.in.future",
        "paymentDate");
    refused(
        () -> pay(receipt, "2026-12-04", "10.00", "10.00"),
        "receipt.date.in.future",
        "paymentDate");
    pay(receipt, "2026-12-03", "10.00", "10.00");
    assertThat(receipt.getPaymentDate()).isEqualTo(TODAY);
  }

  @Test
  void shouldRefuseAPaymentOutsideTheGrantsFundingPeriodNamingThePeriod() {
    Grant grant = new Grant("MPSC", "436", GrantComponent.B, "SEC-G1", START);
    grant.approve(Money.of("1000.00"), BigDecimal.valueOf(65), Money.of("650.00"));
    grant.fundingPeriod(LocalDate.of(2024, 3, 1), LocalDate.of(2025, 12, 31));
    project.fundBy(grant);
    Receipt receipt = new Receipt(project);

    refused(
            () -> pay(receipt, "2024-02-29", "10.00", "10.00"),
            "receipt.date.outside.grant",
            "paymentDate")
        .hasFieldOrPropertyWithValue(
            "arguments",
            List.of(
                LocalDate.of(2024, 2, 29),
                LocalDate.of(2024, 3, 1),
                LocalDate.of(2025, 12, 31),
                "SEC-G1"));
    refused(
        () -> pay(receipt, "2026-01-01", "10.00", "10.00"),
        "receipt.date.outside.grant",
        "paymentDate");
    grant.extendUntil(LocalDate.of(2026, 6, 30));
    assertThatCode(() -> pay(receipt, "2026-01-01", "10.00", "10.00")).doesNotThrowAnyException();
  }

  @Test
  void shouldRefuseAmountsBelowZeroOrAboveThirteenDigits() {
    Receipt receipt = new Receipt(project);
    refused(
        () -> pay(receipt, "2025-01-01", "100000000000.00", "0.00"), "money.too.large", "amount");
    assertThatCode(() -> pay(receipt, "2025-01-01", "99999999999.99", "99999999999.99"))
        .doesNotThrowAnyException();
    refused(
        () -> pay(receipt, "2025-01-01", "10.00", "-0.01"),
        "receipt.eligible.above.amount",
        "eligibleAmount");

    CostPlanLine line = new CostPlanLine(project, 2025, investments);
    line.plan(Money.of("17970.99"), Money.of("17970.99"));
    refused(() -> line.plan(Money.of("-1"), Money.ZERO), "money.negative", "planned");
    refused(
        () -> line.plan(Money.of("10.00"), Money.of("-1")), "money.negative", "plannedEligible");
    refused(() -> line.plan(Money.of("100000000000.00"), Money.ZERO), "money.too.large", "planned");
    assertThat(line.getPlanned()).isEqualTo(Money.of("17970.99"));

    refused(
        () -> new IncomeLine(IncomeKind.OWN_SHARE, Money.of("-1"), null),
        "money.negative",
        "planned");
    refused(() -> new CallPlanEntry(2025, Money.of("100000000000")), "money.too.large", "amount");
  }

  @Test
  void shouldRefuseACostPlanYearOutsideTheProjectInsteadOfClampingIt() {
    refused(
            () -> new CostPlanLine(project, 1999, investments),
            "costplan.year.outside.project",
            "planYear")
        .hasFieldOrPropertyWithValue("arguments", List.of("1999", START, END));
    refused(
        () -> new CostPlanLine(project, 2101, investments),
        "costplan.year.outside.project",
        "planYear");
    refused(
        () -> new CostPlanLine(project, 2023, investments),
        "costplan.year.outside.project",
        "planYear");
    assertThat(new CostPlanLine(project, 2027, investments).getYear()).isEqualTo(2027);
  }

  @Test
  void shouldKeepAProjectWithoutPeriodWithinTheHorizon() {
    project.schedule(null, null);
    refused(
        () -> new CostPlanLine(project, 2100, investments),
        "costplan.year.outside.project",
        "planYear");
    refused(
        () -> project.schedule(LocalDate.of(224, 1, 1), null),
        "project.date.beyond.horizon",
        "startDate");
    refused(
        () -> project.schedule(START, LocalDate.of(20026, 1, 1)),
        "project.date.beyond.horizon",
        "endDate");
  }

  @Test
  void shouldRefuseMilestonesDueOutsideTheProjectOrCompletedBeforeItOrInTheFuture() {
    refused(
        () -> new Milestone(project, "Abnahme", END.plusDays(1)),
        "milestone.due.outside.project",
        "dueDate");
    Milestone milestone = new Milestone(project, "Abnahme", LocalDate.of(2025, 6, 30));
    refused(
        () -> milestone.reschedule("Abnahme", START.minusDays(1)),
        "milestone.due.outside.project",
        "dueDate");
    refused(
        () -> milestone.complete(TODAY.plusDays(1), TODAY),
        "milestone.completed.in.future",
        "completedOn");
    refused(
        () -> milestone.complete(START.minusDays(1), TODAY),
        "milestone.completed.before.project",
        "completedOn");
    assertThat(milestone.getCompletedOn()).isNull();
  }

  @Test
  void shouldRefuseAMeasurementDatedAfterToday() {
    project.replaceKpis(List.of(Kpi.of("Nutzungen", new java.math.BigDecimal("100"))));
    refused(
        () ->
            project.measure(
                1,
                TODAY.plusDays(1),
                new java.math.BigDecimal("80"),
                null,
                TODAY,
                java.time.Instant.EPOCH,
                "pm"),
        "kpi.measured.in.future",
        "measuredOn");
  }

  @Test
  void shouldRefuseCallsAndPaymentsDatedAfterToday() {
    Grant grant = new Grant("MPSC", "436", GrantComponent.B, "SEC-G2", START);
    refused(
        () -> new FundsCall(grant, TODAY.plusDays(1), Money.of("10.00"), TODAY),
        "call.date.in.future",
        "callDate");
    FundsCall call = new FundsCall(grant, TODAY, Money.of("10.00"), TODAY);
    refused(
        () -> call.receive(Money.of("10.00"), TODAY.plusDays(1), TODAY),
        "call.received.in.future",
        "receivedOn");
  }
}
