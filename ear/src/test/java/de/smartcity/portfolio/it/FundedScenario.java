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
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
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

  /**
   * A grant of its own with two projects and five receipts for the receipts journal.
   *
   * @param grant the grant (funded 2024-01-01 to 2025-12-31)
   * @param first project A, running 2024-01-01 to 2025-12-31
   * @param second project B, running 2024-07-01 to 2025-06-30
   * @param receipts the receipts in date order
   */
  public record Journal(Grant grant, Project first, Project second, List<Receipt> receipts) {

    public long grantId() {
      return grant.getId();
    }
  }

  @PersistenceContext(unitName = "smartcity")
  EntityManager entityManager;

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

  /**
   * A grant of its own (see {@link #grantWithProject}, funded 2024-01-01 to 2025-12-31) with two
   * projects and five receipts, as an administrator (figures invented, sums worked out by hand):
   *
   * <pre>
   * project A (2024-01-01 to 2025-12-31)
   *   2024-02-10 PERS Ruhr Personal GmbH         1,000.00 eligible 1,000.00 (fully)
   *   2024-05-15 INV  Sensor AG                  2,500.50 eligible 2,000.00 (partly)
   *   2025-03-01 SACH Druckerei Bochum             300.25 eligible     0.00 (not)
   * project B (2024-07-01 to 2025-06-30)
   *   2024-08-20 SACH sensor ag Niederlassung      120.00 eligible   120.00 (fully)
   *   2025-01-10 INV  Bochum Bau                 4,000.00 eligible 3,999.99 (partly)
   * all five:                                    7,920.75 eligible 7,119.99
   * </pre>
   */
  public Journal journal() throws Exception {
    return As.admin(
        () -> {
          GrantAndProject own =
              grantWithProject(
                  LocalDate.of(2025, 12, 31), LocalDate.of(2025, 12, 31), "Journal Projekt A");
          Project second =
              scenarios
                  .project("FUNDB")
                  .titled("Journal Projekt B")
                  .running(LocalDate.of(2024, 7, 1), LocalDate.of(2025, 6, 30))
                  .fundedBy(own.grant().getReference())
                  .register();
          long a = own.project().getId();
          long b = second.getId();
          List<Receipt> receipts =
              List.of(
                  receipt(
                      a,
                      "2024-02-10",
                      "Ruhr Personal GmbH",
                      "Projektleitung",
                      "PERS",
                      "1000.00",
                      "1000.00"),
                  receipt(a, "2024-05-15", "Sensor AG", "Sensoren", "INV", "2500.50", "2000.00"),
                  receipt(
                      b,
                      "2024-08-20",
                      "sensor ag Niederlassung",
                      "Kabel",
                      "SACH",
                      "120.00",
                      "120.00"),
                  receipt(b, "2025-01-10", "Bochum Bau", "Masten", "INV", "4000.00", "3999.99"),
                  receipt(a, "2025-03-01", "Druckerei Bochum", "Flyer", "SACH", "300.25", "0.00"));
          return new Journal(own.grant(), own.project(), second, receipts);
        });
  }

  /**
   * Lets costs of the grant count from {@code day}, before its funding period (vorzeitiger
   * Maßnahmebeginn), through the entity, as no service takes the early start yet; as whoever the
   * caller runs as, whom the audit trail names.
   */
  @Transactional
  public void allowEarlyStart(long grantId, LocalDate day) {
    entityManager.find(Grant.class, grantId).allowEarlyStart(day);
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

  /**
   * A call as calls were stored before their documents were kept (V16): no document, entered by
   * nobody known, counted as confirmed; written through the entity, as no service writes one.
   */
  @Transactional
  public FundsCall callWithoutDocument(long grantId, LocalDate day, String amount) {
    FundsCall call =
        new FundsCall(
            entityManager.find(Grant.class, grantId), day, Money.of(amount), CityDay.today());
    call.confirmedOnLoad(null, "V16", java.time.Instant.now());
    entityManager.persist(call);
    return call;
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
