package de.smartcity.portfolio.infrastructure.demo;

import de.smartcity.portfolio.domain.model.budget.CostCategory;
import de.smartcity.portfolio.domain.model.budget.CostPlanLine;
import de.smartcity.portfolio.domain.model.budget.Receipt;
import de.smartcity.portfolio.domain.model.funding.CallPlanEntry;
import de.smartcity.portfolio.domain.model.funding.FinancingPlan;
import de.smartcity.portfolio.domain.model.funding.FundsCall;
import de.smartcity.portfolio.domain.model.funding.Grant;
import de.smartcity.portfolio.domain.model.funding.GrantComponent;
import de.smartcity.portfolio.domain.model.funding.GrantNotice;
import de.smartcity.portfolio.domain.model.funding.IncomeKind;
import de.smartcity.portfolio.domain.model.funding.IncomeLine;
import de.smartcity.portfolio.domain.model.milestone.Milestone;
import de.smartcity.portfolio.domain.model.organisation.Organisation;
import de.smartcity.portfolio.domain.model.organisation.Person;
import de.smartcity.portfolio.domain.model.project.Kpi;
import de.smartcity.portfolio.domain.model.project.Project;
import de.smartcity.portfolio.domain.model.statusreport.StatusReport;
import de.smartcity.portfolio.domain.model.theme.FieldOfAction;
import de.smartcity.portfolio.domain.model.theme.StrategicTheme;
import de.smartcity.portfolio.domain.model.user.Role;
import de.smartcity.portfolio.domain.model.user.UserAccount;
import de.smartcity.portfolio.domain.shared.Money;
import de.smartcity.portfolio.infrastructure.time.CityClock;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Stores a generated portfolio through the domain model, so demo data obeys the same rules and
 * leaves the same audit trail as data entered by hand. Meant for demo-sized data sets.
 */
final class DemoDataWriter {

  private static final Money ZERO = Money.ZERO;

  private final EntityManager entityManager;
  private final Map<String, StrategicTheme> themes;
  private final Map<String, FieldOfAction> fields;
  private final Map<String, Organisation> organisations;
  private final Map<String, CostCategory> categories;
  private final Map<String, Person> people = new HashMap<>();
  private final Map<GrantComponent, Grant> grants = new EnumMap<>(GrantComponent.class);

  /** The generator's reference day, which the domain's rules take as today. */
  private LocalDate today;

  DemoDataWriter(EntityManager entityManager) {
    this.entityManager = entityManager;
    this.themes = all(StrategicTheme.class, StrategicTheme::getCode);
    this.fields = all(FieldOfAction.class, FieldOfAction::getCode);
    this.organisations = all(Organisation.class, Organisation::getShortName);
    this.categories = all(CostCategory.class, CostCategory::getCode);
  }

  private <T> Map<String, T> all(Class<T> type, Function<T, String> key) {
    return entityManager
        .createQuery("SELECT e FROM " + type.getSimpleName() + " e", type)
        .getResultList()
        .stream()
        .collect(Collectors.toMap(key, Function.identity()));
  }

  /** Writes the whole data set and returns how many projects it wrote. */
  int write(PortfolioGenerator generator, Function<String, String> passwordHash) {
    writePeopleUsersAndGrants(generator, passwordHash);
    int[] written = {0};
    generator.projects(
        generated -> {
          project(generated);
          written[0]++;
        });
    writeNotices(generator);
    writeCalls(generator);
    return written[0];
  }

