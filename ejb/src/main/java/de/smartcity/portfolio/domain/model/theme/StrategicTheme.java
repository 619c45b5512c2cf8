package de.smartcity.portfolio.domain.model.theme;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A strategic theme (Leitthema) of the Smart City strategy; master data. */
@Entity
@Cacheable
@Table(name = "strategic_theme")
public class StrategicTheme {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "strategic_theme_seq")
  @SequenceGenerator(name = "strategic_theme_seq", allocationSize = 50)
  private Long id;

  @Version private long version;

  @NotBlank
  @Size(max = 20)
  @Column(nullable = false, unique = true, length = 20)
  private String code;

  @NotBlank
  @Size(max = 200)
  @Column(nullable = false, length = 200)
  private String name;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  protected StrategicTheme() {}

  public StrategicTheme(String code, String name, int sortOrder) {
    this.code = code;
    this.name = name;
    this.sortOrder = sortOrder;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public int getSortOrder() {
    return sortOrder;
  }
}
