package de.smartcity.portfolio.it;

import de.smartcity.portfolio.application.BudgetService;
import de.smartcity.portfolio.application.CallInput;
import de.smartcity.portfolio.application.ConfirmationService;
import de.smartcity.portfolio.application.FundingService;
import de.smartcity.portfolio.application.GrantTerms;
import de.smartcity.portfolio.application.ReceiptInput;
import de.smartcity.portfolio.domain.model.budget.Receipt;
import de.smartcity.portfolio.domain.model.funding.FundsCall;
import de.smartcity.portfolio.domain.model.funding.Grant;
import de.smartcity.portfolio.domain.model.funding.GrantComponent;
import de.smartcity.portfolio.domain.model.funding.IncomeKind;
import de.smartcity.portfolio.domain.model.funding.IncomeLine;
import de.smartcity.portfolio.domain.model.project.Project;
import de.smartcity.portfolio.domain.model.user.Role;
import de.smartcity.portfolio.domain.shared.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A grant of its own for each test, with figures small enough to work out by hand (invented):
 *
 * <pre>
 * Grant: eligible costs 20,000.00, rate 65 %, approved 13,000.00, 2024-01-01 to 2025-12-31
 * Finance plan: own share 6,000.00, third parties 1,000.00 (received 500.00), this grant 13,000.00
 * Cost plan: 2024 PERS 6,000.00 (eligible 6,000.00), 2024 INV 4,000.00 (3,500.00),
 *            2025 SACH 10,000.00 (9,000.00)
 * Receipts:  2024-03-10 PERS 1,234.57 (eligible 1,234.57)
 *            2024-06-20 INV  2,000.01 (eligible 1,800.00), payee =HYPERLINK(...)
 *            2025-02-05 SACH   333.33 (eligible   333.33)
 * Calls:     2024-03-01 1,000.00, received 1,000.00 on 2024-03-15
 *            2024-06-01 1,170.00
 * </pre>
 */
@ApplicationScoped
public class FundedScenario {

  public static final String EVIL_PAYEE = "=HYPERLINK(\"http://evil.example\",\"klick\")";

  /** What one test set up: the grant, its project and its two calls. */
  public record Funded(Grant grant, Project project, FundsCall firstCall, FundsCall secondCall) {

    public long grantId() {
      return grant.getId();
    }
  }

  /** A grant of its own and its project, before any plan, receipt or call. */
  public record GrantAndProject(Grant grant, Project project) {}

  @Inject FundingService funding;
  @Inject BudgetService budgets;
  @Inject ConfirmationService confirmations;
  @Inject ProjectScenario scenarios;

  /** A grant of its own and a project of it, with the figures above, as an administrator. */
  public Funded create() throws Exception {
    return As.admin(this::setUp);
  }

  /**
   * A grant of its own (component B, commitment 15 January 2024, eligible costs 20,000.00 at 65 %,
   * approved 13,000.00, funded from 1 January 2024 to {@code grantEnd}) and a project of it running
   * from 1 January 2024 to {@code projectEnd}, without plans, receipts or calls; as whoever the
   * caller runs as, who must be allowed to register grants.
   */
  public GrantAndProject grantWithProject(LocalDate grantEnd, LocalDate projectEnd, String title) {
    Grant grant =
        funding.registerGrant(
            new GrantTerms(
                "Modellprojekte Smart Cities",
                "436",
                GrantComponent.B,
                ProjectScenario.code("GRANT"),
                LocalDate.of(2024, 1, 15),
                new BigDecimal("20000.00"),
                BigDecimal.valueOf(65),
                new BigDecimal("13000.00"),
                LocalDate.of(2024, 1, 1),
                grantEnd,
                null,
                null,
                42));
    Project project =
        scenarios
            .project("FUND")
            .titled(title)
            .running(LocalDate.of(2024, 1, 1), projectEnd)
            .fundedBy(grant.getReference())
            .register();
    return new GrantAndProject(grant, project);
  }

  private Funded setUp() {
    GrantAndProject own =
        grantWithProject(
            LocalDate.of(2025, 12, 31),
            LocalDate.of(2025, 12, 31),
            "Sensorik für den Finanzbericht");
    Project project = own.project();
    Grant grant =
        funding.planIncome(
            own.grant().getId(),
            own.grant().getVersion(),
            List.of(
                new IncomeLine(IncomeKind.OWN_SHARE, Money.of("6000.00"), null),
                new IncomeLine(IncomeKind.THIRD_PARTY, Money.of("1000.00"), Money.of("500.00")),
                new IncomeLine(IncomeKind.THIS_GRANT, Money.of("13000.00"), null)));
    long id = project.getId();
    budgets.planCost(id, 2024, "PERS", new BigDecimal("6000.00"), new BigDecimal("6000.00"));
    budgets.planCost(id, 2024, "INV", new BigDecimal("4000.00"), new BigDecimal("3500.00"));
    budgets.planCost(id, 2025, "SACH", new BigDecimal("10000.00"), new BigDecimal("9000.00"));
    receipt(
        id,
        "2024-03-10",
        "Ruhr Personal GmbH",
        "Projektleitung März",
        "PERS",
        "1234.57",
        "1234.57");
    receipt(id, "2024-06-20", EVIL_PAYEE, "Sensoren und Gateways", "INV", "2000.01", "1800.00");
    receipt(id, "2025-02-05", "Druckerei Bochum", "Plakate", "SACH", "333.33", "333.33");
    FundsCall first = confirmedCall(grant.getId(), LocalDate.of(2024, 3, 1), "1000.00");
    first =
        funding.recordPayment(
            first.getId(),
            first.getVersion(),
            new BigDecimal("1000.00"),
            LocalDate.of(2024, 3, 15));
    FundsCall second = confirmedCall(grant.getId(), LocalDate.of(2024, 6, 1), "1170.00");
    return new Funded(grant, project, first, second);
  }

  /** The second finance user of the tests, who confirms what the scenario's user entered. */
  public static final String CONFIRMER = "it-confirmer";

  /**
   * Records a call for funds as the caller (with a reason, as the amount need not be what the calls
   * page proposes) and has {@link #CONFIRMER} confirm it, so that it counts.
   */
  public FundsCall confirmedCall(long grantId, LocalDate day, String amount) {
    FundsCall call =
        funding.recordCall(
            grantId,
            new CallInput(day, new BigDecimal(amount), ProjectScenario.code("CALL"), "Testabruf"),
            Locale.GERMANY);
    try {
      return As.user(
          CONFIRMER,
          Role.FINANCE,
          () -> confirmations.confirmCall(call.getId(), call.getVersion()));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Records a receipt as finance does; the caller chooses the user. */
  public Receipt receipt(
      long projectId,
      String date,
      String payee,
      String purpose,
      String category,
      String amount,
      String eligible) {
    return budgets.recordReceipt(
        projectId,
        new ReceiptInput(
            LocalDate.parse(date),
            payee,
            purpose,
            "R-" + UUID.randomUUID().toString().substring(0, 6),
            category,
            new BigDecimal(amount),
            new BigDecimal(eligible)));
  }
}