  /**
   * The grants' notices with their financing plans, which follow the projects' cost plans and so
   * come after the projects: the approved eligible costs are spread over the cost categories in
   * proportion to what the projects plan in each; a category's total is what the projects plan,
   * rounded up to the thousand, and never less than its eligible part; the own share carries what
   * the grant does not. Component B's first notice approved only the eligible costs; its change
   * notice, which extended the period, re-planned the totals as the projects plan them.
   */
  void writeNotices(PortfolioGenerator generator) {
    today = generator.today();
    Map<Long, Map<String, Money[]>> planned = new HashMap<>();
    entityManager
        .createQuery(
            "SELECT p.grant.id, l.category.code, SUM(l.planned), SUM(l.eligible) FROM CostPlanLine l"
                + " JOIN l.project p WHERE p.grant IS NOT NULL GROUP BY p.grant.id, l.category.code",
            Object[].class)
        .getResultList()
        .forEach(
            row ->
                planned
                    .computeIfAbsent((Long) row[0], id -> new HashMap<>())
                    .put(
                        (String) row[1],
                        new Money[] {
                          Money.of((java.math.BigDecimal) row[2]),
                          Money.of((java.math.BigDecimal) row[3])
                        }));
    List<CostCategory> inOrder =
        categories.values().stream()
            .sorted(java.util.Comparator.comparingInt(CostCategory::getSortOrder))
            .toList();
    for (GeneratedData.Grant generated : generator.grants()) {
      Grant grant = grantOf(generated.component());
      Map<String, Money[]> byCategory = planned.getOrDefault(grant.getId(), Map.of());
      boolean changed = generated.extendedUntil() != null;
      grant.enterNotice(
          new GrantNotice(
              generated.commitmentDate(),
              generated.reference(),
              generated.grant().amount(),
              "Zuwendungsbescheid"),
          demoPlan(inOrder, byCategory, generated.eligibleCosts(), !changed),
          demoIncome(generated, inOrder, byCategory, !changed),
          today);
      if (changed) {
        grant.enterNotice(
            new GrantNotice(
                generated.fundingEnd().minusMonths(30),
                generated.reference() + "-AEND-1",
                generated.grant().amount(),
                "Verlängerung des Förderzeitraums ohne zusätzliche Mittel,"
                    + " neu geplanter Kosten- und Finanzierungsplan"),
            demoPlan(inOrder, byCategory, generated.eligibleCosts(), true),
            demoIncome(generated, inOrder, byCategory, true),
            today);
      }
    }
  }

  private Grant grantOf(GrantComponent component) {
    if (!grants.containsKey(component)) {
      entityManager
          .createQuery("SELECT g FROM Grant g", Grant.class)
          .getResultList()
          .forEach(grant -> grants.put(grant.getComponent(), grant));
    }
    return grants.get(component);
  }

  private static Map<CostCategory, FinancingPlan.Expenditure> demoPlan(
      List<CostCategory> inOrder,
      Map<String, Money[]> byCategory,
      Money eligibleCosts,
      boolean asProjectsPlan) {
    Money projectsTotal =
        byCategory.values().stream().map(amounts -> amounts[0]).collect(Money.sum());
    Map<CostCategory, FinancingPlan.Expenditure> plan = new LinkedHashMap<>();
    Money spread = Money.ZERO;
    for (int i = 0; i < inOrder.size(); i++) {
      CostCategory category = inOrder.get(i);
      Money projects = byCategory.getOrDefault(category.getCode(), new Money[] {ZERO, ZERO})[0];
      Money eligible =
          i == inOrder.size() - 1
              ? eligibleCosts.minus(spread)
              : projectsTotal.isZero()
                  ? (i == 0 ? eligibleCosts : ZERO)
                  : Money.of(
                      eligibleCosts
                          .amount()
                          .multiply(projects.amount())
                          .divide(projectsTotal.amount(), 2, java.math.RoundingMode.HALF_UP));
      spread = spread.plus(eligible);
      Money total = asProjectsPlan ? roundedUpToThousand(projects).max(eligible) : eligible;
      plan.put(category, new FinancingPlan.Expenditure(total, eligible));
    }
    return plan;
  }

  private static Map<IncomeKind, Money> demoIncome(
      GeneratedData.Grant generated,
      List<CostCategory> inOrder,
      Map<String, Money[]> byCategory,
      boolean asProjectsPlan) {
    Money total =
        demoPlan(inOrder, byCategory, generated.eligibleCosts(), asProjectsPlan).values().stream()
            .map(FinancingPlan.Expenditure::total)
            .collect(Money.sum());
    Map<IncomeKind, Money> income = new EnumMap<>(IncomeKind.class);
    income.put(IncomeKind.OWN_SHARE, total.minus(generated.grant()));
    income.put(IncomeKind.THIRD_PARTY, ZERO);
    income.put(IncomeKind.OTHER_PUBLIC, ZERO);
    income.put(IncomeKind.THIS_GRANT, generated.grant());
    return income;
  }

