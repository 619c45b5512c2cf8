package de.smartcity.portfolio.domain.model.organisation;

import de.smartcity.portfolio.domain.shared.RetirableEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Locale;

/** Someone who manages or works on projects, employed by one organisation. */
@Entity
@Table(name = "person")
public class Person extends RetirableEntity {

  @NotBlank
  @Size(max = 120)
  @Column(nullable = false, length = 120)
  private String name;

  @NotBlank
  @Email
  @Size(max = 200)
  @Column(nullable = false, unique = true, length = 200)
  private String email;

  @NotNull
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "organisation_id", nullable = false)
  private Organisation organisation;

  protected Person() {}

  public Person(String name, String email, Organisation organisation) {
    this.name = name;
    this.email = normaliseEmail(email);
    this.organisation = organisation;
  }

  /** E-mail addresses are compared without regard to case, so they are kept in lower case. */
  public static String normaliseEmail(String email) {
    return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
  }

  public String getName() {
    return name;
  }

  public String getEmail() {
    return email;
  }

  public Organisation getOrganisation() {
    return organisation;
  }

  public void update(String newName, String newEmail, Organisation newOrganisation) {
    this.name = newName;
    this.email = normaliseEmail(newEmail);
    this.organisation = newOrganisation;
  }

  @Override
  public String auditLabel() {
    return name;
  }

  @Override
  public Long auditProjectId() {
    return null;
  }
}
