package de.smartcity.portfolio.domain.model.theme;

import de.smartcity.portfolio.domain.shared.CodedMasterData;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A strategic theme (Leitthema) of the Smart City strategy; master data. */
@Entity
@Cacheable
@Table(name = "strategic_theme")
public class StrategicTheme extends CodedMasterData {

  protected StrategicTheme() {}

  public StrategicTheme(String code, String name, int sortOrder) {
    super(code, name, sortOrder);
  }
}
