package de.smartcity.portfolio.domain.model.project;

import de.smartcity.portfolio.domain.model.funding.Grant;
import de.smartcity.portfolio.domain.model.organisation.Organisation;
import de.smartcity.portfolio.domain.model.organisation.Person;
import de.smartcity.portfolio.domain.model.theme.FieldOfAction;
import de.smartcity.portfolio.domain.model.theme.StrategicTheme;
import de.smartcity.portfolio.domain.shared.AbstractEntity;
import de.smartcity.portfolio.domain.shared.BusinessRuleViolation;
import de.smartcity.portfolio.domain.shared.Period;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** A Smart City project: the aggregate root of the portfolio. */
@Entity
@Table(name = "project")
public class Project extends AbstractEntity {

  /**
   * The first and last day any project may span: the office plans in four-digit years of this
   * century, so an open side of a project's period ends here and a typo such as 0224 or 20026 is
   * refused rather than stored.
   */
  public static final Period HORIZON =
      new Period(LocalDate.of(2000, 1, 1), LocalDate.of(2099, 12, 31));

  @NotBlank
  @Size(max = 20)
  @Pattern(regexp = ProjectCode.PATTERN, message = "{project.code.pattern}")
  @Column(nullable = false, unique = true, length = 20)
  private String code;

  @NotBlank
  @Size(max = 200)
  @Column(nullable = false, length = 200)
  private String title;

  @Size(max = 4000)
  @Column(length = 4000)
  private String summary;

