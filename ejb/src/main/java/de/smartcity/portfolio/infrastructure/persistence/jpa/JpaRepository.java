package de.smartcity.portfolio.infrastructure.persistence.jpa;

import de.smartcity.portfolio.domain.shared.Money;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
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

  protected void persist(Object entity) {
    entityManager.persist(entity);
  }
}
