package de.smartcity.portfolio.infrastructure.persistence.jpa;

import de.smartcity.portfolio.domain.shared.Money;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What every JPA repository needs: the persistence context and a few query shorthands. */
abstract class JpaRepository {

  @PersistenceContext(unitName = "smartcity")
  protected EntityManager entityManager;

  protected <T> Optional<T> find(Class<T> type, long id) {
    return Optional.ofNullable(entityManager.find(type, id));
  }

  protected <T> TypedQuery<T> query(String jpql, Class<T> type, Object... namesAndValues) {
    TypedQuery<T> query = entityManager.createQuery(jpql, type);
    for (int i = 0; i < namesAndValues.length; i += 2) {
      query.setParameter((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return query;
  }

  protected <T> List<T> list(String jpql, Class<T> type, Object... namesAndValues) {
    return query(jpql, type, namesAndValues).getResultList();
  }

  protected <T> Optional<T> first(String jpql, Class<T> type, Object... namesAndValues) {
    return query(jpql, type, namesAndValues).setMaxResults(1).getResultStream().findFirst();
  }

  /** A sum as the database returns it (any numeric type, or null for no rows) in euros. */
  protected static Money money(Object sum) {
    return sum == null ? Money.ZERO : Money.of(new BigDecimal(sum.toString()));
  }

  /**
   * A native SQL query with its positional parameters bound ({@code ?1}, ...), days as SQL dates.
   */
  protected Query nativeQuery(String sql, Object... parameters) {
    return nativeQuery(entityManager, sql, parameters);
  }

  static Query nativeQuery(EntityManager entityManager, String sql, Object... parameters) {
    Query query = entityManager.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      Object value = parameters[i];
      query.setParameter(i + 1, value instanceof LocalDate day ? Date.valueOf(day) : value);
    }
    return query;
  }

  /** A day as a native query returns it: a LocalDate or an SQL date, depending on the driver. */
  protected static LocalDate day(Object value) {
    return value instanceof LocalDate day ? day : ((Date) value).toLocalDate();
  }

  protected void persist(Object entity) {
    entityManager.persist(entity);
  }
}
