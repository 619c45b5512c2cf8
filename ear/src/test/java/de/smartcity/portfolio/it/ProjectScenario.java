package de.smartcity.portfolio.it;

import de.smartcity.portfolio.application.NewProject;
import de.smartcity.portfolio.application.ProjectFacts;
import de.smartcity.portfolio.application.ProjectService;
import de.smartcity.portfolio.domain.model.project.Project;
import de.smartcity.portfolio.domain.model.project.ProjectStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * A project of a test's own: code {@code IT-<kind>-<random>}, in progress, theme MOB (field
 * MOB-KLI), led by USB with the city as partner, managed by the demo project manager's person, from
 * 1 January 2024 to 31 December 2025 unless the test says otherwise (manager and period both).
 * Every record a test creates starts with {@code IT-} (users: {@code it-}), so the demo data's
 * checks leave it out.
 */
@ApplicationScoped
public class ProjectScenario {

  @Inject ProjectService projects;

  /** A fresh code (or reference, or lower-cased a username) under the tests' prefix. */
  public static String code(String kind) {
    return "IT-"
        + kind
        + "-"
        + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
  }

  /** A project of the given kind, to be shaped and then created. */
  public Builder project(String kind) {
    return new Builder(code(kind));
  }

  /** The project being set up; each setter returns the same builder. */
  public final class Builder {
    private final String code;
    private String title = "Testprojekt";
    private LocalDate start = LocalDate.of(2024, 1, 1);
    private LocalDate end = LocalDate.of(2025, 12, 31);
    private String grantReference;
    private String managerEmail = As.PM_EMAIL;

    private Builder(String code) {
      this.code = code;
    }

    public Builder titled(String title) {
      this.title = title;
      return this;
    }

    public Builder running(LocalDate start, LocalDate end) {
      this.start = start;
      this.end = end;
      return this;
    }

    /** Managed by the person with this e-mail (an {@code it-} person of the test's own). */
    public Builder managedBy(String email) {
      this.managerEmail = email;
      return this;
    }

    /** Funded by the grant with this reference; the project must lie within its period. */
    public Builder fundedBy(String reference) {
      this.grantReference = reference;
      return this;
    }

    /** Registers the project as an administrator. */
    public Project create() throws Exception {
      return As.admin(this::register);
    }

    /** Registers the project as whoever the caller runs as (an administrator or the manager). */
    public Project register() {
      return projects.registerProject(
          new NewProject(
              code,
              ProjectStatus.IN_PROGRESS,
              new ProjectFacts(
                  title,
                  "Ein Testprojekt",
                  "MOB",
                  "MOB-KLI",
                  "USB",
                  Set.of("STADT"),
                  managerEmail,
                  Set.of(),
                  start,
                  end,
                  grantReference)));
    }
  }
}
