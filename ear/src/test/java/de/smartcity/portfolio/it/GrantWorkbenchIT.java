package de.smartcity.portfolio.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.smartcity.portfolio.application.Download;
import de.smartcity.portfolio.application.FundingService;
import de.smartcity.portfolio.application.GrantDescription;
import de.smartcity.portfolio.application.GrantTerms;
import de.smartcity.portfolio.application.GrantWorkbenchService;
import de.smartcity.portfolio.application.NoticeInput;
import de.smartcity.portfolio.application.NoticeInput.PlannedCategory;
import de.smartcity.portfolio.application.ProofOfUseService;
import de.smartcity.portfolio.application.ReportService;
import de.smartcity.portfolio.domain.model.funding.FinancingPlan;
import de.smartcity.portfolio.domain.model.funding.FundsCall;
import de.smartcity.portfolio.domain.model.funding.Grant;
import de.smartcity.portfolio.domain.model.funding.GrantComponent;
import de.smartcity.portfolio.domain.model.funding.IncomeKind;
import de.smartcity.portfolio.domain.model.proofofuse.ProofPeriod;
import de.smartcity.portfolio.domain.model.user.Role;
import de.smartcity.portfolio.domain.shared.BusinessRuleViolation;
import de.smartcity.portfolio.domain.shared.Money;
import de.smartcity.portfolio.it.FundedScenario.GrantAndProject;
import de.smartcity.portfolio.reports.ReportFormat;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The grant page and its notices with their financing plans: a finance officer takes a grant in the
 * browser from its notice through receipts, a call, its payout and a second person's confirmation
 * to a final proof of use, submitted and corrected, every figure checked to the cent on the pages
 * and in the downloaded Excel and PDF (see {@link GrantJourney}); the plan in force follows the
 * notices by date; bad plans are refused and store nothing; a council member reads and cannot edit;
 * and every demo proof of use states the same plan total in II.1 and II.2.
 */
