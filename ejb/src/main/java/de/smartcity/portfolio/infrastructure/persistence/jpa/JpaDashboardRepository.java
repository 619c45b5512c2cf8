package de.smartcity.portfolio.infrastructure.persistence.jpa;

import de.smartcity.portfolio.domain.model.dashboard.Dashboard.Count;
import de.smartcity.portfolio.domain.model.dashboard.Dashboard.HealthQuarter;
import de.smartcity.portfolio.domain.model.dashboard.Dashboard.MilestoneLine;
import de.smartcity.portfolio.domain.model.dashboard.Dashboard.PlanActual;
import de.smartcity.portfolio.domain.model.dashboard.DashboardRepository;
import de.smartcity.portfolio.domain.shared.Money;
import de.smartcity.portfolio.domain.shared.Quarter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dashboard's grouped queries. Plan and receipts are summed in two separate queries per slice,
 * because joining both to the project would multiply each plan line by the project's receipts; the
 * receipts come from their running totals per project (V9), not from every receipt.
 */
@ApplicationScoped
public class JpaDashboardRepository extends JpaRepository implements DashboardRepository {

  private static final String PLAN_BY_THEME =
      "SELECT t.code, t.name, SUM(l.planned) FROM strategic_theme t"
          + " LEFT JOIN project p ON p.theme_id = t.id"
          + " LEFT JOIN cost_plan_line l ON l.project_id = p.id AND l.approved = TRUE"
          + " GROUP BY t.code, t.name, t.sort_order ORDER BY t.sort_order, t.code";

  private static final String ACTUAL_BY_THEME =
      "SELECT t.code, SUM(r.amount) FROM receipt_total_project r"
          + " JOIN project p ON p.id = r.project_id JOIN strategic_theme t ON t.id = p.theme_id"
          + " GROUP BY t.code";

  private static final String PLAN_BY_LEAD =
      "SELECT o.short_name, o.name, SUM(l.planned) FROM organisation o"
          + " JOIN project p ON p.lead_organisation_id = o.id"
          + " LEFT JOIN cost_plan_line l ON l.project_id = p.id AND l.approved = TRUE"
          + " GROUP BY o.short_name, o.name ORDER BY o.name";

  private static final String ACTUAL_BY_LEAD =
      "SELECT o.short_name, SUM(r.amount) FROM receipt_total_project r"
          + " JOIN project p ON p.id = r.project_id"
          + " JOIN organisation o ON o.id = p.lead_organisation_id GROUP BY o.short_name";

  private static final String REPORTS_BY_QUARTER =
      "SELECT EXTRACT(YEAR FROM report_date), EXTRACT(QUARTER FROM report_date), health, COUNT(*)"
          + " FROM status_report"
          + " GROUP BY EXTRACT(YEAR FROM report_date), EXTRACT(QUARTER FROM report_date), health";

  private static final String OPEN_MILESTONES =
      "SELECT m.id, m.title, m.due_date, p.code, p.title, t.code FROM milestone m"
          + " JOIN project p ON p.id = m.project_id JOIN strategic_theme t ON t.id = p.theme_id"
          + " WHERE m.completed_on IS NULL AND m.due_date >= ?1 AND m.due_date < ?2"
          + " AND (?3 = '' OR t.code = ?4)"
          + " ORDER BY m.due_date %1$s, m.id %1$s";

  @Override
  public List<Count> projectsByStatus() {
    return counts("SELECT status, COUNT(*) FROM project GROUP BY status");
  }

  @Override
  public List<Count> projectsByHealth() {
    return counts("SELECT health, COUNT(*) FROM project GROUP BY health");
  }

  @Override
  public List<PlanActual> planActualByTheme() {
    return planActual(PLAN_BY_THEME, ACTUAL_BY_THEME);
  }

  @Override
  public List<PlanActual> planActualByLeadOrganisation() {
    return planActual(PLAN_BY_LEAD, ACTUAL_BY_LEAD);
  }

  @Override
  public long overdueMilestones(LocalDate today) {
    return number(
        "SELECT COUNT(*) FROM milestone WHERE completed_on IS NULL AND due_date < ?1", today);
  }

  @Override
  public long projectsWithOverdueMilestones(LocalDate today) {
    return number(
        "SELECT COUNT(DISTINCT project_id) FROM milestone"
            + " WHERE completed_on IS NULL AND due_date < ?1",
        today);
  }

  @Override
  public List<HealthQuarter> statusReportsByQuarter() {
    Map<Quarter, long[]> byQuarter = new java.util.TreeMap<>();
    for (Object[] row : rows(REPORTS_BY_QUARTER)) {
      Quarter quarter = new Quarter(integer(row[0]), integer(row[1]));
      int health =
          switch ((String) row[2]) {
            case "GREEN" -> 0;
            case "AMBER" -> 1;
            default -> 2;
          };
      byQuarter.computeIfAbsent(quarter, q -> new long[3])[health] += ((Number) row[3]).longValue();
    }
    List<HealthQuarter> quarters = new ArrayList<>();
    byQuarter.forEach((q, n) -> quarters.add(new HealthQuarter(q, n[0], n[1], n[2])));
    return quarters;
  }

  @Override
  public List<MilestoneLine> openMilestones(
      LocalDate today, LocalDate until, Optional<String> themeCode, int limit) {
    String theme = themeCode.orElse("");
    List<MilestoneLine> lines = new ArrayList<>();
    for (Object[] row :
        limited(
            OPEN_MILESTONES.formatted("DESC"),
            limit,
            LocalDate.of(1900, 1, 1),
            today,
            theme,
            theme)) {
      lines.add(milestone(row, true));
    }
    for (Object[] row :
        limited(OPEN_MILESTONES.formatted("ASC"), limit, today, until.plusDays(1), theme, theme)) {
      lines.add(milestone(row, false));
    }
    return lines;
  }

  private static MilestoneLine milestone(Object[] row, boolean overdue) {
    return new MilestoneLine(
        ((Number) row[0]).longValue(),
        (String) row[1],
        day(row[2]),
        overdue,
        (String) row[3],
        (String) row[4],
        (String) row[5]);
  }

  private List<Count> counts(String sql) {
    return rows(sql).stream()
        .map(row -> new Count((String) row[0], ((Number) row[1]).longValue()))
        .toList();
  }

  private List<PlanActual> planActual(String planSql, String actualSql) {
    Map<String, Money> actual = new HashMap<>();
    for (Object[] row : rows(actualSql)) {
      actual.put((String) row[0], money(row[1]));
    }
    Map<String, PlanActual> slices = new LinkedHashMap<>();
    for (Object[] row : rows(planSql)) {
      String key = (String) row[0];
      slices.put(
          key,
          new PlanActual(
              key, (String) row[1], money(row[2]), actual.getOrDefault(key, Money.ZERO)));
    }
    return List.copyOf(slices.values());
  }

  private long number(String sql, Object... parameters) {
    return ((Number) nativeQuery(sql, parameters).getSingleResult()).longValue();
  }

  private List<Object[]> rows(String sql, Object... parameters) {
    return limited(sql, 0, parameters);
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> limited(String sql, int limit, Object... parameters) {
    Query query = nativeQuery(sql, parameters);
    if (limit > 0) {
      query.setMaxResults(limit);
    }
    return query.getResultList();
  }

  private static int integer(Object value) {
    return ((Number) value).intValue();
  }
}
