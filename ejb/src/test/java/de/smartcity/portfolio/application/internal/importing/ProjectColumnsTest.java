package de.smartcity.portfolio.application.internal.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.smartcity.portfolio.application.internal.importing.ProjectColumns.Cost;
import de.smartcity.portfolio.application.internal.importing.ProjectColumns.Project;
import de.smartcity.portfolio.domain.model.project.Health;
import de.smartcity.portfolio.domain.model.project.ProjectStatus;
import de.smartcity.portfolio.domain.shared.BusinessRuleViolation;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectColumnsTest {

  private static List<ImportCell> cells(String... texts) {
    return Arrays.stream(texts).map(t -> new ImportCell(t, false)).toList();
  }

  @Test
  void shouldRecogniseTheTemplatesOwnHeaderOfBothSheets() {
    TableHeader<Project> projects =
        TableHeader.recognise(
            Project.class, cells(ProjectColumns.header(Project.class).toArray(String[]::new)));
    TableHeader<Cost> costs =
        TableHeader.recognise(
            Cost.class, cells(ProjectColumns.header(Cost.class).toArray(String[]::new)));
    assertThat(Arrays.stream(Project.values()).allMatch(projects::has)).isTrue();
    assertThat(Arrays.stream(Cost.values()).allMatch(costs::has)).isTrue();
  }

  @Test
  void shouldNameEveryMissingRequiredColumn() {
    assertThatThrownBy(() -> TableHeader.recognise(Project.class, cells("Code", "Title", "Theme")))
        .isInstanceOfSatisfying(
            BusinessRuleViolation.class,
            v ->
                assertThat(v.getArguments()).containsExactly("Federführende Organisation, Status"));
  }

  @Test
  void shouldTakeAFormulaOrAnEmptyRequiredCellAsTheRowsProblem() {
    TableHeader<Cost> costs =
        TableHeader.recognise(
            Cost.class, cells("Projektcode", "Jahr", "Kostenkategorie", "Geplant"));
    assertThat(costs.values(cells("INF-01", "", "PERS", "1")).problem().getMessageKey())
        .isEqualTo("import.value.missing");
    List<ImportCell> formula =
        List.of(
            new ImportCell("INF-01", false),
            new ImportCell("2025", false),
            new ImportCell("PERS", false),
            new ImportCell("", true));
    assertThat(costs.values(formula).problem().getMessageKey()).isEqualTo("import.value.formula");
    assertThat(costs.values(cells("INF-01", "2025", "PERS", "1")).problem()).isNull();
  }

  @Test
  void shouldReadStatusAndTrafficLightInGermanAndEnglish() {
    assertThat(ProjectColumns.status("In Umsetzung")).contains(ProjectStatus.IN_PROGRESS);
    assertThat(ProjectColumns.status(" in progress ")).contains(ProjectStatus.IN_PROGRESS);
    assertThat(ProjectColumns.status("Umgesetzt")).contains(ProjectStatus.COMPLETED);
    assertThat(ProjectColumns.status("CANCELLED")).contains(ProjectStatus.CANCELLED);
    assertThat(ProjectColumns.status("Fertig")).isEmpty();
    assertThat(ProjectColumns.health("Grün")).contains(Health.GREEN);
    assertThat(ProjectColumns.health("amber")).contains(Health.AMBER);
    assertThat(ProjectColumns.health("Rot")).contains(Health.RED);
    assertThat(ProjectColumns.health("Blau")).isEmpty();
  }
}
