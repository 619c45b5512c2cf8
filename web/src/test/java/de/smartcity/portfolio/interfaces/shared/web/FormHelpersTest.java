package de.smartcity.portfolio.interfaces.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.smartcity.portfolio.domain.model.budget.CostCategory;
import de.smartcity.portfolio.domain.model.project.Health;
import de.smartcity.portfolio.domain.model.project.ProjectStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The two places forms and the history read the domain's fields: limits and value types. */
class FormHelpersTest {

  @Test
  void shouldTakeATextFieldsLimitFromTheEntity() {
    assertThat(TextLimit.of("statusreport.StatusReport.progress")).isEqualTo(4000);
    assertThat(TextLimit.of("project.Kpi.unit")).isEqualTo(40);
    assertThat(TextLimit.of("project.KpiMeasurement.note")).isEqualTo(500);
    assertThat(TextLimit.of("budget.Receipt.referenceNumber")).isEqualTo(60);
    assertThatThrownBy(() -> TextLimit.of("project.Project.nothing"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldKnowWhatKindOfValueAnAuditedFieldHolds() {
    assertThat(AuditTexts.typeOf("Project", "health")).contains(Health.class);
    assertThat(AuditTexts.typeOf("Project", "status")).contains(ProjectStatus.class);
    assertThat(AuditTexts.typeOf("Project", "endDate")).contains(LocalDate.class);
    assertThat(AuditTexts.typeOf("CostPlanLine", "planned")).contains(BigDecimal.class);
    assertThat(AuditTexts.typeOf("Receipt", "category")).contains(CostCategory.class);
    assertThat(AuditTexts.typeOf("Project", "version"))
        .as("declared by AbstractEntity")
        .isPresent();
    assertThat(AuditTexts.typeOf("NoSuchRecord", "health")).isEmpty();
    assertThat(AuditTexts.typeOf("Project", "noSuchField")).isEmpty();
  }
}
