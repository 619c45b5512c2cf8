package de.smartcity.portfolio.infrastructure.demo;

import de.smartcity.portfolio.domain.model.funding.GrantComponent;
import de.smartcity.portfolio.domain.model.project.Health;
import de.smartcity.portfolio.domain.model.project.KpiDirection;
import de.smartcity.portfolio.domain.model.project.ProjectStatus;
import de.smartcity.portfolio.domain.shared.Money;
import de.smartcity.portfolio.domain.shared.Period;
import de.smartcity.portfolio.infrastructure.demo.GeneratedData.Call;
import de.smartcity.portfolio.infrastructure.demo.GeneratedData.Grant;
import de.smartcity.portfolio.infrastructure.demo.GeneratedData.Kpi;
import de.smartcity.portfolio.infrastructure.demo.GeneratedData.Milestone;
import de.smartcity.portfolio.infrastructure.demo.GeneratedData.Person;
import de.smartcity.portfolio.infrastructure.demo.GeneratedData.PlanLine;
import de.smartcity.portfolio.infrastructure.demo.GeneratedData.Project;
import de.smartcity.portfolio.infrastructure.demo.GeneratedData.Receipt;
import de.smartcity.portfolio.infrastructure.demo.GeneratedData.StatusReport;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Invents a Smart City portfolio in Bochum's shape, reproducibly: the same seed, size and reference
 * day give the same data on every machine. Projects are produced one at a time, so a data set of
 * ten thousand projects and a million receipts never sits in memory as a whole. Every figure is
 * invented.
 */
final class PortfolioGenerator {

  static final BigDecimal FUNDING_RATE = BigDecimal.valueOf(65);
  static final int FIRST_PLAN_YEAR = 2022;
  static final int LAST_PLAN_YEAR = 2028;
  static final String[] CATEGORIES = {"PERS", "SACH", "INV"};

  private static final String[] FIELDS = {
    "INF-KOM", "INF-DAT", "INF-GEB", "STM-VER", "STM-BET", "STM-SEN", "GES-BIL", "GES-TEI",
    "GES-KUL", "MOB-VER", "MOB-KLI", "MOB-ENE", "WIS-GRU", "WIS-FOR", "WIS-STA"
  };
  private static final String[] ORGANISATIONS = {
    "STADT", "BOWE", "STW", "BOMA", "BOVG", "BOGESTRA", "SBO", "USB", "VBW", "SPK", "IHK", "UNIV"
  };
  private static final String[] TOPICS = {
    "Sensornetz",
    "Datenportal",
    "Digitaler Zwilling",
    "Mobilstation",
    "Bürgerservice online",
    "Smarte Beleuchtung",
    "Lernlabor",
    "Quartiers-App",
    "Energiemonitoring",
    "Parkraumsensorik",
    "Co-Working-Raum",
    "Open-Data-Schnittstelle",
    "Hitzeschutz-Karte",
    "Digitale Sprechstunde",
    "Gründungsberatung online",
    "Echtzeit-Fahrgastinformation",
    "Starkregen-Frühwarnung",
    "Makerspace",
    "Seniorentablet-Projekt",
    "Smarte Abfallbehälter"
  };
  private static final String[] DISTRICTS = {
    "Wattenscheid",
    "Langendreer",
    "Linden",
    "Gerthe",
    "Querenburg",
    "Weitmar",
    "Hamme",
    "Riemke",
    "Laer",
    "Altenbochum",
    "Stiepel",
    "Dahlhausen",
    "Innenstadt",
    "Werne",
    "Harpen"
  };
  private static final String[] FIRST_NAMES = {
    "Anna", "Jonas", "Lea", "Lukas", "Mia", "Finn", "Emma", "Paul", "Hannah", "Ben", "Sophie",
    "Elias", "Marie", "Noah", "Lina", "Felix", "Clara", "Tim"
  };
  private static final String[] LAST_NAMES = {
    "Becker",
    "Schulz",
    "Hoffmann",
    "Koch",
    "Richter",
    "Klein",
    "Wolf",
    "Neumann",
    "Schröder",
    "Braun",
    "Zimmermann",
    "Krüger",
    "Hartmann",
    "Lange",
    "Werner",
    "Krause"
  };
  private static final String[] PAYEES = {
    "Ruhr Sensorik GmbH (erfunden)", "Westfalen IT-Beratung AG (erfunden)",
    "Emscher Bau KG (erfunden)", "Datenwerk Bochum GmbH (erfunden)",
    "Stadtwerke-Dienstleistung (erfunden)", "Lern & Co. Akademie (erfunden)",
    "Personalkosten Stadt Bochum", "Funknetz Revier GmbH (erfunden)"
  };
  private static final String[] RISKS = {
    "Lieferzeiten der Hardware",
    "Personalwechsel im Team",
    "Abstimmung mit dem Datenschutz",
    "Ausschreibung verzögert",
    "Baugenehmigung ausstehend"
  };

