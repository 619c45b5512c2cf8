package de.smartcity.portfolio.domain.model.theme;

import java.util.List;
import java.util.Optional;

/** Where strategic themes and their fields of action are kept. */
public interface StrategicThemeRepository {

  List<StrategicTheme> findAll();

  Optional<StrategicTheme> findByCode(String code);

  List<FieldOfAction> findAllFields();

  Optional<FieldOfAction> findFieldByCode(String code);

  void store(StrategicTheme theme);

  void store(FieldOfAction field);
}