  @NotNull
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "theme_id", nullable = false)
  private StrategicTheme theme;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "field_of_action_id")
  private FieldOfAction fieldOfAction;

  @NotNull
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "lead_organisation_id", nullable = false)
  private Organisation leadOrganisation;

  @ManyToMany(fetch = FetchType.LAZY)
  @JoinTable(
      name = "project_partner",
      joinColumns = @JoinColumn(name = "project_id"),
      inverseJoinColumns = @JoinColumn(name = "organisation_id"))
  private Set<Organisation> partners = new LinkedHashSet<>();

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "project_manager_id")
  private Person projectManager;

  @ManyToMany(fetch = FetchType.LAZY)
  @JoinTable(
      name = "project_deputy",
      joinColumns = @JoinColumn(name = "project_id"),
      inverseJoinColumns = @JoinColumn(name = "person_id"))
  private Set<Person> deputies = new LinkedHashSet<>();

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ProjectStatus status;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Health health = Health.GREEN;

  @Size(max = 1000)
  @Column(name = "health_reason", length = 1000)
  private String healthReason;

  @Column(name = "start_date")
  private LocalDate startDate;

  @Column(name = "end_date")
  private LocalDate endDate;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "grant_id")
  private Grant grant;

  @Valid
  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "project_kpi", joinColumns = @JoinColumn(name = "project_id"))
  @OrderColumn(name = "kpi_order")
  private List<Kpi> kpis = new ArrayList<>();

  protected Project() {}

  public Project(
      String code,
      String title,
      StrategicTheme theme,
      Organisation leadOrganisation,
      ProjectStatus status) {
    this.code = Objects.requireNonNull(code, "code");
    this.title = Objects.requireNonNull(title, "title");
    this.theme = Objects.requireNonNull(theme, "theme");
    this.leadOrganisation = Objects.requireNonNull(leadOrganisation, "leadOrganisation");
    this.status = Objects.requireNonNull(status, "status");
  }

  /** Title, summary and the organisations that carry the project. */
  public void describe(String newTitle, String newSummary, Organisation lead) {
    this.title = newTitle;
    this.summary = newSummary;
    this.leadOrganisation = lead;
  }

  /** Places the project in a theme and, optionally, one of that theme's fields of action. */
  public void classify(StrategicTheme newTheme, FieldOfAction field) {
    if (field != null && !field.belongsTo(newTheme)) {
      throw new BusinessRuleViolation(
          "project.field.outside.theme", "fieldOfAction", field.getName(), newTheme.getName());
    }
    this.theme = newTheme;
    this.fieldOfAction = field;
  }

  public void changeStatus(ProjectStatus next) {
    if (!status.canMoveTo(next)) {
      throw new BusinessRuleViolation("project.status.transition", "status", status, next);
    }
    this.status = next;
  }

  /** Sets the traffic light; amber and red need a reason, green clears it. */
  public void assessHealth(Health newHealth, String reason) {
    boolean reasonGiven = reason != null && !reason.isBlank();
    if (newHealth.needsReason() && !reasonGiven) {
      throw new BusinessRuleViolation("project.health.reason.required", "healthReason");
    }
    this.health = newHealth;
    this.healthReason = newHealth.needsReason() ? reason.strip() : null;
  }

  public void schedule(LocalDate start, LocalDate end) {
    requireWithinHorizon(start, "startDate");
    requireWithinHorizon(end, "endDate");
    if (start != null && end != null && end.isBefore(start)) {
      throw new BusinessRuleViolation("project.end.before.start", "endDate", start, end);
    }
    this.startDate = start;
    this.endDate = end;
  }

  private static void requireWithinHorizon(LocalDate day, String field) {
    if (day != null && !HORIZON.contains(day)) {
      throw new BusinessRuleViolation(
          "project.date.beyond.horizon", field, day, HORIZON.start(), HORIZON.end());
    }
  }

  /** The project's period; where it has no start or end, the horizon stands in for it. */
  public Period period() {
    return new Period(
        startDate == null ? HORIZON.start() : startDate, endDate == null ? HORIZON.end() : endDate);
  }

  /**
   * Refuses a day outside the project's period, with a message (its arguments: the day, the
   * period's first and last day) next to the given field.
   */
  public void requireWithinPeriod(LocalDate day, String messageKey, String field) {
    Period period = period();
    if (!period.contains(day)) {
      throw new BusinessRuleViolation(messageKey, field, day, period.start(), period.end());
    }
  }

  /** Refuses a budget year in which the project does not run. */
  public void requireYearWithinPeriod(int year, String field) {
    Period period = period();
    if (!period.touchesYear(year)) {
      throw new BusinessRuleViolation(
          "costplan.year.outside.project",
          field,
          String.valueOf(year),
          period.start(),
          period.end());
    }
  }

  public void staff(Person manager, Collection<Person> newDeputies) {
    this.projectManager = manager;
    this.deputies.clear();
    newDeputies.stream().filter(d -> !d.equals(manager)).forEach(deputies::add);
  }

  public void partnerWith(Collection<Organisation> newPartners) {
    this.partners.clear();
    newPartners.stream().filter(o -> !o.equals(leadOrganisation)).forEach(partners::add);
  }

  /** Funded by the given grant, or by none when {@code null}. */
  public void fundBy(Grant newGrant) {
    this.grant = newGrant;
  }

  /**
   * Replaces the indicators' definitions. An indicator that carries the key of one the project has
   * is that one, edited (its measurements stay with it); one with key 0 is new and gets the next
   * free key. Returns the keys kept, so that the measurements of removed indicators can go too.
   */
  public java.util.Set<Integer> replaceKpis(List<Kpi> newKpis) {
    int next = kpis.stream().mapToInt(Kpi::getKey).max().orElse(0);
    java.util.Set<Integer> known = new java.util.HashSet<>();
    kpis.forEach(kpi -> known.add(kpi.getKey()));
    java.util.Set<Integer> kept = new java.util.LinkedHashSet<>();
    for (Kpi kpi : newKpis) {
      if (kpi.getKey() == 0 || !known.contains(kpi.getKey()) || !kept.add(kpi.getKey())) {
        kpi.assignKey(++next);
        kept.add(kpi.getKey());
      }
    }
    this.kpis.clear();
    this.kpis.addAll(newKpis);
    return kept;
  }

  /** The indicator with the given key. */
  public Optional<Kpi> kpi(int key) {
    return kpis.stream().filter(kpi -> kpi.getKey() == key).findFirst();
  }

  /**
   * A new measurement of one of the project's indicators: a number, measured on a day that is not
   * after today (and within the years the office plans in). It is added to the history and never
   * replaces an earlier one, also not one of the same day.
   */
  public KpiMeasurement measure(
      int key,
      LocalDate on,
      java.math.BigDecimal value,
      String note,
      LocalDate today,
      java.time.Instant now,
      String user) {
    if (kpi(key).isEmpty()) {
      throw new BusinessRuleViolation("kpi.unknown", "kpi", key);
    }
    if (value == null) {
      throw new BusinessRuleViolation("kpi.value.required", "value");
    }
    if (value.stripTrailingZeros().scale() > Kpi.FRACTION_DIGITS
        || value.precision() - value.scale() > Kpi.INTEGER_DIGITS) {
      throw new BusinessRuleViolation(
          "kpi.value.digits", "value", Kpi.INTEGER_DIGITS, Kpi.FRACTION_DIGITS);
    }
    if (on == null) {
      throw new BusinessRuleViolation("kpi.measuredOn.required", "measuredOn");
    }
    if (on.isAfter(today)) {
      throw new BusinessRuleViolation("kpi.measured.in.future", "measuredOn", on, today);
    }
    requireWithinHorizon(on, "measuredOn");
    if (note != null && note.strip().length() > KpiMeasurement.MAX_NOTE) {
      throw new BusinessRuleViolation("kpi.note.too.long", "note", KpiMeasurement.MAX_NOTE);
    }
    return new KpiMeasurement(this, key, on, value, note, now, user);
  }

  /** Whether the person may keep this project current: its manager or a named deputy. */
  public boolean isManagedBy(Person person) {
    return person != null && (person.equals(projectManager) || deputies.contains(person));
  }

  public String getCode() {
    return code;
  }

  public String getTitle() {
    return title;
  }

  public String getSummary() {
    return summary;
  }

  public StrategicTheme getTheme() {
    return theme;
  }

  public Optional<FieldOfAction> getFieldOfAction() {
    return Optional.ofNullable(fieldOfAction);
  }

  public Organisation getLeadOrganisation() {
    return leadOrganisation;
  }

  public Set<Organisation> getPartners() {
    return Collections.unmodifiableSet(partners);
  }

  public Optional<Person> getProjectManager() {
    return Optional.ofNullable(projectManager);
  }

  public Set<Person> getDeputies() {
    return Collections.unmodifiableSet(deputies);
  }

  public ProjectStatus getStatus() {
    return status;
  }

  public Health getHealth() {
    return health;
  }

  public String getHealthReason() {
    return healthReason;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public LocalDate getEndDate() {
    return endDate;
  }

  public Optional<Grant> getGrant() {
    return Optional.ofNullable(grant);
  }

  public List<Kpi> getKpis() {
    return Collections.unmodifiableList(kpis);
  }

  @Override
  public String auditLabel() {
    return code;
  }

  @Override
  public Long auditProjectId() {
    return getId();
  }
}
