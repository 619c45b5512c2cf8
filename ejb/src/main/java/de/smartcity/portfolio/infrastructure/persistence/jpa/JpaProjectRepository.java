package de.smartcity.portfolio.infrastructure.persistence.jpa;

import de.smartcity.portfolio.domain.model.project.Project;
import de.smartcity.portfolio.domain.model.project.ProjectFilter;
import de.smartcity.portfolio.domain.model.project.ProjectImport;
import de.smartcity.portfolio.domain.model.project.ProjectListing;
import de.smartcity.portfolio.domain.model.project.ProjectPage;
import de.smartcity.portfolio.domain.model.project.ProjectRepository;
import de.smartcity.portfolio.domain.model.project.ProjectSort;
import de.smartcity.portfolio.domain.model.project.ProjectSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaProjectRepository extends JpaRepository implements ProjectRepository {

  @Override
  public List<ProjectSummary> findAllSummaries() {
    return list(
        "SELECT NEW de.smartcity.portfolio.domain.model.project.ProjectSummary("
            + "p.id, p.code, p.title, t.name, o.name, p.status, p.health) "
            + "FROM Project p JOIN p.theme t JOIN p.leadOrganisation o ORDER BY p.code",
        ProjectSummary.class);
  }

  @Override
  public Map<Long, String> grantReferences() {
    Map<Long, String> references = new LinkedHashMap<>();
    for (Object[] row :
        list(
            "SELECT p.id, g.reference FROM Project p JOIN p.grant g ORDER BY p.id",
            Object[].class)) {
      references.put((Long) row[0], (String) row[1]);
    }
    return references;
  }

  @Override
  public ProjectPage search(
      ProjectFilter filter,
      Long mineAs,
      LocalDate today,
      ProjectSort sort,
      boolean ascending,
      int first,
      int max) {
    if (sort.byMoney()) {
      return byMoney(
          search(filter, mineAs, today, ProjectSort.CODE, true, 0, Integer.MAX_VALUE),
          sort,
          ascending,
          first,
          max);
    }
    ProjectConditions where = ProjectConditions.of(filter, mineAs, today);
    long total = count(where);
    if (total == 0) {
      return new ProjectPage(List.of(), 0);
    }
    TypedQuery<ProjectListing> page =
        where.bind(
            entityManager.createQuery(
                "SELECT NEW de.smartcity.portfolio.domain.model.project.ProjectListing("
                    + "p.id, p.code, p.title, t.name, f.name, o.name, m.name, p.status, p.health, "
                    + "p.startDate, p.endDate) FROM Project p"
                    + FROM_JOINS
                    + where.jpql()
                    + " ORDER BY "
                    + orderBy(sort, ascending),
                ProjectListing.class));
    return new ProjectPage(page.setFirstResult(first).setMaxResults(max).getResultList(), total);
  }

  /**
   * The matching projects (in code order) ordered by their money, with the figures the list's
   * columns show: approved plan lines and the running receipt totals per project, each summed once
   * by the database for the whole programme. Equal sums keep the code order, in both directions.
   */
  private ProjectPage byMoney(
      ProjectPage all, ProjectSort sort, boolean ascending, int first, int max) {
    Map<Long, BigDecimal> planned =
        sums(
            "SELECT project_id, SUM(planned) FROM cost_plan_line WHERE approved = TRUE"
                + " GROUP BY project_id");
    Map<Long, BigDecimal> spent = sums("SELECT project_id, amount FROM receipt_total_project");
    java.util.function.Function<ProjectListing, BigDecimal> key =
        row -> {
          BigDecimal plan = planned.getOrDefault(row.id(), BigDecimal.ZERO);
          BigDecimal actual = spent.getOrDefault(row.id(), BigDecimal.ZERO);
          return switch (sort) {
            case PLANNED -> plan;
            case SPENT -> actual;
            default -> plan.subtract(actual);
          };
        };
    java.util.Comparator<ProjectListing> order = java.util.Comparator.comparing(key);
    List<ProjectListing> rows =
        all.rows().stream().sorted(ascending ? order : order.reversed()).toList();
    int from = Math.min(first, rows.size());
    int to = (int) Math.min((long) from + max, rows.size());
    return new ProjectPage(rows.subList(from, to), all.total());
  }

  private Map<Long, BigDecimal> sums(String sql) {
    Map<Long, BigDecimal> sums = new java.util.HashMap<>();
    for (Object row : nativeQuery(sql).getResultList()) {
      Object[] cells = (Object[]) row;
      sums.put(((Number) cells[0]).longValue(), new BigDecimal(cells[1].toString()));
    }
    return sums;
  }

  @Override
  public long count(ProjectFilter filter, LocalDate today) {
    return count(ProjectConditions.of(filter, null, today));
  }

  private long count(ProjectConditions where) {
    return where
        .bind(
            entityManager.createQuery(
                "SELECT COUNT(p) FROM Project p" + where.joinsFor(JOINS) + where.jpql(),
                Long.class))
        .getSingleResult();
  }

  /**
   * The search's joins by alias. Theme and lead organisation are required references, so the inner
   * joins keep every project, as the outer joins do.
   */
  static final Map<String, String> JOINS = joins();

  private static final String FROM_JOINS = String.join("", JOINS.values());

  private static Map<String, String> joins() {
    Map<String, String> joins = new LinkedHashMap<>();
    joins.put("t", " JOIN p.theme t");
    joins.put("f", " LEFT JOIN p.fieldOfAction f");
    joins.put("o", " JOIN p.leadOrganisation o");
    joins.put("m", " LEFT JOIN p.projectManager m");
    return Collections.unmodifiableMap(joins);
  }

  private static String orderBy(ProjectSort sort, boolean ascending) {
    String column =
        switch (sort) {
          case CODE -> "p.code";
          case TITLE -> "p.title";
          case THEME -> "t.sortOrder";
          case FIELD -> "f.name";
          case ORGANISATION -> "o.name";
          case MANAGER -> "m.name";
          case STATUS -> "p.status";
          case HEALTH -> "p.health";
          case START -> "p.startDate";
          case END -> "p.endDate";
          // ordered by byMoney, which asks for the code order first
          case PLANNED, SPENT, REMAINING -> "p.code";
        };
    String direction = ascending ? " ASC" : " DESC";
    return sort == ProjectSort.CODE ? column + direction : column + direction + ", p.code ASC";
  }

  @Override
  public Optional<Project> find(long id) {
    return find(Project.class, id);
  }

  @Override
  public List<Project> findAll(java.util.Collection<Long> ids) {
    return ids.isEmpty()
        ? List.of()
        : list(
            "SELECT p FROM Project p LEFT JOIN FETCH p.grant WHERE p.id IN :ids",
            Project.class,
            "ids",
            ids);
  }

  @Override
  public Optional<Project> findByCode(String code) {
    return first("SELECT p FROM Project p WHERE p.code = :code", Project.class, "code", code);
  }

  @Override
  public boolean existsByCode(String code) {
    return query("SELECT COUNT(p) FROM Project p WHERE p.code = :code", Long.class, "code", code)
            .getSingleResult()
        > 0;
  }

  @Override
  public boolean existsByTitle(String title) {
    return query(
                "SELECT COUNT(p) FROM Project p WHERE LOWER(TRIM(p.title)) = :title",
                Long.class,
                "title",
                title.strip().toLowerCase(java.util.Locale.ROOT))
            .getSingleResult()
        > 0;
  }

  @Override
  public List<String> codesStartingWith(String prefix) {
    return list(
            "SELECT p.code FROM Project p WHERE p.code LIKE :prefix ORDER BY p.code",
            String.class,
            "prefix",
            prefix + "%")
        .stream()
        // a theme code may hold "_", which LIKE reads as any character
        .filter(code -> code.startsWith(prefix))
        .toList();
  }

  @Override
  public List<Project> findByFieldOfAction(String fieldCode) {
    return list(
        "SELECT p FROM Project p WHERE p.fieldOfAction.code = :code ORDER BY p.code",
        Project.class,
        "code",
        fieldCode);
  }

  @Override
  public long count() {
    return query("SELECT COUNT(p) FROM Project p", Long.class).getSingleResult();
  }

  @Override
  public void store(Project project) {
    persist(project);
  }

  @Override
  public void store(ProjectImport projectImport) {
    persist(projectImport);
  }

  @Override
  public List<ProjectImport> latestImports(int max) {
    return query(
            "SELECT i FROM ProjectImport i ORDER BY i.importedAt DESC, i.id DESC",
            ProjectImport.class)
        .setMaxResults(max)
        .getResultList();
  }
}
