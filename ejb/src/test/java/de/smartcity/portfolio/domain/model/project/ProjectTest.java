package de.smartcity.portfolio.domain.model.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.smartcity.portfolio.domain.model.organisation.Organisation;
import de.smartcity.portfolio.domain.model.organisation.Person;
import de.smartcity.portfolio.domain.model.theme.FieldOfAction;
import de.smartcity.portfolio.domain.model.theme.StrategicTheme;
import de.smartcity.portfolio.domain.shared.BusinessRuleViolation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProjectTest {

  private final StrategicTheme mobility = new StrategicTheme("MOB", "Mobilität", 4);
  private final StrategicTheme infrastructure = new StrategicTheme("INF", "Infrastruktur", 1);
  private final Organisation city = new Organisation("STADT", "Stadt Bochum", true);
  private final Organisation utilities = new Organisation("STW", "Stadtwerke Bochum", true);

  private Project project(ProjectStatus status) {
    return new Project("MOB-01", "Klimamessnetz", mobility, city, status);
  }

  @ParameterizedTest
  @CsvSource({
    "IDEA, PLANNED",
    "PLANNED, IN_PROGRESS",
    "IN_PROGRESS, COMPLETED",
    "IN_PROGRESS, PAUSED",
    "PAUSED, IN_PROGRESS",
    "PAUSED, CANCELLED",
    "PLANNED, IDEA"
  })
  void shouldAllowSensibleStatusSteps(ProjectStatus from, ProjectStatus to) {
    Project project = project(from);
    project.changeStatus(to);
    assertThat(project.getStatus()).isEqualTo(to);
  }

  @ParameterizedTest
  @CsvSource({
    "IDEA, IN_PROGRESS",
    "IDEA, COMPLETED",
    "PLANNED, COMPLETED",
    "COMPLETED, IN_PROGRESS",
    "CANCELLED, PLANNED",
    "COMPLETED, CANCELLED"
  })
  void shouldRefuseStatusStepsThatSkipOrReopen(ProjectStatus from, ProjectStatus to) {
    Project project = project(from);
    assertThatThrownBy(() -> project.changeStatus(to))
        .isInstanceOf(BusinessRuleViolation.class)
        .hasFieldOrPropertyWithValue("messageKey", "project.status.transition")
        .hasFieldOrPropertyWithValue("field", "status");
    assertThat(project.getStatus()).isEqualTo(from);
  }

  @Test
  void shouldRequireAReasonForAmberAndRedHealth() {
    Project project = project(ProjectStatus.IN_PROGRESS);
    assertThatThrownBy(() -> project.assessHealth(Health.AMBER, "  "))
        .hasFieldOrPropertyWithValue("messageKey", "project.health.reason.required");
    assertThatThrownBy(() -> project.assessHealth(Health.RED, null))
        .hasFieldOrPropertyWithValue("field", "healthReason");
    assertThat(project.getHealth()).isEqualTo(Health.GREEN);

    project.assessHealth(Health.RED, " Lieferverzug ");
    assertThat(project.getHealth()).isEqualTo(Health.RED);
    assertThat(project.getHealthReason()).isEqualTo("Lieferverzug");
  }

  @Test
  void shouldForgetTheReasonWhenHealthTurnsGreen() {
    Project project = project(ProjectStatus.IN_PROGRESS);
    project.assessHealth(Health.AMBER, "Verzug");
    project.assessHealth(Health.GREEN, "ignored");
    assertThat(project.getHealthReason()).isNull();
  }

  @Test
  void shouldRejectAnEndBeforeTheStartAndKeepTheOldDates() {
    Project project = project(ProjectStatus.PLANNED);
    project.schedule(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31));
    assertThatThrownBy(() -> project.schedule(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 4, 30)))
        .hasFieldOrPropertyWithValue("messageKey", "project.end.before.start")
        .hasFieldOrPropertyWithValue("field", "endDate");
    assertThat(project.getEndDate()).isEqualTo(LocalDate.of(2025, 12, 31));

    project.schedule(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 1));
    assertThat(project.getEndDate()).isEqualTo(LocalDate.of(2024, 5, 1));
  }

  @Test
  void shouldRefuseAFieldOfActionOfAnotherTheme() {
    Project project = project(ProjectStatus.PLANNED);
    FieldOfAction network = new FieldOfAction(infrastructure, "INF-KOM", "Kommunikation", 1);
    assertThatThrownBy(() -> project.classify(mobility, network))
        .hasFieldOrPropertyWithValue("messageKey", "project.field.outside.theme");

    project.classify(infrastructure, network);
    assertThat(project.getFieldOfAction()).contains(network);
    assertThat(project.getTheme()).isEqualTo(infrastructure);
  }

  @Test
  void shouldBeManagedByItsManagerAndDeputiesOnly() {
    Project project = project(ProjectStatus.PLANNED);
    Person manager = new Person("Anna Becker", "Anna.Becker@Example.org", city);
    Person deputy = new Person("Jonas Koch", "jonas.koch@example.org", city);
    Person other = new Person("Lea Wolf", "lea.wolf@example.org", utilities);
    project.staff(manager, List.of(deputy, manager));

    assertThat(project.isManagedBy(manager)).isTrue();
    assertThat(project.isManagedBy(deputy)).isTrue();
    assertThat(project.isManagedBy(other)).isFalse();
    assertThat(project.getDeputies()).containsExactly(deputy);
    assertThat(manager.getEmail()).isEqualTo("anna.becker@example.org");
  }

  @Test
  void shouldNotListTheLeadOrganisationAmongItsPartners() {
    Project project = project(ProjectStatus.PLANNED);
    project.partnerWith(List.of(city, utilities));
    assertThat(project.getPartners()).containsExactly(utilities);
  }
}