  private final long seed;
  private final int projectCount;
  private final int receiptsPerProject;
  private final LocalDate today;
  private final TreeMap<LocalDate, Money> grantShareByQuarter = new TreeMap<>();
  private final List<Person> people = inventPeople();

  /**
   * @param seed the seed every random choice derives from
   * @param projectCount how many projects, real ones first
   * @param receiptsPerProject about how many receipts a project that has spent money has
   * @param today the reference day: the past has receipts and reports, the future has plans
   */
  PortfolioGenerator(long seed, int projectCount, int receiptsPerProject, LocalDate today) {
    this.seed = seed;
    this.projectCount = projectCount;
    this.receiptsPerProject = receiptsPerProject;
    this.today = today;
  }

  /** The reference day: the generated data lies before it, plans aside. */
  LocalDate today() {
    return today;
  }

  List<Person> people() {
    return people;
  }

  /** Sixteen project managers of the Innovation Unit and a contact in every organisation. */
  private static List<Person> inventPeople() {
    List<Person> people = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      people.add(person(i, ORGANISATIONS[i % 3 == 0 ? 0 : i % ORGANISATIONS.length]));
    }
    for (int i = 0; i < ORGANISATIONS.length; i++) {
      people.add(person(16 + i, ORGANISATIONS[i]));
    }
    return List.copyOf(people);
  }

  private static Person person(int index, String organisation) {
    String first = FIRST_NAMES[index % FIRST_NAMES.length];
    String last = LAST_NAMES[(index * 7) % LAST_NAMES.length];
    String email = (first + "." + last + index).toLowerCase(java.util.Locale.ROOT) + "@example.org";
    return new Person(
        first + " " + last, email.replace("ö", "oe").replace("ü", "ue"), organisation);
  }

  /** Round 3: component A (strategy) and B (implementation), together EUR 15.2 m eligible. */
  List<Grant> grants() {
    return List.of(
        new Grant(
            GrantComponent.A,
            "MPSC-R3-A-BOCHUM",
            LocalDate.of(2021, 9, 15),
            Money.of("2000000.00"),
            Money.of("2000000.00").percent(FUNDING_RATE),
            LocalDate.of(2021, 9, 15),
            LocalDate.of(2023, 6, 30),
            null),
        new Grant(
            GrantComponent.B,
            "MPSC-R3-B-BOCHUM",
            LocalDate.of(2022, 3, 1),
            Money.of("13200000.00"),
            Money.of("13200000.00").percent(FUNDING_RATE),
            LocalDate.of(2022, 3, 1),
            LocalDate.of(2026, 12, 31),
            LocalDate.of(2028, 3, 31)));
  }

  /** Who receives the demo grants, as their notices name them. */
  static final String RECIPIENT = "Stadt Bochum, Stabsstelle Smart City (Innovationseinheit)";

  /** The measure's title as the notices of the demo grants name it (invented wording). */
  static String measureTitle(GrantComponent component) {
    return component == GrantComponent.A
        ? "Smart City Bochum: Strategie „Bochum Digital“ (erfunden)"
        : "Smart City Bochum: Umsetzung der Smart-City-Strategie (erfunden)";
  }

  /** Produces the projects one after the other. */
  void projects(Consumer<Project> sink) {
    grantShareByQuarter.clear();
    IntStream.range(0, projectCount).mapToObj(this::project).forEach(sink);
  }

  /**
   * Component A's two calls, and quarterly calls for component B's funds, sized by the grant's
   * share of what the projects planned, called at the start of each quarter up to today and paid
   * out two weeks later; the last ones are not yet paid. Valid after {@link #projects}.
   *
   * <p>Component A's strategy phase called 350,000.00 in 2022, more than its one project's receipts
   * (421,789.59, of which at most 274,163.23 is the grant's share) ever justified: the second
   * payout (18 October 2022, window to 29 November 2022) stays partly unspent, so a newcomer sees
   * the flag of money unspent past its window (invented, as all demo figures).
   */
  List<Call> calls() {
    List<Call> calls = new ArrayList<>();
    calls.add(
        new Call(
            GrantComponent.A,
            LocalDate.of(2022, 1, 10),
            Money.of("100000.00"),
            Money.of("100000.00"),
            LocalDate.of(2022, 1, 24),
            "MA-A-2022-1"));
    calls.add(
        new Call(
            GrantComponent.A,
            LocalDate.of(2022, 10, 4),
            Money.of("250000.00"),
            Money.of("250000.00"),
            LocalDate.of(2022, 10, 18),
            "MA-A-2022-2"));
    Money remaining = grants().get(1).grant();
    for (var quarter : grantShareByQuarter.entrySet()) {
      LocalDate date = quarter.getKey();
      // The city calls a little less than planned, as spending lags behind plans.
      Money amount = quarter.getValue().percent(BigDecimal.valueOf(80)).min(remaining);
      if (date.isAfter(today) || !amount.isGreaterThan(Money.ZERO)) {
        continue;
      }
      remaining = remaining.minus(amount);
      boolean paid = date.plusMonths(1).isBefore(today);
      calls.add(
          new Call(
              GrantComponent.B,
              date,
              amount,
              paid ? amount : Money.ZERO,
              date.plusDays(14),
              "MA-B-%d-Q%d".formatted(date.getYear(), 1 + (date.getMonthValue() - 1) / 3)));
    }
    return calls;
  }

  /** The binding call plan per year for component B. Valid after {@link #projects}. */
  java.util.Map<Integer, Money> callPlan() {
    java.util.Map<Integer, Money> plan = new TreeMap<>();
    grantShareByQuarter.forEach(
        (quarter, amount) -> plan.merge(quarter.getYear(), amount, Money::plus));
    return plan;
  }

  private Project project(int index) {
    SplittableRandom random = new SplittableRandom(seed * 1_000_003L + index);
    boolean real = index < RealProjects.ALL.size();
    RealProjects.Seed known = real ? RealProjects.ALL.get(index) : null;
    String field = real ? known.field() : FIELDS[index % FIELDS.length];
    String theme = field.substring(0, 3);
    String code = real ? known.code() : "%s-%03d".formatted(theme, 100 + index);
    String title =
        real
            ? known.title()
            : TOPICS[random.nextInt(TOPICS.length)] + " " + DISTRICTS[index % DISTRICTS.length];
    String lead = real ? known.lead() : ORGANISATIONS[random.nextInt(ORGANISATIONS.length)];
    ProjectStatus status = real ? known.status() : randomStatus(random);
    LocalDate start =
        LocalDate.of(FIRST_PLAN_YEAR, 1, 1).plusDays(random.nextInt(3 * 365)).withDayOfMonth(1);
    LocalDate end = start.plusMonths(12 + random.nextInt(48));
    if (end.getYear() > LAST_PLAN_YEAR) {
      end = LocalDate.of(LAST_PLAN_YEAR, 3, 31);
    }
    if (status == ProjectStatus.COMPLETED && end.isAfter(today)) {
      end = today.minusMonths(1 + random.nextInt(6));
      start = start.isBefore(end) ? start : end.minusMonths(12);
    }
    GrantComponent grant = grantOf(code, status, random);
    Health health = randomHealth(status, random);
    String reason = health.needsReason() ? RISKS[random.nextInt(RISKS.length)] : null;
    List<PlanLine> plan = plan(start, end, grant, random);
    String manager = people.get(index % 16).email();
    return new Project(
        code,
        title,
        real ? known.summary() : "Invented demo project: " + title + ".",
        theme,
        field,
        lead,
        lead.equals("UNIV") ? List.of("STADT") : List.of("UNIV"),
        manager,
        List.of(people.get((index + 1) % 16).email()),
        status,
        health,
        reason,
        start,
        end,
        grant,
        kpis(title, start, random),
        milestones(start, end, status, random),
        reports(start, status, health, reason, manager, random),
        plan,
        receipts(code, start, end, grant, plan, status, random));
  }

  private static ProjectStatus randomStatus(SplittableRandom random) {
    int roll = random.nextInt(100);
    if (roll < 10) {
      return ProjectStatus.IDEA;
    }
    if (roll < 25) {
      return ProjectStatus.PLANNED;
    }
    if (roll < 75) {
      return ProjectStatus.IN_PROGRESS;
    }
    if (roll < 90) {
      return ProjectStatus.COMPLETED;
    }
    return roll < 96 ? ProjectStatus.PAUSED : ProjectStatus.CANCELLED;
  }

  private static Health randomHealth(ProjectStatus status, SplittableRandom random) {
    if (status.isClosed() || status == ProjectStatus.IDEA) {
      return Health.GREEN;
    }
    int roll = random.nextInt(100);
    return roll < 65 ? Health.GREEN : roll < 90 ? Health.AMBER : Health.RED;
  }

  private static GrantComponent grantOf(
      String code, ProjectStatus status, SplittableRandom random) {
    if (code.equals("STM-07")) {
      return GrantComponent.A;
    }
    boolean unfunded = status == ProjectStatus.IDEA || random.nextInt(100) < 12;
    return unfunded ? null : GrantComponent.B;
  }

  private List<PlanLine> plan(
      LocalDate start, LocalDate end, GrantComponent grant, SplittableRandom random) {
    List<PlanLine> lines = new ArrayList<>();
    for (int year = Math.max(FIRST_PLAN_YEAR, start.getYear());
        year <= Math.min(LAST_PLAN_YEAR, end.getYear());
        year++) {
      for (String category : CATEGORIES) {
        Money planned = Money.ofCents(1_000_000L + random.nextLong(4_000_000L));
        Money eligible = grant == null ? Money.ZERO : planned.percent(BigDecimal.valueOf(90));
        lines.add(new PlanLine(year, category, planned, eligible));
        if (grant == GrantComponent.B) {
          Money share = eligible.percent(FUNDING_RATE);
          for (int quarter = 0; quarter < 4; quarter++) {
            LocalDate callDate = LocalDate.of(year, 1 + 3 * quarter, 1);
            grantShareByQuarter.merge(callDate, share.times(BigDecimal.valueOf(0.25)), Money::plus);
          }
        }
      }
    }
    return lines;
  }

  /**
   * Receipts of the years planned, each paid within the project's period, within the funding period
   * of its grant where it has one, and before today.
   */
  private List<Receipt> receipts(
      String code,
      LocalDate start,
      LocalDate end,
      GrantComponent grant,
      List<PlanLine> plan,
      ProjectStatus status,
      SplittableRandom random) {
    List<Receipt> receipts = new ArrayList<>();
    if (status == ProjectStatus.IDEA || status == ProjectStatus.PLANNED) {
      return receipts;
    }
    int perLine = Math.max(1, receiptsPerProject / Math.max(1, plan.size()));
    Period funded =
        grant == null
            ? new Period(start, end)
            : grants().stream()
                .filter(g -> g.component() == grant)
                .map(
                    g ->
                        new Period(
                            g.fundingStart(),
                            g.extendedUntil() == null ? g.fundingEnd() : g.extendedUntil()))
                .findFirst()
                .orElseThrow();
    for (PlanLine line : plan) {
      LocalDate yearStart = LocalDate.of(line.year(), 1, 1);
      LocalDate from = latest(start, yearStart, funded.start());
      LocalDate to =
          earliest(LocalDate.of(line.year(), 12, 31), today.minusDays(1), end, funded.end());
      long days = ChronoUnit.DAYS.between(from, to);
      if (days < 0) {
        continue;
      }
      long part = line.planned().amount().movePointRight(2).longValue() / perLine;
      for (int i = 0; i < perLine; i++) {
        Money amount = Money.ofCents(part / 2 + random.nextLong(Math.max(1, part)));
        Money eligible =
            line.eligible().isZero() ? Money.ZERO : amount.percent(BigDecimal.valueOf(90));
        receipts.add(
            new Receipt(
                from.plusDays(random.nextLong(days + 1)),
                PAYEES[random.nextInt(PAYEES.length)],
                "Leistung " + (i + 1) + " " + line.category() + " " + line.year(),
                "%s-%d-%s-%03d".formatted(code, line.year(), line.category(), i + 1),
                line.category(),
                amount,
                eligible));
      }
    }
    return receipts;
  }

  private static LocalDate latest(LocalDate... days) {
    return Stream.of(days).max(Comparator.naturalOrder()).orElseThrow();
  }

  private static LocalDate earliest(LocalDate... days) {
    return Stream.of(days).min(Comparator.naturalOrder()).orElseThrow();
  }

  /**
   * One figure of use, higher is better, measured every six months from half a year after the start
   * up to today on the way from 0 to the value reached; and on every third project a figure of
   * faults, lower is better. The same two random draws as before the history existed, so the rest
   * of the demo data stays as it was.
   */
  private List<Kpi> kpis(String title, LocalDate start, SplittableRandom random) {
    int target = 10 + random.nextInt(90);
    BigDecimal reached = BigDecimal.valueOf((long) target * (40 + random.nextInt(80)));
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate day = start.plusMonths(6); !day.isAfter(today); day = day.plusMonths(6)) {
      days.add(day);
    }
    List<Kpi> kpis = new ArrayList<>();
    kpis.add(
        new Kpi(
            "Nutzungen pro Monat (" + title + ")",
            "Zeigt, ob das Angebot angenommen wird",
            "Nutzungen",
            BigDecimal.ZERO,
            BigDecimal.valueOf(target * 100L),
            KpiDirection.HIGHER,
            path(days, BigDecimal.ZERO, reached)));
    if (title.length() % 3 == 0) {
      kpis.add(
          new Kpi(
              "Störungsmeldungen pro Monat",
              "Zeigt, ob der Betrieb stabil läuft",
              "Meldungen",
              BigDecimal.valueOf(20),
              BigDecimal.valueOf(5),
              KpiDirection.LOWER,
              path(days, BigDecimal.valueOf(20), BigDecimal.valueOf(target % 12))));
    }
    return kpis;
  }

  /** Measurements on the given days, in equal steps from just after {@code from} to {@code to}. */
  private static List<GeneratedData.Measurement> path(
      List<LocalDate> days, BigDecimal from, BigDecimal to) {
    List<GeneratedData.Measurement> path = new ArrayList<>();
    BigDecimal steps = BigDecimal.valueOf(days.size());
    for (int i = 0; i < days.size(); i++) {
      BigDecimal share = BigDecimal.valueOf(i + 1L);
      BigDecimal value =
          from.add(to.subtract(from).multiply(share).divide(steps, 0, RoundingMode.HALF_UP));
      path.add(new GeneratedData.Measurement(days.get(i), value));
    }
    return path;
  }

  private List<Milestone> milestones(
      LocalDate start, LocalDate end, ProjectStatus status, SplittableRandom random) {
    List<Milestone> milestones = new ArrayList<>();
    String[] titles = {
      "Konzept abgestimmt", "Vergabe abgeschlossen", "Pilot in Betrieb", "Abnahme"
    };
    long span = Math.max(30, ChronoUnit.DAYS.between(start, end));
    for (int i = 0; i < titles.length; i++) {
      // Due within the project's period, completed neither before its start nor after today.
      LocalDate due = earliest(start.plusDays(span * (i + 1) / titles.length), end);
      boolean past = due.isBefore(today);
      boolean done = status == ProjectStatus.COMPLETED || (past && random.nextInt(100) < 80);
      LocalDate completed =
          done ? (past ? latest(start, due.minusDays(random.nextInt(20))) : null) : null;
      milestones.add(new Milestone(titles[i], due, completed));
    }
    return milestones;
  }

  private List<StatusReport> reports(
      LocalDate start,
      ProjectStatus status,
      Health finalHealth,
      String finalReason,
      String author,
      SplittableRandom random) {
    List<StatusReport> reports = new ArrayList<>();
    if (status == ProjectStatus.IDEA) {
      return reports;
    }
    LocalDate date = start.plusMonths(3);
    while (date.isBefore(today)) {
      boolean last = !date.plusMonths(3).isBefore(today);
      Health health = last ? finalHealth : Health.values()[random.nextInt(100) < 70 ? 0 : 1];
      String reason = last ? finalReason : health.needsReason() ? RISKS[random.nextInt(5)] : null;
      reports.add(
          new StatusReport(
              date,
              author,
              health,
              reason,
              "Arbeitspakete planmäßig bearbeitet.",
              "Nächstes Arbeitspaket beginnen.",
              health.needsReason() ? reason : null));
      date = date.plusMonths(3);
    }
    return reports;
  }
}
