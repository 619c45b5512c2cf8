package de.smartcity.portfolio.application.internal;

import de.smartcity.portfolio.application.ImportLine.Outcome;
import de.smartcity.portfolio.application.ImportLine.Problem;
import de.smartcity.portfolio.application.ImportProgress;
import de.smartcity.portfolio.application.NewProject;
import de.smartcity.portfolio.application.ProjectFacts;
import de.smartcity.portfolio.application.ProjectImportLine;
import de.smartcity.portfolio.application.ProjectImportLine.Sheet;
import de.smartcity.portfolio.application.ProjectImportPreview;
import de.smartcity.portfolio.application.internal.importing.HeaderedRows;
import de.smartcity.portfolio.application.internal.importing.ImportTable;
import de.smartcity.portfolio.application.internal.importing.ImportValues;
import de.smartcity.portfolio.application.internal.importing.ProjectColumns;
import de.smartcity.portfolio.application.internal.importing.ProjectColumns.Cost;
import de.smartcity.portfolio.application.internal.importing.TableHeader;
import de.smartcity.portfolio.domain.model.budget.BudgetRepository;
import de.smartcity.portfolio.domain.model.budget.CostCategory;
import de.smartcity.portfolio.domain.model.budget.CostPlanLine;
import de.smartcity.portfolio.domain.model.organisation.Organisation;
import de.smartcity.portfolio.domain.model.organisation.OrganisationRepository;
import de.smartcity.portfolio.domain.model.organisation.Person;
import de.smartcity.portfolio.domain.model.project.Health;
import de.smartcity.portfolio.domain.model.project.Project;
import de.smartcity.portfolio.domain.model.project.ProjectCode;
import de.smartcity.portfolio.domain.model.project.ProjectRepository;
import de.smartcity.portfolio.domain.model.project.ProjectStatus;
import de.smartcity.portfolio.domain.model.theme.FieldOfAction;
import de.smartcity.portfolio.domain.model.theme.StrategicTheme;
import de.smartcity.portfolio.domain.model.theme.StrategicThemeRepository;
import de.smartcity.portfolio.domain.shared.BusinessRuleViolation;
import de.smartcity.portfolio.domain.shared.CodedMasterData;
import de.smartcity.portfolio.domain.shared.Money;
import de.smartcity.portfolio.domain.shared.RetirableEntity;
import de.smartcity.portfolio.domain.shared.Sha256;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads a project list (sheets "Projekte" and "Kostenplan") and decides for each project whether an
 * import registers it or refuses it, and why. Names of master data must exist: an unknown theme,
 * field, organisation or person refuses the row and is never created. The dates, traffic light and
 * cost plan are checked by the entities' own rules, on a project that is never stored unless the
 * import registers it through the project service.
 */
@ApplicationScoped
class ProjectImportCheck {

  /** A cost-plan line to plan once its project is registered. */
  record PlanLine(int year, String categoryCode, BigDecimal planned, BigDecimal eligible) {}

  /** A project to register, with its traffic light and cost plan. */
  record Pending(
      int line, NewProject request, Health health, String healthReason, List<PlanLine> plan) {}

  /** The preview, and the projects an import would register, in file order. */
  record Checked(ProjectImportPreview preview, List<Pending> toAdd) {}

  private record Row(int line, TableHeader.Values<ProjectColumns.Project> values) {}

  private record CostRow(int line, TableHeader.Values<Cost> values) {}

  private static final int TITLE_LENGTH = 200;
  private static final int SUMMARY_LENGTH = 4000;
  private static final int CODE_LENGTH = 20;

  @Inject private StrategicThemeRepository themes;
  @Inject private OrganisationRepository organisations;
  @Inject private ProjectRepository projects;
  @Inject private BudgetRepository budgets;