  private static Money roundedUpToThousand(Money amount) {
    return Money.of(
        amount
            .amount()
            .divide(java.math.BigDecimal.valueOf(1000), 0, java.math.RoundingMode.CEILING)
            .multiply(java.math.BigDecimal.valueOf(1000)));
  }

  /** What comes before the projects: people, the demo users and the grants. */
  void writePeopleUsersAndGrants(
      PortfolioGenerator generator, Function<String, String> passwordHash) {
    today = generator.today();
    generator.people().forEach(this::person);
    users(generator, passwordHash);
    generator.grants().forEach(this::grant);
  }

  /**
   * What follows the projects: the calls for funds and the call plan, which the generator knows
   * only once it has produced every project. Finds the grants in the database when this writer did
   * not store them itself (the benchmark loader writes projects in between by JDBC).
   */
  void writeCalls(PortfolioGenerator generator) {
    today = generator.today();
    if (grants.isEmpty()) {
      entityManager
          .createQuery("SELECT g FROM Grant g", Grant.class)
          .getResultList()
          .forEach(grant -> grants.put(grant.getComponent(), grant));
    }
    generator.calls().forEach(this::call);
    grants
        .get(GrantComponent.B)
        .replaceCallPlan(
            generator.callPlan().entrySet().stream()
                .map(year -> new CallPlanEntry(year.getKey(), year.getValue()))
                .toList());
  }

  private void person(GeneratedData.Person generated) {
    Person person =
        new Person(
            generated.name(), generated.email(), organisations.get(generated.organisation()));
    entityManager.persist(person);
    people.put(person.getEmail(), person);
  }

  /** One user per role; the project manager is the person who manages the first projects. */
  private void users(PortfolioGenerator generator, Function<String, String> passwordHash) {
    String managerEmail = generator.people().get(0).email();
    for (DemoUsers.Demo demo : DemoUsers.ALL) {
      UserAccount user =
          new UserAccount(demo.username(), demo.displayName(), passwordHash.apply(demo.password()));
      Person person = demo.role() == Role.PROJECT_MANAGER ? people.get(managerEmail) : null;
      user.describe(demo.displayName(), person, organisations.get("STADT"));
      user.grant(Set.of(demo.role()));
      entityManager.persist(user);
    }
  }

  private void grant(GeneratedData.Grant generated) {
    Grant grant =
        new Grant(
            "Modellprojekte Smart Cities (Staffel 3)",
            "436",
            generated.component(),
            generated.reference(),
            generated.commitmentDate());
    grant.approve(generated.eligibleCosts(), PortfolioGenerator.FUNDING_RATE, generated.grant());
    grant.fundingPeriod(generated.fundingStart(), generated.fundingEnd());
    grant.describe(
        PortfolioGenerator.measureTitle(generated.component()), PortfolioGenerator.RECIPIENT);
    if (generated.extendedUntil() != null) {
      grant.extendUntil(generated.extendedUntil());
    }
    Money own = generated.eligibleCosts().minus(generated.grant());
    grant.replaceIncomePlan(
        List.of(
            new IncomeLine(IncomeKind.OWN_SHARE, own, null),
            new IncomeLine(IncomeKind.THIRD_PARTY, ZERO, ZERO),
            new IncomeLine(IncomeKind.OTHER_PUBLIC, ZERO, ZERO),
            new IncomeLine(IncomeKind.THIS_GRANT, generated.grant(), null)));
    entityManager.persist(grant);
    grants.put(generated.component(), grant);
  }