@ExtendWith(ArquillianExtension.class)
class GrantWorkbenchIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.suite();
  }

  @Inject GrantWorkbenchService workbench;
  @Inject FundingService funding;
  @Inject ProofOfUseService proofs;
  @Inject ReportService reports;
  @Inject FundedScenario scenario;

  private static final LocalDate COMMITMENT = LocalDate.of(2024, 3, 1);
  private static final LocalDate CHANGE = LocalDate.of(2025, 6, 1);

  private static BigDecimal eur(String amount) {
    return new BigDecimal(amount);
  }

  private static GrantTerms terms(String reference) {
    // 10,000.00 eligible at 65 % give a grant of 6,500.00.
    return new GrantTerms(
        "Modellprojekte Smart Cities",
        "436",
        GrantComponent.B,
        reference,
        COMMITMENT,
        eur("10000.00"),
        BigDecimal.valueOf(65),
        eur("6500.00"),
        LocalDate.of(2024, 1, 1),
        LocalDate.of(2027, 12, 31),
        null,
        null,
        42);
  }

  /**
   * Expenditure per category (PERS, SACH, INV) as total/eligible, and the own share; the grant line
   * is the given amount, third parties and other public funding plan nothing.
   */
  private static NoticeInput notice(
      LocalDate date, String reference, String amount, String ownShare, String... categories) {
    Map<String, PlannedCategory> expenditure = new LinkedHashMap<>();
    String[] codes = {"PERS", "SACH", "INV"};
    for (int i = 0; i < categories.length; i++) {
      String[] parts = categories[i].split("/");
      expenditure.put(codes[i], new PlannedCategory(eur(parts[0]), eur(parts[1])));
    }
    Map<IncomeKind, BigDecimal> income = new EnumMap<>(IncomeKind.class);
    income.put(IncomeKind.OWN_SHARE, eur(ownShare));
    income.put(IncomeKind.THIRD_PARTY, BigDecimal.ZERO);
    income.put(IncomeKind.OTHER_PUBLIC, BigDecimal.ZERO);
    income.put(IncomeKind.THIS_GRANT, eur(amount));
    return new NoticeInput(date, reference, eur(amount), null, expenditure, income);
  }

  /** A notice with the first notice's expenditure (below) and the given income. */
  private static NoticeInput standard(
      LocalDate date, String reference, String amount, String ownShare) {
    return notice(
        date, reference, amount, ownShare, "4000.00/4000.00", "4000.00/3500.00", "4000.00/2500.00");
  }

  /**
   * Change notice of 1 June 2025: SACH cut to 1,500/1,500, so 9,500.00 in total, 8,000.00 eligible;
   * the grant stays 6,500.00 and the own share becomes 9,500 - 6,500 = 3,000.00.
   */
  private static NoticeInput sachCut(String reference) {
    return notice(
        CHANGE,
        reference + "-AEND-1",
        "6500.00",
        "3000.00",
        "4000.00/4000.00",
        "1500.00/1500.00",
        "4000.00/2500.00");
  }

  // First notice: PERS 4,000/4,000 + SACH 4,000/3,500 + INV 4,000/2,500 = 12,000.00 in total,
  // 10,000.00 eligible (the approved eligible costs); income 5,500.00 own share + 6,500.00 grant
  // = 12,000.00.
  private Grant registered(String reference) throws Exception {
    return As.finance(
        () ->
            workbench.register(
                terms(reference),
                new GrantDescription("IT-Maßnahme", "Stadt Bochum", null),
                standard(COMMITMENT, reference, "6500.00", "5500.00")));
  }

  @Test
  void shouldTakeThePlanOfTheLatestNoticeUpToTheDayAndKeepTheEarlierNoticeAsItWas()
      throws Exception {
    String reference = ProjectScenario.code("GWB");
    Grant grant = registered(reference);
    As.finance(
        () -> workbench.enterChangeNotice(grant.getId(), grant.getVersion(), sachCut(reference)));

    FinancingPlan before =
        As.council(() -> workbench.planOn(grant.getId(), CHANGE.minusDays(1))).orElseThrow();
    FinancingPlan on = As.council(() -> workbench.planOn(grant.getId(), CHANGE)).orElseThrow();
    assertThat(before.expenditureTotal().amount()).isEqualByComparingTo("12000.00");
    assertThat(before.income(IncomeKind.OWN_SHARE).amount()).isEqualByComparingTo("5500.00");
    assertThat(on.expenditureTotal().amount()).isEqualByComparingTo("9500.00");
    assertThat(on.eligibleTotal().amount()).isEqualByComparingTo("8000.00");
    assertThat(on.incomeTotal().amount()).isEqualByComparingTo("9500.00");
    // before the first notice, the first notice's plan is the only one known
    assertThat(
            As.council(() -> workbench.planOn(grant.getId(), LocalDate.of(2020, 1, 1)))
                .orElseThrow()
                .expenditureTotal()
                .amount())
        .isEqualByComparingTo("12000.00");

    Grant stored = As.council(() -> workbench.grant(grant.getId())).orElseThrow();
    assertThat(stored.getNotices()).hasSize(2);
    assertThat(stored.planOf(stored.getNotices().get(0)).expenditure("SACH").total().amount())
        .isEqualByComparingTo("4000.00");
    assertThat(stored.getApprovedEligibleCosts().amount()).isEqualByComparingTo("8000.00");
    assertThat(stored.getApprovedGrant().amount()).isEqualByComparingTo("6500.00");
    assertThat(stored.getMeasureTitle()).isEqualTo("IT-Maßnahme");
  }

  @Test
  void shouldRefuseAPlanThatDoesNotBalanceOrWhoseGrantLineIsNotTheNoticesAndStoreNothing()
      throws Exception {
    String reference = ProjectScenario.code("GWB");
    // 12,000.00 expenditure against 5,000.00 + 6,500.00 = 11,500.00 income
    assertThatThrownBy(
            () ->
                As.finance(
                    () ->
                        workbench.register(
                            terms(reference),
                            new GrantDescription(null, null, null),
                            standard(COMMITMENT, reference, "6500.00", "5000.00"))))
        .isInstanceOfSatisfying(
            BusinessRuleViolation.class,
            refused -> assertThat(refused.getMessageKey()).isEqualTo("grant.plan.unbalanced"));
    assertThat(As.council(() -> funding.grants()))
        .noneMatch(g -> g.getReference().equals(reference));

    Grant grant = registered(reference);
    // grant line 6,000.00 against the notice's 6,500.00 (and balanced: 6,000 + 6,000 = 12,000)
    assertRefused(
        grant,
        standard(CHANGE, reference + "-AEND-1", "6500.00", "6000.00"),
        IncomeKind.THIS_GRANT,
        "6000.00",
        "grant.plan.grant.line");
    // dated before the first notice: earlier notices are never rewritten
    assertRefused(
        grant,
        standard(COMMITMENT.minusDays(1), reference + "-AEND-1", "6500.00", "5500.00"),
        null,
        null,
        "grant.notice.not.after.latest");
    // eligible above the category's total
    assertRefused(
        grant,
        notice(
            CHANGE,
            reference + "-AEND-1",
            "6500.00",
            "5500.00",
            "4000.00/4000.00",
            "4000.00/4500.00",
            "4000.00/2500.00"),
        null,
        null,
        "grant.plan.eligible.above.total");
    Grant stored = As.council(() -> workbench.grant(grant.getId())).orElseThrow();
    assertThat(stored.getNotices()).hasSize(1);
    assertThat(stored.getVersion()).isEqualTo(grant.getVersion());
  }

  private void assertRefused(
      Grant grant, NoticeInput input, IncomeKind kind, String amount, String key) {
    NoticeInput changed = input;
    if (kind != null) {
      Map<IncomeKind, BigDecimal> income = new EnumMap<>(input.income());
      income.put(kind, eur(amount));
      changed =
          new NoticeInput(
              input.date(),
              input.reference(),
              input.amount(),
              input.description(),
              input.expenditure(),
              income);
    }
    NoticeInput refusedInput = changed;
    assertThatThrownBy(
            () ->
                As.finance(
                    () ->
                        workbench.enterChangeNotice(
                            grant.getId(), grant.getVersion(), refusedInput)))
        .isInstanceOfSatisfying(
            BusinessRuleViolation.class,
            refused -> assertThat(refused.getMessageKey()).isEqualTo(key));
  }

  @Test
  void shouldRefuseANoticeWithoutAFinancingPlanAndStoreNothing() throws Exception {
    String reference = ProjectScenario.code("GWN");
    Grant grant = registered(reference);
    NoticeInput planless =
        new NoticeInput(
            CHANGE, reference + "-AEND-1", eur("6500.00"), "ohne Plan", Map.of(), Map.of());
    assertThatThrownBy(
            () -> As.finance(() -> funding.addNotice(grant.getId(), grant.getVersion(), planless)))
        .isInstanceOfSatisfying(
            BusinessRuleViolation.class,
            refused -> {
              assertThat(refused.getMessageKey()).isEqualTo("grant.notice.plan.missing");
              assertThat(refused.getField()).isEqualTo("planExpenditure");
            });
    Grant stored = As.council(() -> workbench.grant(grant.getId())).orElseThrow();
    assertThat(stored.getNotices()).hasSize(1);
    assertThat(stored.getVersion()).isEqualTo(grant.getVersion());

    // with its plan the same notice is entered
    As.finance(() -> funding.addNotice(grant.getId(), grant.getVersion(), sachCut(reference)));
    assertThat(
            As.council(() -> workbench.planOn(grant.getId(), CHANGE))
                .orElseThrow()
                .expenditureTotal()
                .amount())
        .isEqualByComparingTo("9500.00");
  }

  @Test
  void shouldMoveAProjectWithItsReceiptsOnlyToAGrantWhosePeriodHoldsThemAll() throws Exception {
    // project and first grant from 2024-01-01 to 2025-12-31; receipts 100.00 (10 Feb 2024),
    // 200.00 (1 Mar 2025) and 300.00 (15 Sep 2025): 600.00
    GrantAndProject first =
        As.admin(
            () ->
                scenario.grantWithProject(
                    LocalDate.of(2025, 12, 31), LocalDate.of(2025, 12, 31), "Umzug"));
    long project = first.project().getId();
    As.finance(
        () ->
            scenario.receipt(
                project, "2024-02-10", "Ruhr Personal", "Leitung", "PERS", "100.00", "100.00"));
    As.finance(
        () ->
            scenario.receipt(
                project, "2025-03-01", "Sensor AG", "Sensoren", "INV", "200.00", "200.00"));
    As.finance(
        () ->
            scenario.receipt(
                project, "2025-09-15", "Druckerei", "Flyer", "SACH", "300.00", "300.00"));
    // a grant funding 2024 only: the receipts of 1 Mar and 15 Sep 2025 lie outside
    GrantAndProject short2024 =
        As.admin(
            () ->
                scenario.grantWithProject(
                    LocalDate.of(2024, 12, 31), LocalDate.of(2024, 12, 31), "Nur 2024"));
    long shortId = short2024.grant().getId();
    assertThatThrownBy(
            () ->
                As.finance(
                    () -> {
                      workbench.assignProject(shortId, project);
                      return null;
                    }))
        .isInstanceOfSatisfying(
            BusinessRuleViolation.class,
            refused -> {
              assertThat(refused.getMessageKey()).isEqualTo("project.grant.receipts.outside");
              assertThat(refused.getField()).isEqualTo("projectToAssign");
              assertThat(refused.getArguments())
                  .containsSubsequence(
                      LocalDate.of(2024, 1, 1),
                      LocalDate.of(2024, 12, 31),
                      2,
                      LocalDate.of(2025, 3, 1),
                      LocalDate.of(2025, 9, 15));
            });
    // nothing changed: the project and its 600.00 stay with the first grant
    assertThat(As.finance(() -> funding.figures(first.grant().getId())).actualCosts())
        .isEqualTo(Money.of("600.00"));
    assertThat(As.finance(() -> funding.figures(shortId)).actualCosts()).isEqualTo(Money.ZERO);
    assertThat(As.council(() -> workbench.projects(shortId))).noneMatch(p -> p.id() == project);

    // a grant funding 2024 to 2027 holds them all: the project moves with its 600.00
    GrantAndProject longer =
        As.admin(
            () ->
                scenario.grantWithProject(
                    LocalDate.of(2027, 12, 31), LocalDate.of(2025, 12, 31), "Bis 2027"));
    long longId = longer.grant().getId();
    As.finance(
        () -> {
          workbench.assignProject(longId, project);
          return null;
        });
    assertThat(As.finance(() -> funding.figures(longId)).actualCosts())
        .isEqualTo(Money.of("600.00"));
    assertThat(As.finance(() -> funding.figures(first.grant().getId())).actualCosts())
        .isEqualTo(Money.ZERO);
  }

  @Test
  void shouldLetACouncilMemberReadTheGrantButNotChangeIt() throws Exception {
    String reference = ProjectScenario.code("GWB");
    Grant grant = registered(reference);

    assertThat(As.council(() -> workbench.grant(grant.getId())).orElseThrow().getReference())
        .isEqualTo(reference);
    assertThatThrownBy(
            () ->
                As.user(
                    "council",
                    Role.COUNCIL,
                    () ->
                        workbench.enterChangeNotice(
                            grant.getId(),
                            grant.getVersion(),
                            standard(CHANGE, reference + "-AEND-1", "6500.00", "5500.00"))))
        .isInstanceOf(EJBAccessException.class);
    assertThat(As.council(() -> workbench.grant(grant.getId())).orElseThrow().getNotices())
        .hasSize(1);
  }

  /**
   * Over every demo grant and every period it has a proof for (each interim year and the final
   * proof): the "lt. Zuwendungsbescheid" total of II.1 (income) equals that of II.2 (expenditure),
   * as read from the workbook the finance officer downloads.
   */
  @Test
  void shouldStateTheSameTotalsInIncomeAndExpenditureAndThePayoutsForEveryDemoGrantAndPeriod()
      throws Exception {
    List<String> checked = new ArrayList<>();
    for (String reference : List.of("MPSC-R3-A-BOCHUM", "MPSC-R3-B-BOCHUM")) {
      Grant grant =
          As.finance(() -> funding.grants()).stream()
              .filter(g -> g.getReference().equals(reference))
              .findFirst()
              .orElseThrow();
      List<FundsCall> calls = As.finance(() -> funding.calls(grant.getId()));
      List<ProofPeriod> periods = new ArrayList<>();
      As.finance(() -> proofs.budgetYears(grant.getId()))
          .forEach(year -> periods.add(ProofPeriod.interim(year)));
      periods.add(ProofPeriod.FINAL);
      for (ProofPeriod period : periods) {
        Download file =
            As.finance(
                () -> reports.proofOfUse(grant.getId(), period, ReportFormat.XLSX, Locale.GERMAN));
        try (XSSFWorkbook workbook = ReadBack.workbook(file.content())) {
          Sheet income = workbook.getSheet("II.1 Einnahmen");
          Sheet expenditure = workbook.getSheet("II.2 Ausgaben");
          BigDecimal incomePlan = ReadBack.euros(ReadBack.row(income, "Summe").getCell(1));
          BigDecimal expenditurePlan =
              ReadBack.euros(ReadBack.row(expenditure, "Summe").getCell(1));
          assertThat(incomePlan)
              .as("%s %s: II.1 plan total against II.2 plan total", reference, period.key())
              .isEqualByComparingTo(expenditurePlan);
          BigDecimal incomeActual = ReadBack.euros(ReadBack.row(income, "Summe").getCell(3));
          BigDecimal expenditureActual =
              ReadBack.euros(ReadBack.row(expenditure, "Summe").getCell(3));
          assertThat(incomeActual)
              .as("%s %s: II.1 actual total against II.2 actual total", reference, period.key())
              .isEqualByComparingTo(expenditureActual);
          // the grant's actual line: the confirmed calls' payouts of the period (an interim year:
          // 1 January to 31 December; the final proof: every payout up to today), summed here
          // from the recorded calls themselves
          LocalDate from = period.year().map(y -> LocalDate.of(y, 1, 1)).orElse(LocalDate.MIN);
          LocalDate until = period.year().map(y -> LocalDate.of(y, 12, 31)).orElse(CityDay.today());
          BigDecimal paidOut =
              calls.stream()
                  .filter(FundsCall::isConfirmed)
                  .filter(call -> call.getReceivedOn().isPresent())
                  .filter(call -> !call.getReceivedOn().get().isBefore(from))
                  .filter(call -> !call.getReceivedOn().get().isAfter(until))
                  .map(call -> call.getReceived().amount())
                  .reduce(BigDecimal.ZERO, BigDecimal::add);
          assertThat(ReadBack.euros(ReadBack.row(income, "Diese Zuwendung").getCell(3)))
              .as("%s %s: this grant's actual line against the payouts", reference, period.key())
              .isEqualByComparingTo(paidOut);
          if (period.isFinal()) {
            assertThat(incomePlan).as("%s: the final proof's plan", reference).isPositive();
          }
          checked.add(reference + " " + period.key());
        }
      }
    }
    // component A has interim years 2021 to 2023, B from 2022 on, and each a final proof
    assertThat(checked).contains("MPSC-R3-A-BOCHUM FINAL", "MPSC-R3-B-BOCHUM FINAL");
    assertThat(checked.size()).isGreaterThan(4);
  }

  /**
   * The application's address as the client sees it. Not injected: the in-server tests of this
   * class would be enriched with it too, where there is no such resource.
   */
  private static URI root() {
    int offset = Integer.parseInt(System.getProperty("it.port.offset", "0"));
    return URI.create("http://127.0.0.1:" + (8080 + offset) + "/");
  }

  /** A project of a test grant of its own, through the test-only probe: "grantId;projectCode". */
  private String probeProject() throws Exception {
    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(root().resolve(BadInputCorpusIT.scenarioPath()))
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).isEqualTo(200);
    return answer.body().split(";")[1].strip();
  }

  @Test
  @RunAsClient
  void aFinanceOfficerTakesAGrantFromItsNoticeToACorrectedFinalProof() throws Exception {
    GrantJourney.run(root(), probeProject(), probeProject());
  }
}