  Checked check(String fileName, byte[] content, ImportProgress progress) {
    String sha256 = Sha256.of(content);
    HeaderedRows<TableHeader<ProjectColumns.Project>, Row> projectRows =
        new HeaderedRows<>(
            fileName,
            cells -> TableHeader.recognise(ProjectColumns.Project.class, cells),
            (line, header, cells) -> new Row(line, header.values(cells)));
    HeaderedRows<TableHeader<Cost>, CostRow> costRows =
        new HeaderedRows<>(
            fileName,
            cells -> TableHeader.recognise(Cost.class, cells),
            (line, header, cells) -> new CostRow(line, header.values(cells)));
    Map<String, ImportTable.RowHandler> sheets = new HashMap<>();
    ProjectColumns.PROJECT_SHEET_NAMES.forEach(name -> sheets.put(name, projectRows));
    ProjectColumns.COST_SHEET_NAMES.forEach(name -> sheets.put(name, costRows));
    Set<String> found = ImportTable.workbookOnly(fileName, content).readSheets(content, sheets);
    if (found.stream().noneMatch(ProjectColumns.PROJECT_SHEET_NAMES::contains)) {
      throw new BusinessRuleViolation(
          "import.sheet.missing", "file", fileName, ProjectColumns.PROJECT_SHEET);
    }
    List<Row> rows = projectRows.requireRows();
    progress.start(rows.size() + costRows.rows().size());
    MasterData master = new MasterData();

    Map<String, Integer> codesSeen = new HashMap<>();
    Map<String, Integer> titlesSeen = new HashMap<>();
    Map<String, Draft> drafts = new LinkedHashMap<>();
    List<Draft> all = new ArrayList<>();
    for (Row row : rows) {
      Draft draft = draft(row, master, codesSeen, titlesSeen);
      all.add(draft);
      if (!draft.code.isBlank()) {
        drafts.putIfAbsent(draft.code, draft);
      }
      progress.advance();
    }
    List<ProjectImportLine> costLines = new ArrayList<>();
    List<CostDraft> costs = new ArrayList<>();
    Set<String> cellsSeen = new LinkedHashSet<>();
    for (CostRow row : costRows.rows()) {
      CostDraft cost = cost(row, master, drafts, cellsSeen);
      costs.add(cost);
      if (cost.problem != null && cost.owner != null && cost.owner.problem == null) {
        cost.owner.problem =
            new BusinessRuleViolation(
                "import.project.cost.refused", "costPlan", ProjectColumns.COST_SHEET, row.line());
      }
      progress.advance();
    }
    for (CostDraft cost : costs) {
      if (cost.problem == null && cost.owner != null && cost.owner.problem != null) {
        cost.problem = new BusinessRuleViolation("import.cost.project.refused", "code", cost.code);
      }
      costLines.add(cost.line());
    }
    List<ProjectImportLine> projectLines = new ArrayList<>();
    List<Pending> toAdd = new ArrayList<>();
    for (Draft draft : all) {
      projectLines.add(draft.line());
      if (draft.problem == null) {
        List<PlanLine> plan =
            costs.stream()
                .filter(c -> c.owner == draft)
                .map(c -> new PlanLine(c.year, c.category.getCode(), c.planned, c.eligible))
                .toList();
        toAdd.add(
            new Pending(draft.row.line(), draft.request, draft.health, draft.healthReason, plan));
      }
    }
    return new Checked(new ProjectImportPreview(fileName, sha256, projectLines, costLines), toAdd);
  }

  /** A project row as read and checked; {@code project} is the checked, never stored project. */
  private static final class Draft {
    final Row row;
    String code;
    Project project;
    NewProject request;
    Health health;
    String healthReason;
    LocalDate start;
    LocalDate end;
    BusinessRuleViolation problem;

    Draft(Row row) {
      this.row = row;
    }

    ProjectImportLine line() {
      var v = row.values();
      return new ProjectImportLine(
          Sheet.PROJECTS,
          row.line(),
          problem == null ? Outcome.ADD : Outcome.ERROR,
          v.get(ProjectColumns.Project.CODE),
          v.get(ProjectColumns.Project.TITLE),
          v.get(ProjectColumns.Project.THEME),
          v.get(ProjectColumns.Project.LEAD),
          start,
          end,
          null,
          null,
          null,
          problem == null ? null : Problem.of(problem));
    }
  }

  private final class CostDraft {
    final CostRow row;
    String code;
    Draft owner;
    Integer year;
    CostCategory category;
    BigDecimal planned;
    BigDecimal eligible;
    BusinessRuleViolation problem;

    CostDraft(CostRow row) {
      this.row = row;
    }

    ProjectImportLine line() {
      var v = row.values();
      return new ProjectImportLine(
          Sheet.COST_PLAN,
          row.line(),
          problem == null ? Outcome.ADD : Outcome.ERROR,
          v.get(Cost.CODE),
          null,
          null,
          null,
          null,
          null,
          year,
          v.get(Cost.CATEGORY),
          planned,
          problem == null ? null : Problem.of(problem));
    }
  }