  private void project(GeneratedData.Project generated) {
    Project project =
        new Project(
            generated.code(),
            generated.title(),
            themes.get(generated.theme()),
            organisations.get(generated.lead()),
            generated.status());
    project.describe(generated.title(), generated.summary(), organisations.get(generated.lead()));
    project.classify(themes.get(generated.theme()), fields.get(generated.field()));
    project.partnerWith(generated.partners().stream().map(organisations::get).toList());
    project.staff(
        people.get(generated.managerEmail()),
        generated.deputyEmails().stream().map(people::get).toList());
    project.schedule(generated.start(), generated.end());
    project.assessHealth(generated.health(), generated.healthReason());
    project.fundBy(generated.grant() == null ? null : grants.get(generated.grant()));
    project.replaceKpis(
        generated.kpis().stream()
            .map(
                k ->
                    new Kpi(
                        k.measure(),
                        k.rationale(),
                        k.unit(),
                        k.baseline(),
                        k.target(),
                        k.direction()))
            .toList());
    entityManager.persist(project);
    for (int i = 0; i < generated.kpis().size(); i++) {
      int key = project.getKpis().get(i).getKey();
      for (GeneratedData.Measurement m : generated.kpis().get(i).measurements()) {
        entityManager.persist(
            project.measure(
                key, m.on(), m.value(), null, today, confirmedAt(m.on()), DEMO_ENTERER));
      }
    }
    generated.milestones().forEach(m -> milestone(project, m));
    generated.reports().forEach(r -> report(project, r));
    generated.plan().forEach(line -> planLine(project, line));
    generated.receipts().forEach(r -> receipt(project, r));
  }

  private void milestone(Project project, GeneratedData.Milestone generated) {
    Milestone milestone = new Milestone(project, generated.title(), generated.due());
    if (generated.completedOn() != null) {
      milestone.complete(generated.completedOn(), today);
    }
    entityManager.persist(milestone);
  }

  private void report(Project project, GeneratedData.StatusReport generated) {
    entityManager.persist(
        new StatusReport(
            project,
            generated.date(),
            today,
            people.get(generated.authorEmail()),
            generated.health(),
            generated.progress(),
            generated.nextSteps(),
            generated.risks()));
  }

  private void planLine(Project project, GeneratedData.PlanLine generated) {
    CostPlanLine line =
        new CostPlanLine(project, generated.year(), categories.get(generated.category()));
    line.plan(generated.planned(), generated.eligible());
    entityManager.persist(line);
  }

  private void receipt(Project project, GeneratedData.Receipt generated) {
    Receipt receipt = new Receipt(project);
    receipt.record(
        generated.paymentDate(),
        generated.payee(),
        generated.purpose(),
        generated.reference(),
        categories.get(generated.category()),
        generated.amount(),
        generated.eligible(),
        today);
    if (receipt.getGrant().map(g -> g.needsConfirmation(generated.amount())).orElse(false)) {
      // four eyes: entered by the loader, confirmed by the demo finance user, so the figures count
      // it as before
      receipt.confirmedOnLoad(
          DEMO_ENTERER, DEMO_CONFIRMER, confirmedAt(generated.paymentDate().plusDays(1)));
    }
    entityManager.persist(receipt);
  }

  /** Who the demo data says entered receipts and calls: the loader, as the audit trail says. */
  static final String DEMO_ENTERER = "demo-data";

  /** The demo finance user, who confirmed them (four eyes). */
  static final String DEMO_CONFIRMER = "finance";

  private java.time.Instant confirmedAt(LocalDate day) {
    return (day.isAfter(today) ? today : day).atStartOfDay(CityClock.ZONE).toInstant();
  }

  private void call(GeneratedData.Call generated) {
    FundsCall call =
        new FundsCall(
            grants.get(generated.grant()), generated.date(), generated.requested(), today);
    if (generated.received().isGreaterThan(ZERO)) {
      call.receive(generated.received(), generated.paidOn(), today);
    }
    call.explain(generated.reference(), generated.requested(), null, DEMO_ENTERER);
    call.confirmedOnLoad(DEMO_ENTERER, DEMO_CONFIRMER, confirmedAt(generated.date().plusDays(1)));
    entityManager.persist(call);
  }
}
