package de.smartcity.portfolio.domain.model.organisation;

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

/**
 * An organisation of the "Konzern Stadt" or a partner that leads or joins projects; master data.
 */
@Entity
@Cacheable
@Table(name = "organisation")
public class Organisation {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organisation_seq")
  @SequenceGenerator(name = "organisation_seq", allocationSize = 50)
  private Long id;

  @Version private long version;

  @NotBlank
  @Size(max = 40)
  @Column(name = "short_name", nullable = false, unique = true, length = 40)
  private String shortName;

  @NotBlank
  @Size(max = 200)
  @Column(nullable = false, length = 200)
  private String name;

  protected Organisation() {}

  public Organisation(String shortName, String name) {
    this.shortName = shortName;
    this.name = name;
  }

  public Long getId() {
    return id;
  }

  public String getShortName() {
    return shortName;
  }

  public String getName() {
    return name;
  }
}