  private Draft draft(
      Row row, MasterData master, Map<String, Integer> codesSeen, Map<String, Integer> titles) {
    Draft draft = new Draft(row);
    TableHeader.Values<ProjectColumns.Project> v = row.values();
    String code = ProjectCode.normalise(v.get(ProjectColumns.Project.CODE));
    draft.code = code;
    try {
      if (v.problem() != null) {
        throw v.problem();
      }
      if (code.length() > CODE_LENGTH || !code.matches(ProjectCode.PATTERN)) {
        throw new BusinessRuleViolation("import.project.code.malformed", "code", code);
      }
      String title = v.get(ProjectColumns.Project.TITLE);
      String summary = v.get(ProjectColumns.Project.SUMMARY);
      requireLength(title, TITLE_LENGTH, ProjectColumns.Project.TITLE);
      requireLength(summary, SUMMARY_LENGTH, ProjectColumns.Project.SUMMARY);
      Integer first = codesSeen.putIfAbsent(code, row.line());
      if (first != null) {
        throw new BusinessRuleViolation("import.project.code.twice", "code", code, first);
      }
      Integer sameTitle = titles.putIfAbsent(title.toLowerCase(Locale.ROOT), row.line());
      if (sameTitle != null) {
        throw new BusinessRuleViolation("import.project.title.twice", "title", title, sameTitle);
      }
      if (projects.existsByCode(code)) {
        throw new BusinessRuleViolation("project.code.taken", "code", code);
      }
      if (projects.existsByTitle(title)) {
        throw new BusinessRuleViolation("project.title.taken", "title", title);
      }
      String statusText = v.get(ProjectColumns.Project.STATUS);
      ProjectStatus status =
          ProjectColumns.status(statusText)
              .orElseThrow(
                  () -> new BusinessRuleViolation("import.status.unknown", "status", statusText));
      String healthText = v.get(ProjectColumns.Project.HEALTH);
      draft.health =
          healthText.isBlank()
              ? null
              : ProjectColumns.health(healthText)
                  .orElseThrow(
                      () ->
                          new BusinessRuleViolation("import.health.unknown", "health", healthText));
      draft.healthReason = v.get(ProjectColumns.Project.HEALTH_REASON);
      draft.start = day(v.get(ProjectColumns.Project.START), ProjectColumns.Project.START);
      draft.end = day(v.get(ProjectColumns.Project.END), ProjectColumns.Project.END);
      StrategicTheme theme =
          master.themes.find(v.get(ProjectColumns.Project.THEME), "theme.unknown", "theme");
      String fieldText = v.get(ProjectColumns.Project.FIELD);
      FieldOfAction field =
          fieldText.isBlank() ? null : master.fields.find(fieldText, "field.unknown", "field");
      Organisation lead =
          master.organisations.find(
              v.get(ProjectColumns.Project.LEAD), "organisation.unknown", "leadOrganisation");
      List<Organisation> partners =
          split(v.get(ProjectColumns.Project.PARTNERS)).stream()
              .map(p -> master.organisations.find(p, "organisation.unknown", "partners"))
              .toList();
      String managerText = v.get(ProjectColumns.Project.MANAGER);
      Person manager =
          managerText.isBlank()
              ? null
              : master.people.find(managerText, "person.unknown", "projectManager");
      List<Person> deputies =
          split(v.get(ProjectColumns.Project.DEPUTIES)).stream()
              .map(d -> master.people.find(d, "person.unknown", "deputies"))
              .toList();
      Project project = new Project(code, title, theme, lead, status);
      project.describe(title, summary.isBlank() ? null : summary, lead);
      project.classify(theme, field);
      project.partnerWith(partners);
      project.staff(manager, deputies);
      project.schedule(draft.start, draft.end);
      if (draft.health != null) {
        project.assessHealth(draft.health, draft.healthReason);
      }
      draft.project = project;
      draft.request =
          new NewProject(
              code,
              status,
              new ProjectFacts(
                  title,
                  summary.isBlank() ? null : summary,
                  theme.getCode(),
                  field == null ? null : field.getCode(),
                  lead.getShortName(),
                  new LinkedHashSet<>(partners.stream().map(Organisation::getShortName).toList()),
                  manager == null ? null : manager.getEmail(),
                  new LinkedHashSet<>(deputies.stream().map(Person::getEmail).toList()),
                  draft.start,
                  draft.end,
                  null));
    } catch (BusinessRuleViolation refused) {
      draft.problem = refused;
      draft.project = null;
    }
    return draft;
  }

