package de.smartcity.portfolio.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;

/**
 * The facts of a project that its manager keeps current; master data is named by its codes, people
 * by their e-mail addresses.
 *
 * @param title the title
 * @param summary what the project is about, optional
 * @param themeCode its strategic theme
 * @param fieldOfActionCode its field of action within the theme, optional
 * @param leadOrganisation the short name of the lead organisation
 * @param partnerOrganisations short names of partner organisations
 * @param projectManagerEmail the project manager, optional
 * @param deputyEmails the manager's deputies
 * @param startDate when it starts, optional
 * @param endDate when it ends, optional and never before the start
 * @param grantReference the grant that funds it, or {@code null} when not funded
 */
public record ProjectFacts(
    @NotBlank @Size(max = 200) String title,
    @Size(max = 4000) String summary,
    @NotBlank String themeCode,
    String fieldOfActionCode,
    @NotBlank String leadOrganisation,
    @NotNull Set<String> partnerOrganisations,
    String projectManagerEmail,
    @NotNull Set<String> deputyEmails,
    LocalDate startDate,
    LocalDate endDate,
    String grantReference) {

  /** The bare minimum: a title in a theme, led by an organisation, nothing else known yet. */
  public static ProjectFacts of(String title, String themeCode, String leadOrganisation) {
    return new ProjectFacts(
        title, null, themeCode, null, leadOrganisation, Set.of(), null, Set.of(), null, null, null);
  }
}
