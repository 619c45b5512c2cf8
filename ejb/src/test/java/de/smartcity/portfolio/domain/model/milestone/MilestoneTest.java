package de.smartcity.portfolio.domain.model.milestone;

import static org.assertj.core.api.Assertions.assertThat;

import de.smartcity.portfolio.domain.model.organisation.Organisation;
import de.smartcity.portfolio.domain.model.project.Project;
import de.smartcity.portfolio.domain.model.project.ProjectStatus;
import de.smartcity.portfolio.domain.model.theme.StrategicTheme;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MilestoneTest {

  private static final LocalDate DUE = LocalDate.of(2026, 6, 30);

  private final Milestone milestone =
      new Milestone(
          new Project(
              "INF-01",
              "Bochum-App",
              new StrategicTheme("INF", "Infrastruktur", 1),
              new Organisation("STADT", "Stadt Bochum", true),
              ProjectStatus.IN_PROGRESS),
          "Pilot in Betrieb",
          DUE);

  @Test
  void shouldBeOpenUpToAndIncludingTheDueDate() {
    assertThat(milestone.stateOn(DUE.minusDays(10))).isEqualTo(MilestoneState.OPEN);
    assertThat(milestone.stateOn(DUE)).isEqualTo(MilestoneState.OPEN);
  }

  @Test
  void shouldBeOverdueTheDayAfterTheDueDateWhenNotCompleted() {
    assertThat(milestone.stateOn(DUE.plusDays(1))).isEqualTo(MilestoneState.OVERDUE);
  }

  @Test
  void shouldBeDoneOnceCompletedEvenWhenLate() {
    milestone.complete(DUE.plusDays(5), DUE.plusDays(30));
    assertThat(milestone.stateOn(DUE.plusDays(30))).isEqualTo(MilestoneState.DONE);
    milestone.reopen();
    assertThat(milestone.stateOn(DUE.plusDays(30))).isEqualTo(MilestoneState.OVERDUE);
  }
}
