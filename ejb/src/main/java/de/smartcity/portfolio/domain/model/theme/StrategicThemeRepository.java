package de.smartcity.portfolio.domain.model.theme;

import java.util.List;
import java.util.Optional;

/** Where strategic themes are kept. */
public interface StrategicThemeRepository {

  List<StrategicTheme> findAll();

  Optional<StrategicTheme> findByCode(String code);
}
