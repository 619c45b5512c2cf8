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
    // a reason for a change is kept by the audit trail, at most 500 characters, for every record
    assertThat(TextLimit.of("budget.Receipt.changeReason")).isEqualTo(500);
    assertThat(TextLimit.of("funding.Grant.reference")).isEqualTo(60);
    assertThatThrownBy(() -> TextLimit.of("project.Project.nothing"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldLetNoPageCutATextWithMaxlength() throws java.io.IOException {
    // a browser drops the end of a pasted text beyond maxlength without a word; the pages state
    // their limits with sc:limit, which counts down and refuses an over-long text with a message
    try (java.util.stream.Stream<java.nio.file.Path> pages =
        java.nio.file.Files.walk(java.nio.file.Path.of("src/main/webapp"))) {
      assertThat(
              pages
                  .filter(page -> page.toString().endsWith(".xhtml"))
                  .filter(page -> read(page).contains("maxlength"))
                  .map(java.nio.file.Path::toString)
                  .toList())
          .isEmpty();
    }
  }

  private static String read(java.nio.file.Path page) {
    try {
      return java.nio.file.Files.readString(page);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
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
