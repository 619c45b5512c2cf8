package de.smartcity.portfolio.application.internal.importing;

import de.smartcity.portfolio.domain.model.project.Health;
import de.smartcity.portfolio.domain.model.project.ProjectStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The two sheets of the programme office's project list: "Projekte", one project a row, and
 * "Kostenplan", one planned amount a row (project code, year, cost category, amounts), and the
 * names, German and English, by which their columns and the status and traffic-light values are
 * recognised.
 */
public final class ProjectColumns {

  /** The sheets' names in the template, and the simplified names that mean them. */
  public static final String PROJECT_SHEET = "Projekte";

  public static final String COST_SHEET = "Kostenplan";
  public static final Set<String> PROJECT_SHEET_NAMES = Set.of("projekte", "projects");
  public static final Set<String> COST_SHEET_NAMES = Set.of("kostenplan", "costplan");

  /** The columns of "Projekte", in template order. */
  public enum Project implements TableHeader.Column {
    CODE("Projektcode", true, "projektcode", "code", "projectcode", "kurzel", "projektkurzel"),
    TITLE("Titel", true, "titel", "title", "projekttitel", "projecttitle"),
    SUMMARY("Kurzbeschreibung", false, "kurzbeschreibung", "beschreibung", "summary"),
    THEME("Leitthema", true, "leitthema", "thema", "theme", "strategictheme"),
    FIELD("Handlungsfeld", false, "handlungsfeld", "field", "fieldofaction"),
    LEAD(
        "Federführende Organisation",
        true,
        "federfuhrendeorganisation",
        "federfuhrung",
        "leadorganisation",
        "leadorganization",
        "lead"),
    PARTNERS("Partner", false, "partner", "partners", "partnerorganisationen"),
    MANAGER(
        "Projektleitung", false, "projektleitung", "projektleiter", "manager", "projectmanager"),
    DEPUTIES("Stellvertretung", false, "stellvertretung", "stellvertreter", "deputy", "deputies"),
    START("Beginn", false, "beginn", "start", "startdate", "projektbeginn"),
    END("Ende", false, "ende", "end", "enddate", "projektende"),
    STATUS("Status", true, "status"),
    HEALTH("Ampel", false, "ampel", "health", "trafficlight"),
    HEALTH_REASON(
        "Ampelbegründung", false, "ampelbegrundung", "begrundung", "healthreason", "reason");

    private final TableHeader.Spec spec;

    Project(String label, boolean required, String... names) {
      this.spec = TableHeader.Spec.of(label, required, names);
    }

    @Override
    public TableHeader.Spec spec() {
      return spec;
    }
  }

  /** The columns of "Kostenplan", in template order. */
  public enum Cost implements TableHeader.Column {
    CODE("Projektcode", true, "projektcode", "code", "projectcode"),
    YEAR("Jahr", true, "jahr", "year", "planjahr"),
    CATEGORY("Kostenkategorie", true, "kostenkategorie", "kategorie", "costcategory", "category"),
    PLANNED("Geplant", true, "geplant", "betrag", "planned", "amount", "plannedamount"),
    ELIGIBLE(
        "Zuwendungsfähig",
        false,
        "zuwendungsfahig",
        "davonzuwendungsfahig",
        "eligible",
        "eligibleamount");

    private final TableHeader.Spec spec;

    Cost(String label, boolean required, String... names) {
      this.spec = TableHeader.Spec.of(label, required, names);
    }

    @Override
    public TableHeader.Spec spec() {
      return spec;
    }
  }

  /** The status names as the pages show them, German and English, and the enum's own. */
  private static final Map<String, ProjectStatus> STATUSES =
      names(
          ProjectStatus.values(),
          Map.of(
              ProjectStatus.IDEA, List.of("Idee", "Idea"),
              ProjectStatus.PLANNED, List.of("Geplant", "Planned"),
              ProjectStatus.IN_PROGRESS, List.of("In Umsetzung", "In progress"),
              ProjectStatus.COMPLETED, List.of("Umgesetzt", "Completed", "Abgeschlossen"),
              ProjectStatus.PAUSED, List.of("Pausiert", "Paused"),
              ProjectStatus.CANCELLED, List.of("Abgebrochen", "Cancelled", "Canceled")));

  private static final Map<String, Health> HEALTHS =
      names(
          Health.values(),
          Map.of(
              Health.GREEN, List.of("Grün", "Green"),
              Health.AMBER, List.of("Gelb", "Amber", "Yellow"),
              Health.RED, List.of("Rot", "Red")));

  private ProjectColumns() {}

  /** The status a label names, whatever its case and spaces. */
  public static Optional<ProjectStatus> status(String label) {
    return Optional.ofNullable(STATUSES.get(TableHeader.simplify(label)));
  }

  public static Optional<Health> health(String label) {
    return Optional.ofNullable(HEALTHS.get(TableHeader.simplify(label)));
  }

  /** The header of a sheet of the template, in order. */
  public static <C extends Enum<C> & TableHeader.Column> List<String> header(Class<C> columns) {
    return java.util.Arrays.stream(columns.getEnumConstants()).map(C::label).toList();
  }

  private static <E extends Enum<E>> Map<String, E> names(E[] values, Map<E, List<String>> labels) {
    Map<String, E> byName = new HashMap<>();
    for (E value : values) {
      byName.put(TableHeader.simplify(value.name()), value);
      labels.get(value).forEach(label -> byName.put(TableHeader.simplify(label), value));
    }
    return Map.copyOf(byName);
  }
}
