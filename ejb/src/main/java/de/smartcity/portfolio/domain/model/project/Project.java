package de.smartcity.portfolio.domain.model.project;

import de.smartcity.portfolio.domain.model.organisation.Organisation;
import de.smartcity.portfolio.domain.model.theme.StrategicTheme;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/** A Smart City project: the aggregate root of the portfolio. */
@Entity
@Table(name = "project")
public class Project {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "project_seq")
  @SequenceGenerator(name = "project_seq", allocationSize = 50)
  private Long id;

  @Version private long version;

  @NotBlank
  @Size(max = 20)
  @Pattern(regexp = ProjectCode.PATTERN, message = "{project.code.pattern}")
  @Column(nullable = false, unique = true, length = 20)
  private String code;

  @NotBlank
  @Size(max = 200)
  @Column(nullable = false, length = 200)
  private String title;

  @NotNull
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "theme_id", nullable = false)
  private StrategicTheme theme;

  @NotNull
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "lead_organisation_id", nullable = false)
  private Organisation leadOrganisation;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ProjectStatus status;

  protected Project() {}

  public Project(
      String code,
      String title,
      StrategicTheme theme,
      Organisation leadOrganisation,
      ProjectStatus status) {
    this.code = Objects.requireNonNull(code, "code");
    this.title = Objects.requireNonNull(title, "title");
    this.theme = Objects.requireNonNull(theme, "theme");
    this.leadOrganisation = Objects.requireNonNull(leadOrganisation, "leadOrganisation");
    this.status = Objects.requireNonNull(status, "status");
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public String getCode() {
    return code;
  }

  public String getTitle() {
    return title;
  }

  public StrategicTheme getTheme() {
    return theme;
  }

  public Organisation getLeadOrganisation() {
    return leadOrganisation;
  }

  public ProjectStatus getStatus() {
    return status;
  }
}
