package de.smartcity.portfolio.domain.model.organisation;

import de.smartcity.portfolio.domain.shared.RetirableEntity;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An organisation of the "Konzern Stadt" or a partner that leads or joins projects; master data.
 */
@Entity
@Cacheable
@Table(name = "organisation")
public class Organisation extends RetirableEntity {

  @NotBlank
  @Size(max = 40)
  @Column(name = "short_name", nullable = false, unique = true, length = 40)
  private String shortName;

  @NotBlank
  @Size(max = 200)
  @Column(nullable = false, length = 200)
  private String name;

  /** Part of the city's group of companies ("Konzern Stadt"), as opposed to an outside partner. */
  @Column(name = "city_group", nullable = false)
  private boolean cityGroup;

  protected Organisation() {}

  public Organisation(String shortName, String name, boolean cityGroup) {
    this.shortName = shortName;
    this.name = name;
    this.cityGroup = cityGroup;
  }

  public String getShortName() {
    return shortName;
  }

  public String getName() {
    return name;
  }

  public boolean isCityGroup() {
    return cityGroup;
  }

  public void rename(String newName, boolean partOfCityGroup) {
    this.name = newName;
    this.cityGroup = partOfCityGroup;
  }

  @Override
  public String auditLabel() {
    return shortName;
  }

  @Override
  public Long auditProjectId() {
    return null;
  }
}
