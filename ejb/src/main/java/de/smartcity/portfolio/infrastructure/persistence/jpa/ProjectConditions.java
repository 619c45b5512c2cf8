package de.smartcity.portfolio.infrastructure.persistence.jpa;

import de.smartcity.portfolio.domain.model.project.ProjectFilter;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The WHERE clause of a portfolio search, built from fixed fragments with every value bound as a
 * parameter, so no user input ever becomes query text. The fragments name the aliases of the search
 * query: {@code p} project, {@code t} theme, {@code f} field, {@code o} lead organisation, {@code
 * m} manager.
 */
final class ProjectConditions {

  private final List<String> conditions = new ArrayList<>();
  private final Map<String, Object> parameters = new LinkedHashMap<>();

  private ProjectConditions() {}

  static ProjectConditions of(ProjectFilter filter, Long mineAs, LocalDate today) {
    ProjectConditions where = new ProjectConditions();
    where.add(filter.themeCode(), "t.code = :theme", "theme");
    where.add(filter.fieldOfActionCode(), "f.code = :field", "field");
    where.add(
        filter.organisation(),
        "(o.shortName = :organisation OR EXISTS (SELECT pp.id FROM Project pp JOIN pp.partners po"
            + " WHERE pp = p AND po.shortName = :organisation))",
        "organisation");
    where.add(filter.status(), "p.status = :status", "status");
    where.add(filter.health(), "p.health = :health", "health");
    where.add(filter.managerId(), "m.id = :manager", "manager");
    if (filter.text() != null && !filter.text().isBlank()) {
      where.add(
          "%" + escapeLike(filter.text().strip().toLowerCase(Locale.ROOT)) + "%",
          "(LOWER(p.code) LIKE :text ESCAPE '\\' OR LOWER(p.title) LIKE :text ESCAPE '\\'"
              + " OR LOWER(p.summary) LIKE :text ESCAPE '\\')",
          "text");
    }
    if (filter.mine()) {
      // Nobody to be "me" matches nothing, rather than everything.
      where.add(
          mineAs == null ? -1L : mineAs,
          "(m.id = :me OR EXISTS (SELECT pd.id FROM Project pd JOIN pd.deputies d"
              + " WHERE pd = p AND d.id = :me))",
          "me");
    }
    if (filter.overdue()) {
      where.add(
          today,
          "EXISTS (SELECT ms.id FROM Milestone ms WHERE ms.project = p AND ms.completedOn IS NULL"
              + " AND ms.dueDate < :today)",
          "today");
    }
    return where;
  }

  private void add(Object value, String condition, String parameter) {
    if (value == null || (value instanceof String text && text.isBlank())) {
      return;
    }
    conditions.add(condition);
    parameters.put(parameter, value);
  }

  String jpql() {
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }

  <T> TypedQuery<T> bind(TypedQuery<T> query) {
    parameters.forEach(query::setParameter);
    return query;
  }

  private static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
