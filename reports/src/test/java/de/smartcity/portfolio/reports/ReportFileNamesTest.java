package de.smartcity.portfolio.reports;

import static org.assertj.core.api.Assertions.assertThat;

import de.smartcity.portfolio.reports.testing.ProofOfUseScenario;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReportFileNamesTest {

  private static final LocalDate DAY = LocalDate.of(2025, 3, 31);

  @Test
  void shouldSayWhatAndWhenInAProofOfUsesName() {
    assertThat(ProofOfUseScenario.finalProof().fileName(Locale.GERMAN, ReportFormat.XLSX))
        .isEqualTo("Verwendungsnachweis_436-B-2021-0815_2025-03-31.xlsx");
    assertThat(ProofOfUseScenario.interimProof().fileName(Locale.GERMAN, ReportFormat.PDF))
        .isEqualTo("Zwischennachweis_436-B-2021-0815_2024_2025-03-31.pdf");
  }

  @Test
  void shouldKeepOnlyCharactersEveryFileSystemAccepts() {
    String name =
        ReportFileNames.of(
            "Übersicht", List.of("../KfW 436: \"B\"*?<>|\\ Straße", "  "), DAY, ReportFormat.PDF);

    assertThat(name).isEqualTo("Uebersicht_KfW-436-B-Strasse_2025-03-31.pdf");
    assertThat(name).matches("[A-Za-z0-9._-]+");
  }

  @Test
  void shouldShortenOverlongSubjects() {
    String name = ReportFileNames.of("Bericht", List.of("x".repeat(500)), DAY, ReportFormat.XLSX);

    assertThat(name).hasSizeLessThan(100).endsWith("_2025-03-31.xlsx");
  }

  @Test
  void shouldStillNameADocumentWhoseSubjectIsEmpty() {
    assertThat(ReportFileNames.of("", List.of(), DAY, ReportFormat.PDF))
        .isEqualTo("Bericht_2025-03-31.pdf");
  }
}