  private CostDraft cost(
      CostRow row, MasterData master, Map<String, Draft> drafts, Set<String> cellsSeen) {
    CostDraft cost = new CostDraft(row);
    TableHeader.Values<Cost> v = row.values();
    cost.code = ProjectCode.normalise(v.get(Cost.CODE));
    cost.owner = drafts.get(cost.code);
    try {
      if (v.problem() != null) {
        throw v.problem();
      }
      String yearText = v.get(Cost.YEAR).strip();
      if (!yearText.matches("\\d{4}")) {
        throw new BusinessRuleViolation("import.year.malformed", "year", yearText);
      }
      cost.year = Integer.valueOf(yearText);
      cost.planned = ImportValues.amount(v.get(Cost.PLANNED), Cost.PLANNED.name());
      String eligibleText = v.get(Cost.ELIGIBLE);
      cost.eligible =
          eligibleText.isBlank()
              ? cost.planned
              : ImportValues.amount(eligibleText, Cost.ELIGIBLE.name());
      cost.category =
          master.categories.find(v.get(Cost.CATEGORY), "costcategory.unknown", "category");
      if (cost.owner == null) {
        throw new BusinessRuleViolation("import.cost.project.unknown", "code", cost.code);
      }
      if (!cellsSeen.add(cost.code + " " + cost.year + " " + cost.category.getCode())) {
        throw new BusinessRuleViolation(
            "import.cost.twice", "year", cost.code, yearText, cost.category.getCode());
      }
      if (cost.owner.project != null) {
        // the very rules of a cost-plan line: a year of the project's period, amounts in bounds
        new CostPlanLine(cost.owner.project, cost.year, cost.category)
            .plan(Money.of(cost.planned), Money.of(cost.eligible));
      }
    } catch (BusinessRuleViolation refused) {
      cost.problem = refused;
    }
    return cost;
  }

  private static void requireLength(String text, int limit, ProjectColumns.Project column) {
    if (text.length() > limit) {
      throw new BusinessRuleViolation(
          "import.value.too.long", column.name(), column.label(), limit);
    }
  }

  private static LocalDate day(String text, ProjectColumns.Project column) {
    return text.isBlank() ? null : ImportValues.day(text, column.name());
  }

  /** A cell that names several organisations or people, separated by semicolons or commas. */
  private static List<String> split(String text) {
    return Arrays.stream(text.split("[;,\\n]"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  /** The master data the rows may name, read once per check. */
  private final class MasterData {
    final Names<StrategicTheme> themes = coded(themes().findAll());
    final Names<FieldOfAction> fields = coded(themes().findAllFields());
    final Names<CostCategory> categories = coded(budgets.findAllCategories());
    final Names<Organisation> organisations =
        new Names<>(organisations().findAll(), Organisation::getShortName, Organisation::getName);
    final Names<Person> people =
        new Names<>(organisations().findAllPeople(), Person::getEmail, Person::getName);

    private StrategicThemeRepository themes() {
      return ProjectImportCheck.this.themes;
    }

    private OrganisationRepository organisations() {
      return ProjectImportCheck.this.organisations;
    }

    private <T extends CodedMasterData> Names<T> coded(List<T> records) {
      return new Names<>(records, CodedMasterData::getCode, CodedMasterData::getName);
    }
  }

  /**
   * Master data found by its code (short name, e-mail address) or its name, whatever the case; a
   * name two records share finds neither. A retired record is refused: it is given to no new
   * project.
   */
  private static final class Names<T extends RetirableEntity> {
    private final Map<String, T> byKey = new HashMap<>();
    private final Set<String> ambiguous = new java.util.HashSet<>();

    Names(List<T> records, Function<T, String> code, Function<T, String> name) {
      records.forEach(r -> byKey.put(key(code.apply(r)), r));
      for (T r : records) {
        String k = key(name.apply(r));
        T other = byKey.putIfAbsent(k, r);
        if (other != null && other != r && !key(code.apply(other)).equals(k)) {
          ambiguous.add(k);
        }
      }
    }

    T find(String text, String unknownKey, String field) {
      String k = key(text);
      T found = ambiguous.contains(k) ? null : byKey.get(k);
      if (found == null) {
        throw new BusinessRuleViolation(unknownKey, field, text.strip());
      }
      if (found.isRetired()) {
        throw new BusinessRuleViolation("masterdata.retired", field, text.strip());
      }
      return found;
    }

    private static String key(String text) {
      return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }
  }
}
