package de.smartcity.portfolio.domain.model.theme;

import de.smartcity.portfolio.domain.shared.CodedMasterData;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;

/** A field of action (Handlungsfeld) within a strategic theme; master data. */
@Entity
@Cacheable
@Table(name = "field_of_action")
public class FieldOfAction extends CodedMasterData {

  @NotNull
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "theme_id", nullable = false)
  private StrategicTheme theme;

  protected FieldOfAction() {}

  public FieldOfAction(StrategicTheme theme, String code, String name, int sortOrder) {
    super(code, name, sortOrder);
    this.theme = theme;
  }

  public StrategicTheme getTheme() {
    return theme;
  }

  /** Moves the field to another theme; its projects follow it (see the service). */
  public void moveTo(StrategicTheme newTheme) {
    this.theme = newTheme;
  }

  public boolean belongsTo(StrategicTheme candidate) {
    return theme.getCode().equals(candidate.getCode());
  }
}
