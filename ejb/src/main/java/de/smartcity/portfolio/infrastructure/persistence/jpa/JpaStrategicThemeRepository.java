package de.smartcity.portfolio.infrastructure.persistence.jpa;

import de.smartcity.portfolio.domain.model.theme.FieldOfAction;
import de.smartcity.portfolio.domain.model.theme.StrategicTheme;
import de.smartcity.portfolio.domain.model.theme.StrategicThemeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaStrategicThemeRepository extends JpaRepository implements StrategicThemeRepository {

  @Override
  public List<StrategicTheme> findAll() {
    return list("SELECT t FROM StrategicTheme t ORDER BY t.sortOrder", StrategicTheme.class);
  }

  @Override
  public Optional<StrategicTheme> findByCode(String code) {
    return first(
        "SELECT t FROM StrategicTheme t WHERE t.code = :code", StrategicTheme.class, "code", code);
  }

  @Override
  public List<FieldOfAction> findAllFields() {
    return list(
        "SELECT f FROM FieldOfAction f JOIN FETCH f.theme t ORDER BY t.sortOrder, f.sortOrder",
        FieldOfAction.class);
  }

  @Override
  public Optional<FieldOfAction> findFieldByCode(String code) {
    return first(
        "SELECT f FROM FieldOfAction f WHERE f.code = :code", FieldOfAction.class, "code", code);
  }

  @Override
  public void store(StrategicTheme theme) {
    persist(theme);
  }

  @Override
  public void store(FieldOfAction field) {
    persist(field);
  }
}
