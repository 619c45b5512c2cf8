package de.smartcity.portfolio.infrastructure.persistence.jpa;

import de.smartcity.portfolio.domain.model.theme.StrategicTheme;
import de.smartcity.portfolio.domain.model.theme.StrategicThemeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaStrategicThemeRepository implements StrategicThemeRepository {

  @PersistenceContext(unitName = "smartcity")
  private EntityManager entityManager;

  @Override
  public List<StrategicTheme> findAll() {
    return entityManager
        .createQuery("SELECT t FROM StrategicTheme t ORDER BY t.sortOrder", StrategicTheme.class)
        .getResultList();
  }

  @Override
  public Optional<StrategicTheme> findByCode(String code) {
    return entityManager
        .createQuery("SELECT t FROM StrategicTheme t WHERE t.code = :code", StrategicTheme.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }
}
