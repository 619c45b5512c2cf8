package de.smartcity.portfolio.infrastructure.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import de.smartcity.portfolio.domain.model.project.ProjectFilter;
import de.smartcity.portfolio.domain.model.project.ProjectStatus;
import de.smartcity.portfolio.domain.shared.Quarter;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProjectConditionsTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

  /** The search's own joins, so the test reads what the count query is built from. */
  private static final Map<String, String> JOINS = JpaProjectRepository.JOINS;

  @Test
  void shouldCountTheWholePortfolioWithoutAnyJoin() {
    ProjectConditions where = ProjectConditions.of(ProjectFilter.ALL, null, TODAY);

    assertThat(where.joinsFor(JOINS)).isEmpty();
    assertThat(where.jpql()).isEmpty();
  }

  @Test
  void shouldJoinOnlyWhatTheConditionsRead() {
    ProjectFilter filter =
        new ProjectFilter(
            "INF", null, null, ProjectStatus.IN_PROGRESS, null, null, "lora", false, true);

    ProjectConditions where = ProjectConditions.of(filter, null, TODAY);

    assertThat(where.joinsFor(JOINS)).isEqualTo(" JOIN p.theme t");
    assertThat(where.jpql()).contains("t.code = :theme", "p.status = :status");
  }

  @Test
  void shouldJoinTheManagerForMyProjectsAndTheOrganisationForItsFilter() {
    ProjectFilter filter =
        new ProjectFilter(null, "INF-KOM", "USB", null, null, null, null, true, false);

    ProjectConditions where = ProjectConditions.of(filter, 7L, TODAY);

    assertThat(where.joinsFor(JOINS))
        .isEqualTo(
            " LEFT JOIN p.fieldOfAction f JOIN p.leadOrganisation o LEFT JOIN p.projectManager m");
  }

  @Test
  void shouldNarrowToAYearAQuarterAndAGrantWithoutAnyJoin() {
    ProjectFilter filter =
        ProjectFilter.ALL.inYear(2025).inQuarter(new Quarter(2025, 3)).fundedBy(4L);

    ProjectConditions where = ProjectConditions.of(filter, null, TODAY);

    assertThat(where.joinsFor(JOINS)).isEmpty();
    assertThat(where.jpql())
        .contains(
            "cl.year = :year",
            "ry.paymentDate >= :yearFrom AND ry.paymentDate < :yearUntil",
            "sr.reportDate >= :quarterFrom AND sr.reportDate < :quarterUntil",
            "p.grant.id = :grant");
  }
}
